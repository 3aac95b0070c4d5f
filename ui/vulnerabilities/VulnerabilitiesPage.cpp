#include "vulnerabilities/VulnerabilitiesPage.h"

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "vulnerabilities/VulnerabilityDialogs.h"
#include "vulnerabilities/VulnerabilityModel.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QComboBox *makeFilter(const QString &name, const QString &accessibleName,
                      const QString &description, const QList<std::pair<QString, QString>> &items,
                      QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    describe(combo, accessibleName, description);
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    return combo;
}

// The state filter's values, in the list's own query terms.
const QString kOpen = QStringLiteral("status=open");
const QString kOverdue = QStringLiteral("status=open&overdue=true");
const QString kResolved = QStringLiteral("status=resolved");

} // namespace

VulnerabilitiesPage::VulnerabilitiesPage(client::ApiClient *client, QWidget *parent)
    : ListDetailPage(client, tr("Vulnerabilities"),
                     tr("Findings from scanners and people: critical ones resolved within 7 "
                        "days of discovery, high ones within 30, each with its evidence."),
                     theme::icon(theme::Icon::Warning), parent)
    , m_model(new VulnerabilityModel(client, this))
    , m_proxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("vulnerabilitiesPage"));
    useFilterField(QStringLiteral("vulnerabilitiesFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("vulnerabilitiesRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("vulnerabilitiesMessage"));

    m_state = makeFilter(QStringLiteral("vulnerabilityStateFilter"), tr("Findings to show"),
                         tr("Open findings, only the overdue ones, resolved ones, or all"),
                         {{tr("Open"), kOpen},
                          {tr("Overdue"), kOverdue},
                          {tr("Resolved"), kResolved},
                          {tr("All findings"), QString()}},
                         this);
    m_severity = makeFilter(QStringLiteral("vulnerabilitySeverityFilter"), tr("Severity to show"),
                            tr("Only the findings of one severity, or any"),
                            {{tr("Any severity"), QString()},
                             {tr("Critical"), QStringLiteral("critical")},
                             {tr("High"), QStringLiteral("high")},
                             {tr("Medium"), QStringLiteral("medium")},
                             {tr("Low"), QStringLiteral("low")}},
                            this);
    m_source = makeFilter(QStringLiteral("vulnerabilitySourceFilter"), tr("Source to show"),
                          tr("Only the findings recorded by hand, from SARIF scanners or from "
                             "debsecan, or any"),
                          {{tr("Any source"), QString()},
                           {tr("Recorded by hand"), QStringLiteral("manual")},
                           {tr("SARIF scanners"), QStringLiteral("sarif")},
                           {tr("debsecan"), QStringLiteral("debsecan")}},
                          this);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_state);
    toolBar()->addWidget(showLabel);
    toolBar()->addWidget(m_state);
    toolBar()->addWidget(m_severity);
    toolBar()->addWidget(m_source);
    toolBar()->addStretch();
    m_add = new QPushButton(theme::icon(theme::Icon::Add), tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addVulnerabilityButton"));
    describe(m_add, tr("Add finding"), tr("Record a vulnerability found by hand"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importVulnerabilitiesButton"));
    describe(m_import, tr("Import scanner results"),
             tr("Add the findings of a SARIF or debsecan file: all of them or none"));
    m_resolve = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                tr("&Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveVulnerabilityButton"));
    describe(m_resolve, tr("Resolve finding"),
             tr("Record how the finding on show was resolved, with an evidence document"));
    for (QPushButton *button : {m_add, m_import, m_resolve})
        toolBar()->addWidget(button);

    setList(m_model, m_proxy, QStringLiteral("vulnerabilitiesTable"), tr("Vulnerabilities"),
            tr("The vulnerability register: each finding's severity, due date and state"));
    // The most urgent first.
    view()->sortByColumn(VulnerabilityModel::Due, Qt::AscendingOrder);
    view()->setColumnHidden(VulnerabilityModel::Title, true);
    view()->setColumnHidden(VulnerabilityModel::Discovered, true);
    setDetail(makeDetailPane(), 3, 2);

    for (QComboBox *combo : {m_state, m_severity, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &VulnerabilitiesPage::filtersChanged);
    connect(m_add, &QPushButton::clicked, this, &VulnerabilitiesPage::addFinding);
    connect(m_import, &QPushButton::clicked, this, &VulnerabilitiesPage::importFile);
    connect(m_resolve, &QPushButton::clicked, this, &VulnerabilitiesPage::resolveShown);
    connect(view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_resolve->isEnabled())
            resolveShown();
    });
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        if (!m_shown)
            show(std::nullopt);
        updateActions();
    });
    show(std::nullopt);
    updateActions();
}

