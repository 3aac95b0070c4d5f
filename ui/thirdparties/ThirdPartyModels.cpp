#include "thirdparties/ThirdPartyModels.h"

#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QFont>

namespace cc::ui {

namespace {

QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace

// ---- Subcontractors ----

SubcontractorModel::SubcontractorModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::Subcontractor>>
SubcontractorModel::fetch(const client::PageRequest &page)
{
    return client::ThirdPartiesApi(apiClient()).subcontractors(m_filter, page);
}

int SubcontractorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubcontractorModel::categoryLabel(const QString &category)
{
    if (category == QLatin1String("order_facts"))
        return tr("Order facts");
    if (category == QLatin1String("buyer_pii"))
        return tr("Buyer personal data");
    if (category == QLatin1String("shipping_address"))
        return tr("Shipping addresses");
    if (category == QLatin1String("tax_invoices"))
        return tr("Tax invoices");
    if (category == QLatin1String("financial"))
        return tr("Financial data");
    if (category == QLatin1String("inventory"))
        return tr("Inventory and listings");
    if (category == QLatin1String("reports"))
        return tr("Sales and traffic reports");
    return category;
}

QString SubcontractorModel::categoriesText(const QStringList &categories)
{
    if (categories.isEmpty())
        return tr("No Amazon data");
    QStringList labels;
    for (const QString &c : categories)
        labels << categoryLabel(c);
    return labels.join(QStringLiteral(", "));
}

QString SubcontractorModel::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("approved"))
        return tr("Approved");
    if (outcome == QLatin1String("approved_with_conditions"))
        return tr("Approved with conditions");
    if (outcome == QLatin1String("rejected"))
        return tr("Rejected");
    return outcome;
}

QVariant SubcontractorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Subcontractor &s = m_items.at(index.row());
    const auto column = Column(index.column());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool overdue = s.isOverdue(now);
    const bool rejected
        = s.lastAssessment && s.lastAssessment->outcome == QLatin1String("rejected");
    switch (role) {
    case IdRole:
        return s.id;
    case FilterRole:
        return s.status;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name;
        case DataReceived:
            return categoriesText(s.dataCategories);
        case LastAssessment:
            return s.lastAssessment ? format::date(s.lastAssessment->assessedAt) : tr("Never");
        case Outcome:
            return s.lastAssessment ? outcomeLabel(s.lastAssessment->outcome) : tr("—");
        case NextDue:
            if (!s.isActive())
                return tr("Ended %1").arg(format::date(s.endedAt));
            return format::date(s.assessmentDueAt);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DataReceived)
            return categoriesText(s.dataCategories);
        if (column == NextDue && s.isActive())
            return overdue
                ? tr("Overdue: it was due %1").arg(format::relative(s.assessmentDueAt, now))
                : tr("Due %1").arg(format::relative(s.assessmentDueAt, now));
        return {};
    case Qt::ForegroundRole:
        if (column == NextDue && overdue)
            return theme::color(theme::Tone::Bad);
        if (column == Outcome && rejected)
            return theme::color(theme::Tone::Bad);
        if (column == NextDue && !s.isActive())
            return theme::colors().mutedText;
        return {};
    case Qt::FontRole:
        if ((column == NextDue && overdue) || (column == Outcome && rejected))
            return boldFont();
        return {};
    case SortRole:
        switch (column) {
        case LastAssessment:
            return s.lastAssessment ? s.lastAssessment->assessedAt : QDateTime();
        case NextDue:
            return s.isActive() ? s.assessmentDueAt : QDateTime();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant SubcontractorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Subcontractor");
    case DataReceived:
        return tr("Amazon data received");
    case LastAssessment:
        return tr("Last assessment");
    case Outcome:
        return tr("Outcome");
    case NextDue:
        return tr("Next due");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- API credentials ----

ApiCredentialModel::ApiCredentialModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::ApiCredential>>
ApiCredentialModel::fetch(const client::PageRequest &page)
{
    return client::ThirdPartiesApi(apiClient()).credentials(m_filter, page);
}

int ApiCredentialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiCredentialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::ApiCredential &c = m_items.at(index.row());
    const auto column = Column(index.column());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool overdue = c.isOverdue(now);
    switch (role) {
    case IdRole:
        return c.id;
    case FilterRole:
        return c.status;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return c.name;
        case Owner:
            return c.ownerActive ? c.owner : tr("%1 (no longer active)").arg(c.owner);
        case Location:
            return c.location;
        case LastRotated:
            return format::date(c.lastRotatedAt);
        case RotationDue:
            if (!c.isActive())
                return tr("Retired %1").arg(format::date(c.retiredAt));
            return format::date(c.rotationDueAt);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Location)
            return c.location;
        if (column == RotationDue && c.isActive())
            return overdue
                ? tr("Overdue: it was due %1").arg(format::relative(c.rotationDueAt, now))
                : tr("Due %1").arg(format::relative(c.rotationDueAt, now));
        return {};
    case Qt::ForegroundRole:
        if ((column == RotationDue && overdue) || (column == Owner && !c.ownerActive))
            return theme::color(theme::Tone::Bad);
        if (column == RotationDue && !c.isActive())
            return theme::colors().mutedText;
        return {};
    case Qt::FontRole:
        if ((column == RotationDue && overdue) || (column == Owner && !c.ownerActive))
            return boldFont();
        return {};
    case SortRole:
        switch (column) {
        case LastRotated:
            return c.lastRotatedAt;
        case RotationDue:
            return c.isActive() ? c.rotationDueAt : QDateTime();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ApiCredentialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Credential");
    case Owner:
        return tr("Owner");
    case Location:
        return tr("Where it lives");
    case LastRotated:
        return tr("Last rotated");
    case RotationDue:
        return tr("Rotation due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
