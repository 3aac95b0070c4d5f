#include "controls/ControlsPage.h"

#include "ApiClient.h"
#include "ControlsApi.h"
#include "Words.h"
#include "controls/ControlTrend.h"
#include "controls/EvidenceLink.h"
#include "controls/EvidencePackDialog.h"
#include "widgets/Accessible.h"
#include "widgets/FileDownload.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"
#include "widgets/WrappedRows.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

enum Column { StatusColumn, IdColumn, StatementColumn, OwnerColumn, SummaryColumn };

constexpr int kIdRole = Qt::UserRole;
constexpr int kLinkRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;
constexpr int kFullTextRole = Qt::UserRole + 3; // the policy's words, whole

theme::Tone statusTone(const QString &status)
{
    if (status == QLatin1StringView("pass"))
        return theme::Tone::Good;
    if (status == QLatin1StringView("warn"))
        return theme::Tone::Warn;
    if (status == QLatin1StringView("fail"))
        return theme::Tone::Bad;
    return theme::Tone::Info;
}

bool isAttested(const client::Control &control)
{
    for (const client::ControlEvidence &e : control.evidence) {
        if (e.objectType == QLatin1StringView("control_attestation"))
            return true;
    }
    return false;
}

// text wrapped at width into at most `lines` lines, the last ending in "…" when it is cut.
QString elideToLines(const QString &text, const QFont &font, int width, int lines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList kept;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (kept.size() == lines - 1) {
            kept << metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        kept << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return kept.join(QLatin1Char('\n'));
}

} // namespace

ControlsPage::ControlsPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Controls"),
           tr("Each statement of the policy as a control, judged live from the store, with the "
              "records behind it."),
           theme::icon(theme::Icon::Ok), parent)
{
    setObjectName(QStringLiteral("controlsPage"));
    header()->refreshButton()->setObjectName(QStringLiteral("controlsRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("controlsMessage"));
    QLineEdit *filter = useFilterField(QStringLiteral("controlsFilter"), {});
    connect(filter, &QLineEdit::textChanged, this, &ControlsPage::applyTextFilter);

    auto *bar = new FlowLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("controlsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    bar->addWidget(m_summary);
    bar->addStretch();
    m_export = new QPushButton(tr("E&xport evidence pack…"), this);
    m_export->setObjectName(QStringLiteral("exportEvidencePackButton"));
    describe(m_export, tr("Export evidence pack"),
             tr("Save the signed evidence pack of a period: report, records and audit export"));
    // The pack holds the audit export of the period: it needs both permissions.
    const client::SessionInfo &session = client->session();
    m_export->setVisible(session.can(client::permission::ControlsRead)
                         && session.can(client::permission::AuditRead));
    bar->addWidget(m_export);
    body()->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("controlsList"));
    describe(m_list, tr("Controls"),
             tr("The policy's controls by group, each with its status, owner and summary"));
    m_list->setHeaderLabels(
        {tr("Status"), tr("Control"), tr("Policy statement"), tr("Owner"), tr("Summary")});
    // Groups are heading rows, not branches: the rows stay flat and line up.
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setStretchLastSection(true);
    QFont bold = m_list->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int statusWidth = boldMetrics.horizontalAdvance(tr("Status"));
    for (const char *status : {"pass", "warn", "fail", "manual"})
        statusWidth = qMax(
            statusWidth,
            boldMetrics.horizontalAdvance(client::controlStatusLabel(QString::fromLatin1(status))));
    m_list->setColumnWidth(StatusColumn, statusWidth + 24);
    m_list->setColumnWidth(IdColumn,
                           boldMetrics.horizontalAdvance(QStringLiteral("MOAJ-AM-00")) + 16);
    m_list->setColumnWidth(StatementColumn, 210);
    m_list->setColumnWidth(OwnerColumn, 125);
    connect(m_list->header(), &QHeaderView::sectionResized, this, &ControlsPage::fitRows);
    split->addWidget(m_list);
    split->addWidget(makeDetailPane());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 360});
    body()->addWidget(split, 1);

    connect(m_export, &QPushButton::clicked, this, &ControlsPage::chooseEvidencePack);
    m_download = new FileDownload(messageBar(), this);
    connect(m_download, &FileDownload::started, this, [this] { m_export->setEnabled(false); });
    connect(m_download, &FileDownload::finished, this, [this] { m_export->setEnabled(true); });
    connect(m_download, &FileDownload::finished, this, &ControlsPage::exportFinished);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ControlsPage::showDetail);
    connect(m_evidence, &QTreeWidget::itemClicked, this, &ControlsPage::followEvidence);
    connect(m_evidence, &QTreeWidget::itemActivated, this, &ControlsPage::followEvidence);
    showDetail();
}

