#pragma once

// Confirms an action on an alert that cannot be undone from the console (ending someone's
// sessions, opening an incident): says what will happen, sends the call itself on Confirm and
// stays open with the server's message when it is refused.

#include <functional>

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace cc::client {
class ApiJob;
}

namespace cc::ui {

class AlertActionDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<client::ApiJob *()>;

    AlertActionDialog(const QString &title, const QString &description, const QString &confirmText,
                      Submit submit, QWidget *parent = nullptr);

    QString errorText() const;

private:
    void confirm();

    Submit m_submit;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
