#include "assets/AssetModel.h"

#include "AssetsApi.h"
#include "widgets/Theme.h"

#include <limits>

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>

namespace cc::ui {

AssetModel::AssetModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{
    setPageSize(500);
    setReadWhole(true);
}

client::Call<client::Page<client::Asset>> AssetModel::fetch(const client::PageRequest &page)
{
    return client::AssetsApi(apiClient()).list({}, page);
}

int AssetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssetModel::kindLabel(const QString &kind)
{
    static const char *const context = "cc::ui::AssetModel";
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("server"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Server")},
        {QStringLiteral("laptop"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Laptop")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Database")},
        {QStringLiteral("cloud_service"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Cloud service")},
        {QStringLiteral("saas"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "SaaS")},
        {QStringLiteral("data_store"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Data store")},
        {QStringLiteral("network_device"),
         QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Network device")},
        {QStringLiteral("removable_media"),
         QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Removable media")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("cc::ui::AssetModel", "Other")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : QCoreApplication::translate(context, *it);
}

QString AssetModel::stateLabel(const QString &state)
{
    if (state == QLatin1StringView("ok"))
        return tr("OK");
    if (state == QLatin1StringView("due_soon"))
        return tr("Due soon");
    if (state == QLatin1StringView("due_this_week"))
        return tr("Due this week");
    if (state == QLatin1StringView("overdue"))
        return tr("Overdue");
    if (state == QLatin1StringView("retired"))
        return tr("Retired");
    return state;
}

theme::Tone AssetModel::stateTone(const QString &state)
{
    if (state == QLatin1StringView("ok"))
        return theme::Tone::Good;
    if (state == QLatin1StringView("due_soon"))
        return theme::Tone::Info;
    if (state == QLatin1StringView("due_this_week"))
        return theme::Tone::Warn;
    if (state == QLatin1StringView("overdue"))
        return theme::Tone::Bad;
    return theme::Tone::Muted;
}

QColor AssetModel::stateColor(const QString &state)
{
    return theme::color(stateTone(state));
}

QColor AssetModel::stateBackground(const QString &state)
{
    return theme::tint(stateTone(state));
}

int AssetModel::stateRank(const QString &state)
{
    static const QStringList order
        = {QStringLiteral("overdue"), QStringLiteral("due_this_week"), QStringLiteral("due_soon"),
           QStringLiteral("ok"), QStringLiteral("retired")};
    const qsizetype rank = order.indexOf(state);
    return rank < 0 ? int(order.size()) : int(rank);
}

QString AssetModel::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1StringView("confirmed"))
        return tr("Confirmed");
    if (outcome == QLatin1StringView("changes_required"))
        return tr("Changes required");
    if (outcome == QLatin1StringView("retired"))
        return tr("Retired");
    return outcome;
}

QVariant AssetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Asset &a = m_items.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole)
        return a.id;
    if (role == FilterRole)
        return a.state;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return a.name;
        case Kind:
            return kindLabel(a.kind);
        case Owner: {
            const QString owner = a.ownerName.isEmpty() ? a.owner : a.ownerName;
            return a.needsReassignment ? tr("%1 (left: reassign)").arg(owner) : owner;
        }
        case Location:
            return a.location;
        case AmazonData:
            return a.holdsAmazonData ? tr("Amazon data") : QString();
        case Pii:
            return a.holdsPii ? tr("PII") : QString();
        case LastReview:
            return a.lastReview.isValid() ? a.lastReview.toString(Qt::ISODate) : tr("never");
        case NextDue:
            return a.nextReviewDue.toString(Qt::ISODate);
        case State:
            if (a.state == QLatin1StringView("overdue"))
                return tr("Overdue by %n day(s)", nullptr, int(-a.daysUntilDue));
            if (a.state == QLatin1StringView("due_this_week")
                || a.state == QLatin1StringView("due_soon"))
                return a.daysUntilDue == 0 ? tr("Due today")
                                           : tr("Due in %n day(s)", nullptr, int(a.daysUntilDue));
            return stateLabel(a.state);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case LastReview:
            return a.lastReview.isValid() ? a.lastReview.toJulianDay() : qint64(0);
        case NextDue:
            // Retired assets are never due: they sort after every active one.
            return a.status == QLatin1StringView("retired") ? std::numeric_limits<qint64>::max()
                                                            : a.nextReviewDue.toJulianDay();
        case State:
            return stateRank(a.state) * 100000 + a.daysUntilDue;
        case AmazonData:
            return a.holdsAmazonData;
        case Pii:
            return a.holdsPii;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return a.description.isEmpty() ? a.name : a.name + QLatin1Char('\n') + a.description;
        case Owner:
            return a.needsReassignment
                ? tr("%1 (%2) was offboarded: give the asset another owner with Reassign.")
                      .arg(a.ownerName, a.owner)
                : tr("%1 (%2)").arg(a.ownerName, a.owner);
        case NextDue:
            return locale.toString(a.nextReviewDue, QLocale::LongFormat);
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Pii && a.holdsPii)
            return theme::icon(theme::Icon::Pii);
        break;
    case Qt::ForegroundRole:
        if (column == State)
            return stateColor(a.state);
        if ((column == AmazonData && a.holdsAmazonData) || (column == Owner && a.needsReassignment))
            return theme::color(theme::Tone::Warn);
        if (a.state == QLatin1StringView("retired"))
            return theme::color(theme::Tone::Muted);
        break;
    case Qt::BackgroundRole:
        if (column == State)
            return stateBackground(a.state);
        break;
    case Qt::FontRole:
        if (column == State || (column == NextDue && a.state == QLatin1StringView("overdue"))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AssetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Asset");
    case Kind:
        return tr("Kind");
    case Owner:
        return tr("Owner");
    case Location:
        return tr("Location");
    case AmazonData:
        return tr("Amazon data");
    case Pii:
        return tr("PII");
    case LastReview:
        return tr("Last review");
    case NextDue:
        return tr("Next due");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
