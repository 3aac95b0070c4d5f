#include "users/UsersPage.h"

#include "ApiClient.h"
#include "AssetTypes.h"
#include "ChangeFeed.h"
#include "UsersApi.h"
#include "users/AddUserDialog.h"
#include "users/EditUserDialog.h"
#include "users/LeaverItemsDialog.h"
#include "users/ResetCredentialsDialog.h"
#include "users/UserModel.h"
#include "widgets/Accessible.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc::ui {

UsersPage::UsersPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Users"),
           tr("Accounts, roles and two-factor enrolment. Offboarding ends every grant, session "
              "and pending request at once, or at a departure time the server enforces."),
           theme::icon(theme::Icon::Users), parent)
    , m_model(new UserModel(client, this))
    , m_proxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_filter = useFilterField(QStringLiteral("usersFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("usersRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("usersMessage"));

    auto *bar = new FlowLayout;
    bar->addWidget(makeSectionTitle(tr("Accounts"), this));
    bar->addStretch();
    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("userStatusCombo"));
    describe(m_status, tr("Users to show"),
             tr("All users, the active ones, or the offboarded ones"));
    m_status->addItem(tr("All users"), QStringLiteral("all"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Offboarded"), QStringLiteral("offboarded"));
    showLabel->setBuddy(m_status);
    bar->addWidget(showLabel);
    bar->addWidget(m_status);
    bar->addSpacing(16);
    m_add = new QPushButton(theme::icon(theme::Icon::Add), tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    describe(m_add, tr("Add user"), tr("Create an account; its holder enrols their second factor"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    describe(m_edit, tr("Change user"),
             tr("Change the selected user's roles, title, name or e-mail"));
    m_unlock = new QPushButton(theme::icon(theme::Icon::Pii), tr("U&nlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    describe(m_unlock, tr("Unlock user"),
             tr("Let the selected user sign in again now, before their lockout ends"));
    m_resetPassword = new QPushButton(tr("Reset &password…"), this);
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    describe(m_resetPassword, tr("Reset password"),
             tr("For a forgotten password: a new enrolment code for the selected user"));
    m_resetTwoFactor = new QPushButton(tr("Reset &2FA…"), this);
    m_resetTwoFactor->setObjectName(QStringLiteral("resetTwoFactorButton"));
    describe(m_resetTwoFactor, tr("Reset second factor"),
             tr("For a lost phone: the selected user enrols a new authenticator with a code"));
    m_offboard
        = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Offboard…"), this);
    m_offboard->setObjectName(QStringLiteral("offboardButton"));
    describe(m_offboard, tr("Offboard user"),
             tr("End the selected user's access now or at a departure time"));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_unlock);
    bar->addWidget(m_resetPassword);
    bar->addWidget(m_resetTwoFactor);
    bar->addWidget(m_offboard);
    body()->addLayout(bar);

    m_view = new DataTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    describe(m_view, tr("Users"), tr("Accounts, their roles and two-factor enrolment"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(UserModel::Username, Qt::AscendingOrder);
    body()->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateEmptyText();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        m_proxy->setStatus(status == QLatin1String("all") ? QString() : status);
        updateEmptyText();
    });
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlockSelected);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetPasswordOfSelected);
    connect(m_resetTwoFactor, &QPushButton::clicked, this, &UsersPage::resetTwoFactorOfSelected);
    connect(m_offboard, &QPushButton::clicked, this, &UsersPage::offboardSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_model, &PagedTableModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &PagedTableModel::loadingChanged, this, &UsersPage::updateEmptyText);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        messageBar()->showMessage(MessageBar::Kind::Error,
                                  tr("Could not load the users: %1").arg(message));
        updateEmptyText();
    });
    connect(m_model, &PagedTableModel::loaded, this, [this] {
        if (!m_columnsFitted) {
            m_view->fitColumns(UserModel::Roles, 240, {UserModel::TwoFactor, UserModel::Status});
            m_columnsFitted = m_model->rowCount() > 0;
        }
        updateEmptyText();
        if (!hasLoaded())
            setLoaded();
    });
    updateActions();
    updateEmptyText();
}

QStringList UsersPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Users)};
}

bool UsersPage::open(const Destination &destination)
{
    if (destination.filter.isEmpty())
        return Page::open(destination);
    const int index = m_status->findData(destination.filter);
    if (index < 0)
        return false;
    m_status->setCurrentIndex(index);
    return true;
}

void UsersPage::refresh()
{
    setLoading();
    m_model->reload();
}

void UsersPage::updateEmptyText()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_view->setEmptyText(tr("Loading…"));
    else if (!m_model->errorString().isEmpty() && m_model->rowCount() == 0)
        m_view->setEmptyText(tr("Could not load the users."));
    else if (m_model->rowCount() > 0)
        m_view->setEmptyText(tr("Nothing matches the filter."));
    else
        m_view->setEmptyText(tr("No users."));
}

const client::User *UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::updateActions()
{
    const bool manage = m_client->session().can(client::permission::UsersManage);
    const client::User *user = selectedUser();
    const bool active = user && user->status == QLatin1StringView("active");
    const bool other = user && user->id != m_client->session().user.id;
    m_add->setEnabled(manage);
    m_edit->setEnabled(manage && active);
    const bool locked = active && user->isLocked(QDateTime::currentDateTimeUtc());
    m_unlock->setEnabled(manage && locked);
    m_resetPassword->setEnabled(manage && active && other);
    m_resetTwoFactor->setEnabled(manage && active && other);
    m_offboard->setEnabled(manage && active && other);
    // Only admins manage accounts: the others do not see buttons they could never use.
    for (QPushButton *button : {m_add, m_edit, m_resetPassword, m_resetTwoFactor, m_offboard})
        button->setVisible(manage);
    m_unlock->setVisible(manage && locked); // only a locked account has anything to unlock
    m_offboard->setToolTip(tr("End the selected user's access for good"));
}