QWidget *ControlsPage::makeDetailPane()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("controlDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *detail = new QFrame(scroll);
    detail->setObjectName(QStringLiteral("controlDetail"));
    theme::markCard(detail);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(14, 12, 14, 12);
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("controlDetailTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 15px; font-weight: 600; }"));
    layout->addWidget(m_title);
    m_statement = new QLabel(detail);
    m_statement->setObjectName(QStringLiteral("controlStatement"));
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statement);
    m_facts = new QLabel(detail);
    m_facts->setObjectName(QStringLiteral("controlFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    layout->addWidget(makeSectionTitle(tr("Evidence"), detail));
    m_evidence = new QTreeWidget(detail);
    m_evidence->setObjectName(QStringLiteral("controlEvidence"));
    describe(m_evidence, tr("Evidence"),
             tr("The records behind the status; click one to open the page that lists them"));
    // The count first: the records' label is the sentence that wraps.
    m_evidence->setHeaderLabels({tr("Count"), tr("Records")});
    m_evidence->setRootIsDecorated(false);
    keepRowsWrapped(m_evidence);
    m_evidence->setColumnWidth(0, m_evidence->fontMetrics().horizontalAdvance(tr("Count")) + 24);
    connect(m_evidence->header(), &QHeaderView::sectionResized, this,
            &ControlsPage::fitEvidenceHeight);
    layout->addWidget(m_evidence);

    layout->addWidget(makeSectionTitle(tr("Last %n day(s)", nullptr, kTrendDays), detail));
    m_trend = new ControlTrend(detail);
    describe(m_trend, tr("Status history"),
             tr("The control's status on each of the last %n day(s), oldest first", nullptr,
                kTrendDays));
    layout->addWidget(m_trend);
    m_compliantSince = new QLabel(detail);
    m_compliantSince->setObjectName(QStringLiteral("compliantSince"));
    m_compliantSince->setTextFormat(Qt::RichText);
    layout->addWidget(m_compliantSince);

    m_attestationsTitle = makeSectionTitle(tr("Attestations"), detail);
    layout->addWidget(m_attestationsTitle);
    m_attestations = new QTreeWidget(detail);
    m_attestations->setObjectName(QStringLiteral("controlAttestations"));
    describe(m_attestations, tr("Attestations"),
             tr("Who attested this control, with which document, and until when it holds"));
    m_attestations->setHeaderLabels({tr("Attested"), tr("Expires"), tr("Attestation")});
    m_attestations->setRootIsDecorated(false);
    keepRowsWrapped(m_attestations);
    const int dateWidth
        = m_attestations->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 16;
    m_attestations->setColumnWidth(0, dateWidth);
    m_attestations->setColumnWidth(1, dateWidth);
    m_attestations->setMinimumHeight(110);
    layout->addWidget(m_attestations);
    m_attestHint = new QLabel(detail);
    m_attestHint->setObjectName(QStringLiteral("attestHint"));
    m_attestHint->setWordWrap(true);
    m_attestHint->setTextFormat(Qt::RichText);
    m_attestHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::markMuted(m_attestHint);
    layout->addWidget(m_attestHint);
    layout->addStretch();
    scroll->setWidget(detail);
    scroll->setMinimumWidth(340);
    return scroll;
}

const client::Control *ControlsPage::control(const QString &id) const
{
    for (const client::Control &c : m_controls) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString ControlsPage::selectedControl() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, kIdRole).toString();
}

bool ControlsPage::open(const Destination &destination)
{
    if (destination.objectId != 0)
        return false;
    if (destination.filter.isEmpty())
        return true;
    if (!hasLoaded() && m_controls.isEmpty()) {
        m_wanted = destination.filter;
        return true;
    }
    return selectControl(destination.filter);
}

