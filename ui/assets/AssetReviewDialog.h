#pragma once

// "Record review": the date (today by default, never in the future), the outcome and a note.
// The dialog sends POST /assets/{id}/reviews itself and stays open with the server's message
// when it is refused.

#include "AssetTypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AssetReviewDialog : public QDialog
{
    Q_OBJECT

public:
    AssetReviewDialog(client::ApiClient *client, const client::Asset &asset,
                      QWidget *parent = nullptr);

    QString errorText() const;

signals:
    void recorded(const client::Asset &asset);

private:
    void submit();

    client::ApiClient *m_client;
    client::Asset m_asset;
    QDateEdit *m_date = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