QWidget *VulnerabilitiesPage::makeDetailPane()
{
    auto *detail = new QFrame(this);
    detail->setObjectName(QStringLiteral("vulnerabilityDetail"));
    theme::markCard(detail);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(14, 12, 14, 12);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("vulnerabilityDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText); // a scanner's words, never markup
    m_detailTitle->setStyleSheet(QStringLiteral("QLabel { font-size: 15px; font-weight: 600; }"));
    layout->addWidget(m_detailTitle);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("vulnerabilityDetailText"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    describe(m_detail, tr("Finding"), tr("The selected finding and its resolution"));
    layout->addWidget(m_detail);
    // A digest is one long word: a line of its own, whole, to select and compare.
    m_sha256Title = new QLabel(tr("Evidence SHA-256:"), detail);
    theme::markMuted(m_sha256Title);
    layout->addWidget(m_sha256Title);
    m_sha256 = new QLineEdit(detail);
    m_sha256->setObjectName(QStringLiteral("vulnerabilityEvidenceSha256"));
    m_sha256->setReadOnly(true);
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describe(m_sha256, tr("Evidence SHA-256"),
             tr("The SHA-256 the store recorded of the evidence document"));
    layout->addWidget(m_sha256);
    m_note = new QLabel(detail);
    m_note->setObjectName(QStringLiteral("vulnerabilityResolutionNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // a person's words, never markup
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);
    layout->addStretch(1);
    detail->setMinimumWidth(320);
    return detail;
}

QStringList VulnerabilitiesPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Vulnerabilities)};
}

const client::Vulnerability *VulnerabilitiesPage::shownFinding() const
{
    return m_shown ? &*m_shown : nullptr;
}

bool VulnerabilitiesPage::applyFilter(const QString &filter)
{
    const QUrlQuery query(filter);
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const bool overdue = query.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true");
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("status") && key != QLatin1String("overdue")
            && key != QLatin1String("severity") && key != QLatin1String("source"))
            return false;
    }
    const int state
        = m_state->findData(overdue                ? kOverdue
                                : status.isEmpty() ? QString()
                                                   : QStringLiteral("status=") + status);
    const int severity = m_severity->findData(query.queryItemValue(QStringLiteral("severity")));
    const int source = m_source->findData(query.queryItemValue(QStringLiteral("source")));
    if (state < 0 || severity < 0 || source < 0)
        return false;
    {
        const QSignalBlocker a(m_state);
        const QSignalBlocker b(m_severity);
        const QSignalBlocker c(m_source);
        m_state->setCurrentIndex(state);
        m_severity->setCurrentIndex(severity);
        m_source->setCurrentIndex(source);
    }
    filtersChanged();
    return true;
}

void VulnerabilitiesPage::filtersChanged()
{
    if (m_model->hasLoaded() || m_model->isLoading())
        refresh();
}

void VulnerabilitiesPage::prepareReload()
{
    const QUrlQuery state(m_state->currentData().toString());
    client::VulnerabilityFilter filter;
    filter.status = state.queryItemValue(QStringLiteral("status"));
    filter.overdue = state.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true");
    filter.severity = m_severity->currentData().toString();
    filter.source = m_source->currentData().toString();
    m_model->setFilter(filter);
}

QString VulnerabilitiesPage::emptyText() const
{
    return tr("No findings match. Record one with “Add…” or bring a scanner's results in with "
              "“Import…”.");
}

void VulnerabilitiesPage::fitColumns()
{
    view()->fitColumns(
        VulnerabilityModel::Affected, 260,
        {VulnerabilityModel::Severity, VulnerabilityModel::Due, VulnerabilityModel::Status});
}

void VulnerabilitiesPage::showObject(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        show(*m_model->itemAt(row));
        return;
    }
    // A link to a finding this filter does not list: read it.
    if (m_readJob) {
        m_readJob->disconnect(this);
        m_readJob->abort();
    }
    const client::Call<client::Vulnerability> call = client::VulnerabilitiesApi(m_client).get(id);
    m_readJob = call.job();
    call.then(this, [this, id](const client::Reply<client::Vulnerability> &reply) {
        m_readJob = nullptr;
        if (!reply.ok()) {
            messageBar()->showMessage(
                MessageBar::Kind::Warning,
                tr("Vulnerability #%1 could not be shown: %2").arg(id).arg(reply.error.message));
            return;
        }
        show(reply.value);
    });
}