bool ControlsPage::selectControl(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() != id)
            continue;
        if ((*it)->isHidden()) {
            if (auto *filter = qobject_cast<QLineEdit *>(filterField()))
                filter->clear(); // the control asked for is hidden by the filter
        }
        m_list->setCurrentItem(*it);
        m_list->scrollToItem(*it);
        return true;
    }
    messageBar()->showMessage(MessageBar::Kind::Warning, tr("There is no control %1.").arg(id));
    return false;
}

void ControlsPage::refresh()
{
    setLoading();
    if (m_wanted.isEmpty())
        m_wanted = selectedControl();
    client::ControlsApi(m_client).list().then(
        this, [this](const client::Reply<client::ControlList> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("Could not read the controls: %1").arg(reply.error.message));
            } else {
                messageBar()->clear();
                m_controls = reply.value.items;
                showControls();
            }
            setLoaded();
        });
}

void ControlsPage::showControls()
{
    const QString wanted = m_wanted;
    m_wanted.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QHash<QString, int> counts;
    QString group;
    QDateTime evaluated;
    for (const client::Control &c : m_controls) {
        // The server lists controls by group: a heading row where a group starts.
        if (c.group != group || m_list->topLevelItemCount() == 0) {
            group = c.group;
            auto *heading = new QTreeWidgetItem(m_list, {c.group});
            heading->setData(0, kGroupRole, c.group);
            heading->setFirstColumnSpanned(true);
            heading->setFlags(Qt::ItemIsEnabled);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kGroupRole, c.group);
        item->setData(0, kIdRole, c.id);
        const theme::Tone tone = statusTone(c.status);
        item->setText(StatusColumn, client::controlStatusLabel(c.status));
        item->setTextAlignment(StatusColumn, Qt::AlignLeft | Qt::AlignTop);
        item->setForeground(StatusColumn, theme::color(tone));
        item->setBackground(StatusColumn, theme::tint(tone));
        for (int column = IdColumn; column <= SummaryColumn; ++column)
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        QFont bold = item->font(StatusColumn);
        bold.setBold(true);
        item->setFont(StatusColumn, bold);
        item->setText(IdColumn, c.id);
        item->setData(StatementColumn, kFullTextRole, c.policyText);
        item->setText(StatementColumn, c.policyText);
        item->setToolTip(StatementColumn, c.policyText);
        item->setText(OwnerColumn, client::roleLabel(c.owner));
        item->setText(SummaryColumn, c.summary);
        item->setToolTip(SummaryColumn,
                         tr("%1\nEvaluated %2").arg(c.summary, format::dateTime(c.evaluatedAt)));
        evaluated = qMax(evaluated, c.evaluatedAt);
        ++counts[c.status];
    }
    QStringList parts;
    for (const char *status : {"fail", "warn", "manual", "pass"}) {
        const QString s = QString::fromLatin1(status);
        parts << theme::span(statusTone(s),
                             tr("%1: %2").arg(client::controlStatusLabel(s)).arg(counts.value(s)),
                             s == QLatin1StringView("fail") && counts.value(s) > 0);
    }
    m_summary->setText(tr("%n control(s)", nullptr, int(m_controls.size())) + QStringLiteral(" · ")
                       + parts.join(QStringLiteral(" · ")) + QStringLiteral(" · ")
                       + tr("evaluated %1").arg(format::dateTime(evaluated)));
    applyTextFilter(qobject_cast<QLineEdit *>(filterField())
                        ? qobject_cast<QLineEdit *>(filterField())->text()
                        : QString());
    fitRows();
    if (wanted.isEmpty() || !selectControl(wanted))
        selectFirstNeedingAttention();
    showDetail();
}

