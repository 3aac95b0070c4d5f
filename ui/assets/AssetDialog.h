#pragma once

// Adds an asset to the inventory or changes one: name, kind, owner (picked from the people
// the console knows, or typed), location, description and what data it holds. Reassigning is
// changing the owner. The dialog sends the request itself and stays open on a refusal, with
// the server's words under the field they are about and the cursor there.

#include "AssetsApi.h"
#include "widgets/FieldRow.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class AssetDialog : public QDialog
{
    Q_OBJECT

public:
    // Without `asset`, a new one; with it, that asset's changes. owners: usernames to offer.
    AssetDialog(client::ApiClient *client, const std::optional<client::Asset> &asset,
                const QStringList &owners, QWidget *parent = nullptr);

    client::AssetFields fields() const;
    QComboBox *ownerField() const { return m_owner; }
    // What the server said about a field ("name", "owner"), empty when nothing.
    QString fieldError(const QString &field) const;
    QString errorText() const;

public slots:
    void save();

signals:
    void saved(const cc::client::Asset &asset);

private:
    client::ApiClient *m_client;
    std::optional<client::Asset> m_asset;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_owner;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QCheckBox *m_amazonData;
    QCheckBox *m_pii;
    QLabel *m_error;
    FieldErrors m_errors; // the rows by the API's field name
    QPushButton *m_save = nullptr;
};

} // namespace cc::ui
