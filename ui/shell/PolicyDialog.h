#pragma once

// The policy as the store holds it, to read and accept (docs/api.md, "Policy acknowledgement"):
// its text, scrollable, its version and where the person stands — when they last accepted it,
// by when they must. "I have read and accept the policy" acknowledges the version shown; "Later"
// is offered only while the acknowledgement is within its grace period. Overdue, the dialog can
// still be closed: the main window's banner keeps reminding.

#include "ControlTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyDialog(client::ApiClient *client, const client::PolicyText &policy,
                 QWidget *parent = nullptr);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *laterButton() const { return m_later; }
    QTextBrowser *textView() const { return m_text; }
    QString standingText() const;

public slots:
    void acknowledge();

signals:
    void acknowledged(const cc::client::PolicyText &policy);

private:
    void showPolicy();

    client::ApiClient *m_client;
    client::PolicyText m_policy;
    QLabel *m_standing;
    QTextBrowser *m_text;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_later;
};

} // namespace cc::ui