void VulnerabilitiesPage::show(const std::optional<client::Vulnerability> &finding)
{
    m_shown = finding;
    updateActions();
    if (!finding) {
        m_sha256Title->hide();
        m_sha256->hide();
        m_note->hide();
        m_detailTitle->setText(tr("No finding selected"));
        m_detail->setText(tr("Select a finding to see where it is, when it is due and how it "
                             "was resolved."));
        return;
    }
    const client::Vulnerability &v = *finding;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_detailTitle->setText(tr("%1 — %2").arg(v.identifier, v.title));
    const QString row = QStringLiteral("<tr><td style='color:") + theme::colors().mutedText.name()
        + QStringLiteral("; padding-right:10px'>%1</td><td>%2</td></tr>");
    const auto text = [](const QString &plain) {
        return plain.toHtmlEscaped();
    };
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Severity"),
                    theme::badgeSpan(theme::alertBadge(v.severity),
                                     VulnerabilityModel::severityLabel(v.severity)));
    html += row.arg(tr("Asset"), v.asset.isEmpty() ? tr("none") : text(v.asset));
    if (!v.component.isEmpty())
        html += row.arg(tr("Component"), text(v.component));
    html += row.arg(tr("Source"), text(VulnerabilityModel::sourceLabel(v.source)));
    html += row.arg(tr("Discovered"), format::dateTime(v.discoveredAt));
    html += row.arg(tr("Recorded by"), text(v.recordedBy));
    if (v.isOpen()) {
        const QString due
            = tr("%1 (%2)").arg(format::dateTime(v.dueAt), format::relative(v.dueAt, now));
        html += row.arg(tr("Due"),
                        v.isOverdue(now)
                            ? theme::span(theme::Tone::Bad, tr("Overdue: %1").arg(due), true)
                            : due);
        html += QStringLiteral("</table>");
    } else {
        html += row.arg(tr("Was due"), format::dateTime(v.dueAt));
        html += row.arg(
            tr("Resolved"),
            theme::span(theme::Tone::Good,
                        tr("%1 by %2").arg(format::dateTime(v.resolvedAt), text(v.resolvedBy)),
                        true));
        html += row.arg(
            tr("Evidence"),
            tr("%1 (%2)").arg(text(v.evidenceName), QLocale().formattedDataSize(v.evidenceBytes)));
        html += QStringLiteral("</table>");
    }
    m_detail->setText(html);
    const bool resolved = !v.isOpen();
    m_sha256Title->setVisible(resolved);
    m_sha256->setVisible(resolved);
    m_sha256->setText(resolved ? v.evidenceSha256 : QString());
    m_sha256->setCursorPosition(0);
    m_note->setVisible(resolved);
    m_note->setText(resolved ? v.resolutionNote : QString());
}

void VulnerabilitiesPage::updateActions()
{
    if (!m_resolve)
        return;
    m_resolve->setEnabled(m_shown && m_shown->isOpen());
    m_resolve->setToolTip(m_shown && !m_shown->isOpen()
                              ? tr("This finding is already resolved.")
                              : tr("Record how the finding on show was resolved, with an "
                                   "evidence document"));
}

AddVulnerabilityDialog *VulnerabilitiesPage::addFinding()
{
    auto *dialog = new AddVulnerabilityDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddVulnerabilityDialog::saved, this, [this](const client::Vulnerability &v) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            tr("%1 recorded; due %2.").arg(v.identifier, format::dateTime(v.dueAt)));
        m_shown = v; // refresh() shows it again, listed or not
        refresh();
    });
    dialog->open();
    return dialog;
}

ImportVulnerabilitiesDialog *VulnerabilitiesPage::importFile()
{
    auto *dialog = new ImportVulnerabilitiesDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportVulnerabilitiesDialog::imported, this,
            [this](const client::VulnerabilityImportOutcome &outcome, const QString &fileName) {
                messageBar()->showMessage(
                    MessageBar::Kind::Success,
                    tr("%1: %n finding(s) added", nullptr, outcome.added).arg(fileName)
                        + (outcome.alreadyOpen > 0
                               ? tr(", %n already open", nullptr, outcome.alreadyOpen)
                               : QString())
                        + u'.');
                refresh();
            });
    dialog->open();
    return dialog;
}

ResolveVulnerabilityDialog *VulnerabilitiesPage::resolveShown()
{
    if (!m_shown || !m_shown->isOpen())
        return nullptr;
    auto *dialog = new ResolveVulnerabilityDialog(m_client, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResolveVulnerabilityDialog::resolved, this,
            [this](const client::Vulnerability &v) {
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("%1 resolved. Evidence %2, SHA-256 %3.")
                                              .arg(v.identifier, v.evidenceName, v.evidenceSha256));
                m_shown = v;
                show(v);
                refresh();
            });
    dialog->open();
    return dialog;
}

} // namespace cc::ui
