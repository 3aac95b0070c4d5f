#pragma once

// Accounts: who can sign in, with which roles, and whether 2FA is enrolled. Admins add users
// (and hand over the 2FA enrolment link) and offboard them, which ends all their access.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class DataTableView;
class MessageBar;
class TableFilterProxy;
class UserModel;

class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(client::ApiClient *client, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    TableFilterProxy *proxy() const { return m_proxy; }
    DataTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    bool hasLoaded() const { return m_loaded; }

public slots:
    void refresh();
    void addUser();
    void offboardSelected();

signals:
    void loaded();

private:
    void updateActions();
    void updateEmptyText();

    client::ApiClient *m_client;
    UserModel *m_model;
    TableFilterProxy *m_proxy;
    DataTableView *m_view = nullptr;
    MessageBar *m_message = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_offboard = nullptr;
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
