#pragma once

// An enrolment code the server just issued, shown once: for a new account or after a reset of
// a password or a second factor. The code to copy and hand over in person, with the warning
// that the account records who held it; or, when the server e-mailed it, where it went.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
struct IssuedEnrolment;
}

namespace cc::ui {

class EnrolmentCodePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Reason { NewAccount, PasswordReset, TwoFactorReset };

    explicit EnrolmentCodePanel(QWidget *parent = nullptr);
    ~EnrolmentCodePanel() override;

    void showIssued(const client::IssuedEnrolment &issued, Reason reason);
    QString code() const; // empty when it was e-mailed
    void forget(); // the code leaves the screen and the clipboard button

private:
    QString introText(const client::IssuedEnrolment &issued, Reason reason) const;

    QLabel *m_intro = nullptr;
    QWidget *m_codeRow = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace cc::ui
