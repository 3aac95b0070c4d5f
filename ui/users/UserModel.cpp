#include "users/UserModel.h"

#include "UsersApi.h"
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

    QStringList roles;
    for (const QString &r : u.roles)
        roles.append(client::roleLabel(r));

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
            return roles.join(QStringLiteral(", "));
        case TwoFactor:
            return u.totpEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case Status:
            return theme::statusLabel(u.status);
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
        if (column == Status && u.offboardedAt.isValid())
            return tr("Offboarded at %1").arg(format::dateTime(u.offboardedAt));
        if (column == TwoFactor && !u.totpEnrolled)
            return tr("Enrolment completes at the user's first sign-in with a valid code.");
        if (column == Roles)
            return u.roles.join(QStringLiteral(", "));
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
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return theme::statusColor(u.status);
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
