#include "users/UserModel.h"

#include "UsersApi.h"
#include "Words.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

namespace cc::ui {

namespace {

QString revocationDelay(double seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return UserModel::tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    return UserModel::tr("%1 min").arg(qRound(seconds / 60));
}

// "2026-03-02 17:00, revoked after 0.0 s" or "leaves 2026-03-02 17:00".
QString departureText(const client::User &u)
{
    if (!u.departureAt.isValid())
        return QString();
    if (u.accessRevokedAt.isValid())
        return UserModel::tr("%1, revoked after %2")
            .arg(format::dateTime(u.departureAt), revocationDelay(u.departureToRevocationSeconds));
    return UserModel::tr("leaves %1").arg(format::dateTime(u.departureAt));
}

// How the account stands for signing in: offboarded, locked, waiting for its holder to enrol
// again after a reset, or active.
enum class Standing { Active, Offboarded, Locked, Suspended };

Standing standingOf(const client::User &u)
{
    if (u.status != QLatin1StringView("active"))
        return Standing::Offboarded;
    if (u.isLocked(QDateTime::currentDateTimeUtc()))
        return Standing::Locked;
    if (u.credentialsSuspended)
        return Standing::Suspended;
    return Standing::Active;
}

QString standingText(const client::User &u)
{
    switch (standingOf(u)) {
    case Standing::Locked:
        return UserModel::tr("Locked");
    case Standing::Suspended:
        return UserModel::tr("Suspended");
    case Standing::Active:
    case Standing::Offboarded:
        break;
    }
    return theme::statusLabel(u.status);
}

QString standingTip(const client::User &u)
{
    switch (standingOf(u)) {
    case Standing::Offboarded:
        return u.offboardedAt.isValid()
            ? UserModel::tr("Offboarded at %1").arg(format::dateTime(u.offboardedAt))
            : QString();
    case Standing::Locked:
        return UserModel::tr("Too many failed sign-ins: locked until %1, except on their own "
                             "console. Unlock lets them sign in now.")
            .arg(format::dateTime(u.lockedUntil));
    case Standing::Suspended:
        return UserModel::tr("%1 on %2: no sign-in and no use of their grants until they enrol "
                             "with their code (it expires %3).")
            .arg(client::enrolmentPurposeLabel(u.enrolmentPending),
                 format::dateTime(u.credentialsResetAt), format::dateTime(u.enrolmentExpiresAt));
    case Standing::Active:
        break;
    }
    return {};
}

} // namespace

UserModel::UserModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::User>> UserModel::fetch(const client::PageRequest &page)
{
    return client::UsersApi(apiClient()).list(page);
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::User &u = m_items.at(index.row());
    const auto column = Column(index.column());

    if (role == IdRole)
        return u.id;
    if (role == FilterRole)
        return u.status;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Username:
            return u.username;
        case Name:
            return u.displayName;
        case Email:
            return u.email;
        case Title:
            return u.title;
        case Roles:
            return u.designations.isEmpty()
                ? client::rolesText(u.roles)
                : tr("%1 (%2)").arg(client::rolesText(u.roles),
                                    client::designationsText(u.designations));
        case Manager:
            return u.manager;
        case TwoFactor:
            return u.totpEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case Status:
            return standingText(u);
        case Created:
            return format::date(u.createdAt);
        case Departure:
            return departureText(u);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Created:
            return u.createdAt;
        case TwoFactor:
            return u.totpEnrolled;
        case Departure:
            return u.departureAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Status)
            return standingTip(u);
        if (column == TwoFactor && !u.totpEnrolled)
            return u.enrolmentPending.isEmpty()
                ? tr("Enrolment completes at the user's first sign-in with a valid code.")
                : tr("They set their password and authenticator with the enrolment code they "
                     "were given, before %1.")
                      .arg(format::dateTime(u.enrolmentExpiresAt));
        if (column == Roles)
            return u.designations.isEmpty() ? u.roles.join(QStringLiteral(", "))
                                            : tr("Roles: %1\nDesignated: %2")
                                                  .arg(u.roles.join(QStringLiteral(", ")),
                                                       client::designationsText(u.designations));
        if (column == Created)
            return format::dateTime(u.createdAt);
        if (column == Departure && u.departureAt.isValid())
            return u.accessRevokedAt.isValid()
                ? tr("Access ended %1 (UTC %2); the server revoked everything at %3, %4 later.")
                      .arg(format::dateTime(u.departureAt),
                           u.departureAt.toString(Qt::ISODateWithMs),
                           u.accessRevokedAt.toString(Qt::ISODateWithMs),
                           revocationDelay(u.departureToRevocationSeconds))
                : tr("Access ends %1 (UTC %2): sign-ins and tokens are refused from then on.")
                      .arg(format::dateTime(u.departureAt), u.departureAt.toString(Qt::ISODate));
        break;
    case Qt::DecorationRole:
        if (column == TwoFactor)
            return theme::icon(u.totpEnrolled ? theme::Icon::Ok : theme::Icon::Warning);
        if (column == Status && standingOf(u) == Standing::Locked)
            return theme::icon(theme::Icon::Pii); // the lock
        break;
    case Qt::ForegroundRole:
        if (column == Status) {
            switch (standingOf(u)) {
            case Standing::Locked:
                return theme::color(theme::Tone::Bad);
            case Standing::Suspended:
                return theme::color(theme::Tone::Warn);
            case Standing::Active:
            case Standing::Offboarded:
                break;
            }
            return theme::statusColor(u.status);
        }
        if (u.status == QLatin1StringView("offboarded"))
            return theme::color(theme::Tone::Muted);
        break;
    default:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Username:
        return tr("Username");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Title:
        return tr("Title");
    case Roles:
        return tr("Roles");
    case Manager:
        return tr("Manager");
    case TwoFactor:
        return tr("2FA");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Departure:
        return tr("Departure → revoked");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
