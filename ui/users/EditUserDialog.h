#pragma once

// Changes an account (admin only, PATCH /users/{id}): its roles, designations (CTO, CEO,
// incident contact and deputy), manager, title, display name and e-mail; only what was
// changed is sent. The server judges the combination: admin with
// compliance officer is refused with a message naming the conflict, shown here with everything
// typed kept. Granting a privileged role alerts the compliance officers and executives.

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class RoleChecks;

class EditUserDialog : public QDialog
{
    Q_OBJECT

public:
    // people: the usernames offered as the manager.
    EditUserDialog(client::ApiClient *client, const client::User &user, const QStringList &people,
                   QWidget *parent = nullptr);

    QString errorText() const;

signals:
    void userChanged(const client::User &user);

private:
    void submit();
    void updateButton();
    QStringList designations() const; // as checked
    QString manager() const; // as typed or picked

    client::ApiClient *m_client;
    client::User m_user;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_title = nullptr;
    RoleChecks *m_roles = nullptr;
    QList<QCheckBox *> m_designations; // in knownDesignations() order
    QComboBox *m_manager = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
