#include "incidents/IncidentContactPanel.h"

#include "widgets/Accessible.h"
#include "widgets/Format.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

enum Column { IncidentColumn, PersonColumn, NotifiedColumn, AcknowledgedColumn, TookColumn };

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    theme::markMuted(label);
    return label;
}

} // namespace

IncidentContactPanel::IncidentContactPanel(QWidget *parent)
    : QFrame(parent)
    , m_policy(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_deputy(new QLabel(this))
    , m_notices(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("incidentContactPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(makeSectionTitle(tr("Incident Management Point of Contact"), this));
    m_policy->setObjectName(QStringLiteral("incidentContactPolicy"));
    theme::markMuted(m_policy);
    top->addWidget(m_policy, 1);
    layout->addLayout(top);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    auto *who = new QFrame(this);
    theme::markCard(who);
    auto *people = new QGridLayout(who);
    people->setContentsMargins(10, 8, 10, 8);
    people->setHorizontalSpacing(10);
    people->setVerticalSpacing(6);
    m_contact->setObjectName(QStringLiteral("incidentContactName"));
    m_deputy->setObjectName(QStringLiteral("incidentContactDeputyName"));
    for (QLabel *label : {m_contact, m_deputy}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    people->addWidget(caption(tr("IMPOC"), who), 0, 0, Qt::AlignTop);
    people->addWidget(m_contact, 0, 1);
    people->addWidget(caption(tr("Deputy"), who), 1, 0, Qt::AlignTop);
    people->addWidget(m_deputy, 1, 1);
    people->setColumnStretch(1, 1);
    people->setRowStretch(2, 1);
    row->addWidget(who, 2);

    m_notices->setObjectName(QStringLiteral("incidentContactNotices"));
    describe(m_notices, tr("Breach notices to the IMPOC and the deputy"),
             tr("The last breach notices that reached the IMPOC or the deputy, and how long each "
                "took to acknowledge; late ones in red"));
    m_notices->setHeaderLabels(
        {tr("Incident"), tr("Person"), tr("Notified"), tr("Acknowledged"), tr("Took")});
    m_notices->setRootIsDecorated(false);
    m_notices->setAlternatingRowColors(true);
    m_notices->setMaximumHeight(130);
    m_notices->header()->setSectionResizeMode(IncidentColumn, QHeaderView::Stretch);
    m_notices->header()->setStretchLastSection(false);
    row->addWidget(m_notices, 5);
    layout->addLayout(row);
    connect(m_notices, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(IncidentColumn, Qt::UserRole).toLongLong())
            emit incidentRequested(id);
    });
}

void IncidentContactPanel::showPerson(QLabel *label,
                                      const std::optional<client::IncidentContactPerson> &person,
                                      bool required)
{
    if (!person) {
        const QString none
            = tr("Nobody designated: an administrator designates one on the Users page.");
        label->setText(theme::span(required ? theme::Tone::Bad : theme::Tone::Warn,
                                   none.toHtmlEscaped(), required));
        return;
    }
    const QString state = person->active ? theme::span(theme::Tone::Good, tr("can be reached"))
        : !person->twoFactor && person->status == QLatin1String("active")
        ? theme::span(theme::Tone::Bad, tr("not enrolled in two-factor sign-in"), true)
        : theme::span(theme::Tone::Bad,
                      tr("account %1").arg(theme::statusLabel(person->status)).toHtmlEscaped(),
                      true);
    label->setText(QStringLiteral("<b>%1</b> (%2) · %3 · %4")
                       .arg(person->displayName.toHtmlEscaped(), person->username.toHtmlEscaped(),
                            person->email.toHtmlEscaped(), state));
}

void IncidentContactPanel::setContacts(const client::IncidentContacts &contacts)
{
    m_policy->setText(tr("Breach notices reach them first, to be acknowledged within %1 h (the "
                         "policy). Notices of the last %2 days.")
                          .arg(contacts.acknowledgeHours)
                          .arg(contacts.lookbackDays));
    showPerson(m_contact, contacts.contact, true);
    showPerson(m_deputy, contacts.deputy, false);
    m_notices->clear();
    QFont bold = m_notices->font();
    bold.setBold(true);
    for (const client::IncidentContactNotice &n : contacts.notices) {
        const QString role = n.designation == QLatin1String("incident_contact_deputy")
            ? tr("%1 (deputy)").arg(n.username)
            : tr("%1 (IMPOC)").arg(n.username);
        const QString took = n.hoursToAcknowledge >= 0
            ? tr("%1 h").arg(QLocale().toString(n.hoursToAcknowledge, 'f', 1))
            : (n.late ? tr("not yet, overdue") : tr("not yet"));
        auto *item = new QTreeWidgetItem(
            m_notices,
            {QStringLiteral("#%1 %2").arg(n.incidentId).arg(n.incidentTitle), role,
             format::dateTime(n.notifiedAt), format::dateTime(n.acknowledgedAt), took});
        item->setData(IncidentColumn, Qt::UserRole, n.incidentId);
        item->setData(TookColumn, Qt::UserRole, n.late);
        if (n.late) {
            for (int c = 0; c < m_notices->columnCount(); ++c) {
                item->setForeground(c, theme::color(theme::Tone::Bad));
                item->setFont(c, bold);
            }
            item->setToolTip(TookColumn,
                             tr("Later than the policy's %1 h").arg(contacts.acknowledgeHours));
        } else {
            item->setForeground(
                TookColumn,
                theme::color(n.hoursToAcknowledge >= 0 ? theme::Tone::Good : theme::Tone::Warn));
        }
    }
    if (contacts.notices.isEmpty())
        new QTreeWidgetItem(
            m_notices,
            {tr("No breach notice reached them in the last %1 days.").arg(contacts.lookbackDays)});
    for (int c = PersonColumn; c < m_notices->columnCount(); ++c)
        m_notices->resizeColumnToContents(c);
}

void IncidentContactPanel::setError(const QString &message)
{
    m_policy->setText(tr("Could not read the incident contacts: %1").arg(message));
}

QString IncidentContactPanel::contactText() const
{
    return m_contact->text();
}

QString IncidentContactPanel::deputyText() const
{
    return m_deputy->text();
}

} // namespace cc::ui