void UsersPage::addUser()
{
    auto *dialog = new AddUserDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userCreated, this, [this](const client::User &user) {
        messageBar()->showMessage(MessageBar::Kind::Success,
                                  tr("Created %1 (%2).").arg(user.displayName, user.username));
        refresh();
    });
    dialog->open();
}

void UsersPage::editSelected()
{
    const client::User *selected = selectedUser();
    if (!selected)
        return;
    QStringList people;
    for (const client::User &u : m_model->items()) {
        if (u.status == QLatin1StringView("active"))
            people << u.username;
    }
    people.sort(Qt::CaseInsensitive);
    auto *dialog = new EditUserDialog(m_client, *selected, people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditUserDialog::userChanged, this, [this](const client::User &user) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            tr("Changed %1 (%2): %3.")
                .arg(user.displayName, user.username, client::rolesText(user.roles)));
        refresh();
    });
    dialog->open();
}

void UsersPage::unlockSelected()
{
    const client::User *selected = selectedUser();
    if (!selected)
        return;
    const QString username = selected->username;
    m_unlock->setEnabled(false);
    client::UsersApi(m_client)
        .unlock(selected->id)
        .then(this, [this, username](const client::Reply<client::UnlockedUser> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("Could not unlock %1: %2").arg(username, reply.error.message));
                updateActions();
                return;
            }
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("Unlocked %1: they can sign in again now.").arg(username));
            refresh();
        });
}

void UsersPage::resetPasswordOfSelected()
{
    resetSelected(true);
}

void UsersPage::resetTwoFactorOfSelected()
{
    resetSelected(false);
}

void UsersPage::resetSelected(bool password)
{
    const client::User *selected = selectedUser();
    if (!selected)
        return;
    auto *dialog = new ResetCredentialsDialog(m_client, *selected,
                                              password ? ResetCredentialsDialog::What::Password
                                                       : ResetCredentialsDialog::What::TwoFactor,
                                              this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetCredentialsDialog::reset, this, [this, password](const client::User &u) {
        messageBar()->showMessage(MessageBar::Kind::Info,
                                  password ? tr("Reset the password of %1.").arg(u.username)
                                           : tr("Reset the second factor of %1.").arg(u.username));
        refresh();
    });
    dialog->open();
}

void UsersPage::offboardSelected()
{
    const client::User *selected = selectedUser();
    if (!selected)
        return;
    const client::User user = *selected;
    const client::UsersApi users(m_client);
    // The moment access ends: now by default, or a later departure the server enforces.
    auto *edit = new QDateTimeEdit(QDateTime::currentDateTime());
    edit->setObjectName(QStringLiteral("departureEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumDateTime(QDateTime::currentDateTime().addSecs(-60));
    describe(edit, tr("Access ends at"),
             tr("When the person's access ends, in your local time; now by default"));
    const QPointer<QDateTimeEdit> departure(edit);
    auto *dialog = new CommentDialog(
        tr("Offboard user"),
        tr("Offboard <b>%1</b> (%2)? At the departure time the server revokes all their grants, "
           "ends their sessions and cancels their pending requests, whether or not anyone is "
           "signed in. It cannot be undone.")
            .arg(user.displayName.toHtmlEscaped(), user.username.toHtmlEscaped()),
        tr("&Reason (optional):"), false,
        [this, users, departure, user](const QString &text) {
            QDateTime at = departure ? departure->dateTime().toUTC() : QDateTime();
            // A time left at (about) now means now; the server takes no departure as now.
            if (at.isValid() && at <= QDateTime::currentDateTimeUtc().addSecs(30))
                at = QDateTime();
            const client::Call<client::Offboarding> call = users.offboard(user.id, text, at);
            call.then(this, [this, user](const client::Reply<client::Offboarding> &reply) {
                if (reply.ok())
                    showOffboarded(user, reply.value);
            });
            return call.job();
        },
        this);
    dialog->addField(tr("Access &ends at (local time; now by default):"), edit);
    dialog->setAcceptText(tr("Offboard"), true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::showOffboarded(const client::User &user, const client::Offboarding &done)
{
    if (done.scheduled)
        messageBar()->showMessage(MessageBar::Kind::Info,
                                  tr("%1 leaves at %2: from then on the server refuses their "
                                     "sign-ins and revokes all their access.")
                                      .arg(user.username, format::dateTime(done.user.departureAt)));
    else
        messageBar()->showMessage(
            MessageBar::Kind::Info,
            tr("Offboarded %1: %2, %3, %4, %5.")
                .arg(user.username, tr("%n grant(s) revoked", nullptr, done.revokedGrants),
                     tr("%n session(s) ended", nullptr, done.endedSessions),
                     tr("%n request(s) cancelled", nullptr, done.cancelledRequests),
                     tr("%n asset(s) to reassign", nullptr, int(done.assets.size()))));
    refresh();
    if (done.scheduled || (done.assets.isEmpty() && done.requests.isEmpty()))
        return;
    auto *left = new LeaverItemsDialog(
        done.user, done, m_client->session().can(client::permission::AssetsManage), this);
    left->setAttribute(Qt::WA_DeleteOnClose);
    connect(left, &LeaverItemsDialog::linkFollowed, this,
            [this](const QString &link) { emit navigationRequested(Destination::parse(link)); });
    left->open();
}

} // namespace cc::ui