void ControlsPage::fitRows()
{
    // The summary says what set the status: each row is as tall as its summary needs (two
    // lines at least). The policy's words fill those lines and end in "…" when longer; the
    // tooltip and the detail pane have them whole.
    const QFontMetrics metrics(m_list->font());
    // The delegate's text margins and its focus frame, and a little more: a measure a few pixels
    // short leaves the last line cut.
    const int margin = 2 * (m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 14;
    const int summaryWidth = qMax(40, m_list->header()->sectionSize(SummaryColumn) - margin);
    const int statementWidth = qMax(40, m_list->header()->sectionSize(StatementColumn) - margin);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const QString statement = item->data(StatementColumn, kFullTextRole).toString();
        if (statement.isEmpty())
            continue; // a heading
        const int summaryHeight = metrics
                                      .boundingRect(QRect(0, 0, summaryWidth, 10'000),
                                                    Qt::TextWordWrap, item->text(SummaryColumn))
                                      .height();
        const int lines
            = qMax(2, (summaryHeight + metrics.lineSpacing() - 1) / metrics.lineSpacing());
        item->setText(StatementColumn,
                      elideToLines(statement, m_list->font(), statementWidth, lines));
        item->setSizeHint(SummaryColumn, QSize(summaryWidth, lines * metrics.lineSpacing() + 6));
    }
}

void ControlsPage::fitEvidenceHeight()
{
    // As tall as its rows (a control has a handful), so the history stays in view below it.
    fitWrappedRows(m_evidence);
    int height = m_evidence->header()->sizeHint().height() + 2 * m_evidence->frameWidth() + 2;
    for (int row = 0; row < m_evidence->topLevelItemCount(); ++row)
        height += m_evidence->topLevelItem(row)->sizeHint(1).height();
    if (m_evidence->topLevelItemCount() == 0)
        height += m_evidence->fontMetrics().height() + 6;
    m_evidence->setFixedHeight(height);
}

void ControlsPage::selectFirstNeedingAttention()
{
    // What a person opens the page for: the first failing control, else the first warning.
    for (const char *status : {"fail", "warn"}) {
        for (const client::Control &c : std::as_const(m_controls)) {
            if (c.status == QLatin1StringView(status)) {
                selectControl(c.id);
                return;
            }
        }
    }
    if (!m_controls.isEmpty())
        selectControl(m_controls.first().id);
}

void ControlsPage::applyTextFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QHash<QString, bool> groupShown;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, kIdRole).toString().isEmpty())
            continue; // a heading
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < m_list->columnCount(); ++column)
            match = item->text(column).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        groupShown[item->data(0, kGroupRole).toString()] |= match;
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, kIdRole).toString().isEmpty())
            item->setHidden(!groupShown.value(item->data(0, kGroupRole).toString()));
    }
}

void ControlsPage::showDetail()
{
    const client::Control *c = control(selectedControl());
    m_evidence->clear();
    m_attestations->clear();
    m_trend->clear();
    m_historyLoaded = m_attestationsLoaded = false;
    if (!c) {
        m_title->setText(tr("Select a control to see its evidence and history."));
        m_statement->clear();
        m_facts->clear();
        m_compliantSince->clear();
        m_attestationsTitle->hide();
        m_attestations->hide();
        m_attestHint->hide();
        emit detailChanged();
        return;
    }
    m_title->setText(
        QStringLiteral("%1 &nbsp; %2")
            .arg(c->id.toHtmlEscaped(),
                 theme::span(statusTone(c->status), client::controlStatusLabel(c->status), true)));
    m_statement->setText(c->policyText);
    m_facts->setText(tr("<p>%1</p><p>Owner: %2 · Evaluated %3</p>")
                         .arg(c->summary.toHtmlEscaped(),
                              client::roleLabel(c->owner).toHtmlEscaped(),
                              format::dateTime(c->evaluatedAt)));
    const theme::Colors &colors = theme::colors();
    for (const client::ControlEvidence &e : c->evidence) {
        const Destination to = evidenceDestination(e);
        auto *item = new QTreeWidgetItem(m_evidence, {QLocale().toString(e.count), e.label});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        if (!to.page.isEmpty()) {
            item->setData(0, kLinkRole, to.toString());
            item->setForeground(1, colors.link);
            item->setToolTip(1, tr("Open %1").arg(to.toString()));
        }
    }
    fitEvidenceHeight();
    const bool attested = isAttested(*c);
    m_attestationsTitle->setVisible(attested);
    m_attestations->setVisible(attested);
    m_attestHint->setVisible(attested);
    if (attested) {
        m_attestHint->setText(
            tr("Attest this control with <code>compliancectl controls attest --data DIR "
               "--control %1 --by USER --note TEXT --document FILE</code> on the server: the "
               "documents are larger than the console may send.")
                .arg(c->id.toHtmlEscaped()));
    }
    m_compliantSince->setText(tr("Loading the history…"));
    loadHistory(c->id);
    if (attested)
        loadAttestations(c->id);
    else
        m_attestationsLoaded = true;
    emit detailChanged();
}

