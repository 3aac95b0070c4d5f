#include "UserModel.h"

#include "Format.h"
#include "Palette.h"

namespace cc::ui {

UserModel::UserModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, QStringLiteral("/users"), parent)
{ }

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
            return palette::statusLabel(u.status);
        case Created:
            return format::dateTime(u.createdAt);
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
        break;
    case Qt::DecorationRole:
        if (column == TwoFactor)
            return palette::icon(u.totpEnrolled ? palette::Icon::Ok : palette::Icon::Warning);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return palette::statusColor(u.status);
        if (u.status == QLatin1StringView("offboarded"))
            return palette::color(palette::Tone::Muted);
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
