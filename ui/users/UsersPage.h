#pragma once

// Accounts: who can sign in, with which roles, whether 2FA is enrolled, and which accounts are
// locked or wait for their holder to enrol again. Admins add users (handing over the enrolment
// code), change their roles and details, unlock them, reset a forgotten password or a lost
// second factor, and offboard them, which ends all their access.

#include "widgets/Page.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
struct Offboarding;
struct User;
} // namespace cc::client

namespace cc::ui {

class DataTableView;
class TableFilterProxy;
class UserModel;

class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(client::ApiClient *client, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    TableFilterProxy *proxy() const { return m_proxy; }
    DataTableView *view() const { return m_view; }

    QStringList changeKinds() const override;
    bool open(const Destination &destination) override; // "users?active", "users?offboarded"

public slots:
    void refresh() override;
    void addUser();
    void editSelected();
    void unlockSelected();
    void resetPasswordOfSelected();
    void resetTwoFactorOfSelected();
    void offboardSelected();

private:
    const client::User *selectedUser() const;
    void resetSelected(bool password);
    void updateActions();
    void updateEmptyText();
    void showOffboarded(const client::User &user, const client::Offboarding &done);

    UserModel *m_model;
    TableFilterProxy *m_proxy;
    DataTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_resetTwoFactor = nullptr;
    QPushButton *m_offboard = nullptr;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