void ControlsPage::loadHistory(const QString &id)
{
    client::ControlsApi(m_client)
        .history(id, kTrendDays)
        .then(this, [this, id](const client::Reply<client::ControlHistory> &reply) {
            if (selectedControl() != id)
                return;
            if (!reply.ok()) {
                m_compliantSince->setText(
                    tr("Could not read the history: %1").arg(reply.error.message.toHtmlEscaped()));
            } else {
                const QDate today = QDateTime::currentDateTimeUtc().date();
                m_trend->setHistory(reply.value.items, today, kTrendDays);
                showCompliantSince(reply.value.compliantSince, today);
            }
            m_historyLoaded = true;
            emit detailChanged();
        });
}

void ControlsPage::showCompliantSince(QDate since, QDate today)
{
    // The live status decides; the daily record (written hourly) says for how long.
    const client::Control *c = control(selectedControl());
    if (!c || c->status != QLatin1StringView("pass")) {
        m_compliantSince->setText(theme::span(theme::Tone::Bad, tr("Not compliant now")));
    } else if (!since.isValid()) {
        m_compliantSince->setText(theme::span(theme::Tone::Good,
                                              tr("Compliant now; the daily record does not show it "
                                                 "yet")));
    } else {
        m_compliantSince->setText(
            theme::span(theme::Tone::Good,
                        tr("Compliant since %1 (%n day(s))", nullptr, int(since.daysTo(today)) + 1)
                            .arg(since.toString(Qt::ISODate)),
                        true));
    }
}

void ControlsPage::loadAttestations(const QString &id)
{
    client::ControlsApi(m_client).attestations(id).then(
        this, [this, id](const client::Reply<client::ControlAttestationList> &reply) {
            if (selectedControl() != id)
                return;
            if (!reply.ok()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("Could not read the attestations: %1").arg(reply.error.message));
            } else {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (const client::ControlAttestation &a : reply.value.items) {
                    const bool expired = a.expiresAt.isValid() && a.expiresAt <= now;
                    auto *item = new QTreeWidgetItem(
                        m_attestations,
                        {format::date(a.attestedAt),
                         expired ? tr("%1 (expired)").arg(format::date(a.expiresAt))
                                 : format::date(a.expiresAt),
                         tr("%1 — “%2”; document %3 (%4 bytes, SHA-256 %5)")
                             .arg(a.attestedBy, a.note, a.documentName,
                                  QLocale().toString(a.documentBytes), a.documentSha256)});
                    item->setForeground(
                        1, theme::color(expired ? theme::Tone::Bad : theme::Tone::Good));
                }
                if (reply.value.items.isEmpty()) {
                    auto *none = new QTreeWidgetItem(
                        m_attestations, {QString(), QString(), tr("Not attested yet.")});
                    none->setForeground(2, theme::color(theme::Tone::Muted));
                }
                fitWrappedRows(m_attestations);
            }
            m_attestationsLoaded = true;
            emit detailChanged();
        });
}

void ControlsPage::followEvidence(QTreeWidgetItem *item)
{
    const QString link = item ? item->data(0, kLinkRole).toString() : QString();
    if (link.isEmpty())
        return;
    const Destination to = Destination::parse(link);
    if (to.page == QLatin1StringView("controls"))
        selectControl(to.filter);
    else
        emit navigationRequested(to);
}

void ControlsPage::chooseEvidencePack()
{
    EvidencePackDialog dialog(QDateTime::currentDateTimeUtc().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name
        = QStringLiteral("evidence-%1-to-%2.zip")
              .arg(dialog.from().toString(Qt::ISODate), dialog.to().toString(Qt::ISODate));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save evidence pack"), QDir::home().filePath(name),
                                       tr("Evidence pack (*.zip);;All files (*)"));
    if (!path.isEmpty())
        exportEvidencePack(path, dialog.from(), dialog.to());
}

void ControlsPage::exportEvidencePack(const QString &path, QDate from, QDate to)
{
    m_download->start(
        path, tr("The evidence pack"),
        [this, from, to](QIODevice *sink) {
            return client::ControlsApi(m_client).evidencePack(from, to, sink).job();
        },
        tr("Check it with `compliancectl evidence verify %1`.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace cc::ui
