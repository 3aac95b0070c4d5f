#include "audit/AuditPage.h"

#include "ApiClient.h"
#include "AuditApi.h"
#include "Words.h"
#include "audit/AuditEventModel.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QLineEdit *auditFilterField(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

AuditPage::AuditPage(client::ApiClient *client, QWidget *parent)
    : ListDetailPage(client, tr("Audit log"),
                     tr("Every change and every read of sensitive data, newest first, in a hash "
                        "chain this console verifies on its own. Filters are applied by the "
                        "server."),
                     theme::icon(theme::Icon::Tls), parent)
    , m_ownHeads(std::make_unique<client::InMemoryVerifiedHeadStore>())
    , m_verifier(new client::AuditVerifier(client, m_ownHeads.get(), this))
    , m_model(new AuditEventModel(client, this))
{
    setObjectName(QStringLiteral("auditPage"));
    // Filtering happens on the server (below); a local text filter would see only loaded rows.
    header()->refreshButton()->setObjectName(QStringLiteral("auditRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("auditMessage"));

    // Verification panel.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("auditVerifyPanel"));
    theme::markCard(panel);
    auto *panelLayout = new QGridLayout(panel);
    panelLayout->setContentsMargins(12, 10, 12, 10);
    panelLayout->setHorizontalSpacing(10);
    panelLayout->setVerticalSpacing(6);
    m_resultIcon = new QLabel(panel);
    m_resultIcon->setFixedSize(28, 28);
    m_resultIcon->setPixmap(theme::icon(theme::Icon::Info).pixmap(24, 24));
    panelLayout->addWidget(m_resultIcon, 0, 0, 2, 1, Qt::AlignTop);
    m_result = new QLabel(panel);
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setText(tr("<b>Chain not verified yet in this session.</b> Verify downloads every "
                         "event, recomputes its hash and checks the server's signed "
                         "checkpoints, without trusting the server's own verdict."));
    panelLayout->addWidget(m_result, 0, 1);
    m_remembered = new QLabel(panel);
    m_remembered->setObjectName(QStringLiteral("auditLastVerified"));
    theme::markMuted(m_remembered);
    m_remembered->setWordWrap(true);
    panelLayout->addWidget(m_remembered, 1, 1);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("auditVerifyProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p% · %v of %m events"));
    m_progress->setVisible(false);
    panelLayout->addWidget(m_progress, 2, 1);
    auto *buttons = new FlowLayout;
    m_verify = new QPushButton(theme::icon(theme::Icon::Ok), tr("&Verify chain"), panel);
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    describe(m_verify, tr("Verify chain"),
             tr("Download every event and check the chain here, independently of the server"));
    m_verify->setToolTip(tr("Download every event and check the chain here, independently of "
                            "the server"));
    m_verify->setDefault(false);
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Cancel"),
                               panel);
    m_cancel->setObjectName(QStringLiteral("auditCancelVerifyButton"));
    describe(m_cancel, tr("Cancel verification"), tr("Stop the check that is running"));
    m_cancel->setVisible(false);
    m_serverVerify = new QPushButton(tr("Ask &server to verify"), panel);
    m_serverVerify->setObjectName(QStringLiteral("auditServerVerifyButton"));
    describe(
        m_serverVerify, tr("Ask server to verify"),
        tr("The server checks its own chain; only the console's own check is independent of it"));
    m_serverVerify->setToolTip(tr("The server checks its own chain (GET /audit/verify). Useful, "
                                  "but only the console's own check is independent of it."));
    m_acceptKey = new QPushButton(tr("Trust new signing key…"), panel);
    m_acceptKey->setObjectName(QStringLiteral("auditAcceptKeyButton"));
    describe(m_acceptKey, tr("Trust new signing key"),
             tr("Accept the server's new audit signing key, once you know why it changed"));
    m_acceptKey->setVisible(false);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                               tr("&Export evidence…"), panel);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    describe(m_export, tr("Export evidence"),
             tr("Save the server's signed evidence file for the filter's time range"));
    m_export->setToolTip(tr("Save the server's signed evidence file (JSON lines) for the time "
                            "range of the filter, or the whole log when none is set"));
    buttons->addWidget(m_verify);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_acceptKey);
    buttons->addWidget(m_serverVerify);
    buttons->addSpacing(12);
    buttons->addWidget(m_export);
    panelLayout->addLayout(buttons, 3, 1);
    panelLayout->setColumnStretch(1, 1);
    body()->insertWidget(0, panel);

    // Filters, applied by the server.
    auto *filters = new FlowLayout;
    m_actor = auditFilterField(QStringLiteral("auditActorFilter"), tr("username or system"), this);
    m_action = auditFilterField(QStringLiteral("auditActionFilter"),
                                tr("e.g. access.* or user.add"), this);
    m_objectType = auditFilterField(QStringLiteral("auditObjectTypeFilter"),
                                    tr("e.g. access_request"), this);
    m_objectId = auditFilterField(QStringLiteral("auditObjectIdFilter"), tr("id"), this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
    describe(m_outcome, tr("Outcome"), tr("Show only successes, refusals or failures"));
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("success"));
    m_outcome->addItem(tr("Denied"), QStringLiteral("denied"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("failure"));
    const auto timeEdit = [this](const QString &name, const QDateTime &initial) {
        auto *edit = new QDateTimeEdit(initial, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
        return edit;
    };
    const QDateTime now = QDateTime::currentDateTime();
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    describe(m_fromCheck, tr("From"), tr("Show only events from the start time on"));
    m_from = timeEdit(QStringLiteral("auditFromEdit"), now.addDays(-7));
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    describe(m_toCheck, tr("To"), tr("Show only events before the end time"));
    m_to = timeEdit(QStringLiteral("auditToEdit"), now);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("auditApplyFilterButton"));
    describe(m_apply, tr("Apply filters"),
             tr("Ask the server for the events matching these filters"));
    m_apply->setToolTip(tr("Ask the server for the events matching these filters"));
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("auditClearFilterButton"));
    describe(m_clear, tr("Clear filters"), tr("Show the whole log again"));
    // Each label stays with its field when the row wraps.
    const auto group
        = [this, filters](const QString &label, std::initializer_list<QWidget *> fields) {
              auto *box = new QWidget(this);
              auto *row = new QHBoxLayout(box);
              row->setContentsMargins(0, 0, 0, 0);
              row->setSpacing(4);
              if (!label.isEmpty()) {
                  auto *l = new QLabel(label, box);
                  l->setBuddy(*fields.begin());
                  row->addWidget(l);
              }
              for (QWidget *field : fields)
                  row->addWidget(field);
              filters->addWidget(box);
          };
    describe(m_actor, tr("Actor"), tr("Show only the events of this username, or of system"));
    describe(m_action, tr("Action"),
             tr("Show only this action, or every action starting with a prefix that ends in *"));
    describe(m_objectType, tr("Object type"), tr("Show only events about objects of this type"));
    describe(m_objectId, tr("Object id"), tr("Show only events about the object with this id"));
    describe(m_from, tr("Start of the time range"), tr("Show only events from this local time on"));
    describe(m_to, tr("End of the time range"), tr("Show only events before this local time"));
    m_actor->setMinimumWidth(140);
    m_action->setMinimumWidth(150);
    m_objectType->setMinimumWidth(120);
    m_objectId->setMaximumWidth(70);
    group(tr("Ac&tor:"), {m_actor});
    group(tr("A&ction:"), {m_action});
    group(tr("O&bject:"), {m_objectType, m_objectId});
    group(tr("Out&come:"), {m_outcome});
    group(QString(), {m_fromCheck, m_from});
    group(QString(), {m_toCheck, m_to});
    group(QString(), {m_apply, m_clear});
    body()->insertLayout(1, filters);

    // The log and the selected event.
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditRowCount"));
    theme::markMuted(m_count);
    toolBar()->addWidget(m_count);
    toolBar()->addStretch();
    setList(m_model, new TableFilterProxy(this), QStringLiteral("auditTable"), tr("Audit events"),
            tr("Every event of the audit log, newest first"));
    // The server orders the log (newest first); sorting loaded rows locally would mislead.
    view()->setSortingEnabled(false);
    view()->setColumnHidden(AuditEventModel::Reason, true);
    view()->viewport()->installEventFilter(this);
    m_detail = new QTreeWidget(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    describe(m_detail, tr("Event detail"), tr("Every field of the selected event"));
    m_detail->setHeaderLabels({tr("Field"), tr("Value")});
    m_detail->setRootIsDecorated(false);
    m_detail->setAlternatingRowColors(true);
    m_detail->setWordWrap(true);
    m_detail->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail->header()->setStretchLastSection(true);
    m_detail->setMinimumWidth(300);
    setDetail(m_detail, 3, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditPage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilter);
    for (QLineEdit *field : {m_actor, m_action, m_objectType, m_objectId})
        connect(field, &QLineEdit::returnPressed, this, &AuditPage::applyFilters);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPage::cancelVerification);
    connect(m_serverVerify, &QPushButton::clicked, this, &AuditPage::askServerToVerify);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_acceptKey, &QPushButton::clicked, this, &AuditPage::acceptNewKey);

    connect(m_verifier, &client::AuditVerifier::progress, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int: scale very long chains.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(done / scale));
    });
    connect(m_verifier, &client::AuditVerifier::finished, this, &AuditPage::showOutcome);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_shownSeq = 0;
        m_detail->clear();
        updateCount();
    });
    showRemembered();
}

QString AuditPage::emptyText() const
{
    return m_model->filter().isEmpty() ? tr("The audit log is empty.")
                                       : tr("No events match these filters.");
}

void AuditPage::fitColumns()
{
    view()->fitColumns(AuditEventModel::Detail, 190,
                       {AuditEventModel::Seq, AuditEventModel::Time, AuditEventModel::Outcome});
}

void AuditPage::listUpdated()
{
    updateCount();
}

AuditPage::~AuditPage()
{
    view()->viewport()->removeEventFilter(this);
    for (client::ApiJob *job : {m_serverJob.data(), m_exportJob.data()}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void AuditPage::setVerifiedHeadStore(client::VerifiedHeadStore *store)
{
    if (m_verifier->isRunning())
        m_verifier->cancel();
    delete m_verifier;
    m_verifier = new client::AuditVerifier(m_client, store ? store : m_ownHeads.get(), this);
    connect(m_verifier, &client::AuditVerifier::progress, this, [this](qint64 done, qint64 total) {
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(done / scale));
    });
    connect(m_verifier, &client::AuditVerifier::finished, this, &AuditPage::showOutcome);
    showRemembered();
}

bool AuditPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == view()->viewport() && event->type() == QEvent::Paint
        && m_model->rowCount() > 0) {
        m_painted = true;
        // Queued: the rows are painted once this paint event has been handled.
        QTimer::singleShot(0, this, &AuditPage::firstRowsPainted);
    }
    return QWidget::eventFilter(watched, event);
}

void AuditPage::refresh()
{
    ListDetailPage::refresh();
    showRemembered();
}

bool AuditPage::applyFilter(const QString &filter)
{
    // "actor=bob&outcome=denied": the fields a link fills in, then applied.
    clearFields();
    for (const QString &pair : filter.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toUtf8());
        if (key == QLatin1String("actor"))
            m_actor->setText(value);
        else if (key == QLatin1String("action"))
            m_action->setText(value);
        else if (key == QLatin1String("object_type"))
            m_objectType->setText(value);
        else if (key == QLatin1String("object_id"))
            m_objectId->setText(value);
        else if (key == QLatin1String("outcome"))
            m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(value)));
        else
            return false;
    }
    applyFilters();
    return true;
}

void AuditPage::clearFields()
{
    for (QLineEdit *field : {m_actor, m_action, m_objectType, m_objectId})
        field->clear();
    m_outcome->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
}

void AuditPage::applyFilters()
{
    client::AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.objectType = m_objectType->text().trimmed();
    filter.objectId = m_objectId->text().trimmed();
    filter.outcome = m_outcome->currentData().toString();
    if (m_fromCheck->isChecked())
        filter.from = m_from->dateTime();
    if (m_toCheck->isChecked())
        filter.to = m_to->dateTime();
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to) {
        messageBar()->showMessage(MessageBar::Kind::Warning,
                                  tr("The start of the time range must be before its end."));
        return;
    }
    messageBar()->clear();
    m_model->setFilter(filter);
    refresh();
}

void AuditPage::clearFilter()
{
    clearFields();
    applyFilters();
}

void AuditPage::updateCount()
{
    const int rows = m_model->rowCount();
    QString text = m_model->filter().isEmpty()
        ? tr("%n event(s) shown, newest first", nullptr, rows)
        : tr("%n matching event(s) shown, newest first", nullptr, rows);
    if (m_model->hasMore())
        text += tr(" · older events load as you scroll");
    m_count->setText(text);
}

void AuditPage::showObject(qint64 seq)
{
    m_detail->clear();
    const client::AuditRecord *record = m_model->itemAt(m_model->rowOf(seq));
    m_shownSeq = record ? seq : 0;
    if (!record)
        return;
    const AuditEvent &e = record->event;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto add = [this, &fixed](const QString &field, const QString &value, bool mono = false) {
        auto *item = new QTreeWidgetItem(m_detail, {field, value});
        item->setToolTip(1, value);
        if (mono)
            item->setFont(1, fixed);
        return item;
    };
    add(tr("Event"), QString::number(e.seq));
    add(tr("Time"), format::dateTimeWithSeconds(record->at));
    // To the millisecond, in UTC: what the chain's hash covers.
    add(tr("Time in UTC"),
        QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs), true);
    add(tr("Actor"), e.actorId ? tr("%1 (user %2)").arg(e.actor).arg(*e.actorId) : e.actor);
    add(tr("Action"), tr("%1 (%2)").arg(client::auditActionLabel(e.action), e.action));
    add(tr("Object"),
        e.objectId.isEmpty() ? e.objectType : tr("%1 %2").arg(e.objectType, e.objectId));
    QTreeWidgetItem *outcome = add(tr("Outcome"), AuditEventModel::outcomeLabel(e.outcome));
    if (e.outcome != QLatin1String("success"))
        outcome->setForeground(1,
                               theme::color(e.outcome == QLatin1String("denied")
                                                ? theme::Tone::Warn
                                                : theme::Tone::Bad));
    add(tr("Reason"), e.reason);
    for (const client::DetailField &field : client::auditDetailFields(e.detail))
        add(field.label.isEmpty() ? tr("Detail") : field.label, field.value);
    add(tr("Detail as recorded"), e.detail, true);
    add(tr("Previous hash"), e.prevHash, true);
    add(tr("Hash"), e.hash, true);
    // One event on its own: does its content hash to what it records? (The chain's links and
    // checkpoints are the verifier's job.)
    if (record->complete) {
        const bool matches = audit::hashOf(e) == e.hash;
        QTreeWidgetItem *check = add(tr("Hash check"),
                                     matches ? tr("content recomputes to the recorded hash")
                                             : tr("content does NOT hash to the recorded hash"));
        check->setIcon(1, theme::icon(matches ? theme::Icon::Ok : theme::Icon::Error));
        check->setForeground(1, theme::color(matches ? theme::Tone::Good : theme::Tone::Bad));
    }
    m_detail->resizeColumnToContents(0);
}

void AuditPage::setVerifying(bool verifying)
{
    m_verify->setEnabled(!verifying);
    m_serverVerify->setEnabled(!verifying);
    m_cancel->setVisible(verifying);
    m_progress->setVisible(verifying);
    if (verifying) {
        m_acceptKey->setVisible(false);
        m_progress->setRange(0, 0); // busy until the total is known
        m_progress->setValue(0);
    }
}

void AuditPage::showResult(bool good, const QString &html)
{
    m_resultIcon->setPixmap(
        theme::icon(good ? theme::Icon::Ok : theme::Icon::Error).pixmap(24, 24));
    m_result->setText(html);
}

void AuditPage::verify()
{
    if (m_verifier->isRunning() || m_serverJob)
        return;
    setVerifying(true);
    m_resultIcon->setPixmap(theme::icon(theme::Icon::Info).pixmap(24, 24));
    m_result->setText(tr("<b>Verifying…</b> downloading every event from the chain's base and "
                         "recomputing its hash."));
    m_verifier->start();
}

void AuditPage::cancelVerification()
{
    if (m_verifier->isRunning())
        m_verifier->cancel();
    if (m_serverJob) {
        m_serverJob->abort();
    }
}

void AuditPage::showOutcome(const client::AuditVerifier::Outcome &o)
{
    setVerifying(false);
    const QString bad = theme::color(theme::Tone::Bad).name();
    const QString good = theme::color(theme::Tone::Good).name();
    if (o.intact) {
        showResult(true,
                   tr("<b style='color:%1'>Intact</b> — verified by this console: %2 from the "
                      "base to event %3 recomputed and linked, %4 verified with key %5.")
                           .arg(good, tr("%n event(s)", nullptr, int(o.eventsChecked)),
                                QLocale().toString(o.head.seq),
                                tr("%n signed checkpoint(s)", nullptr, int(o.checkpointsVerified)),
                                o.keyId.left(16))
                       + QLatin1Char(' ') + anchorsText(o));
    } else if (o.problem == client::AuditVerifier::Problem::Cancelled
               || o.problem == client::AuditVerifier::Problem::Error) {
        m_resultIcon->setPixmap(theme::icon(theme::Icon::Warning).pixmap(24, 24));
        m_result->setText(tr("<b>Not verified</b> — %1").arg(o.message.toHtmlEscaped()));
    } else {
        showResult(false,
                   tr("<b style='color:%1'>%2</b>%3 — %4")
                       .arg(bad, client::AuditVerifier::problemName(o.problem).toUpper(),
                            o.firstBadSeq > 0 ? tr(" at event %1").arg(o.firstBadSeq) : QString(),
                            o.message.toHtmlEscaped()));
        m_acceptKey->setVisible(o.problem == client::AuditVerifier::Problem::KeyChanged);
    }
    showRemembered();
}

QString AuditPage::anchorsText(const client::AuditVerifier::Outcome &o) const
{
    // What the server's witness outside its database adds: a cut or rewritten chain would not
    // match it.
    QString text = o.anchorsMatched > 0
        ? tr("Events that matched the server's anchors outside its database: %1, so the log "
             "was neither cut nor rewritten up to the newest anchor.")
              .arg(o.anchorsMatched)
        : tr("The server has no anchor outside its database yet: the checkpoints are the only "
             "proof against a rewritten history.");
    for (const BreakAcknowledgement &a : o.acknowledgedBreaks)
        text += QStringLiteral("<br>")
            + theme::span(
                    theme::Tone::Warn,
                    tr("Break acknowledged at event %1 on %2 by %3 (%4): “%5”. The events "
                       "lost or altered there cannot be checked.")
                        .arg(a.seq)
                        .arg(format::dateTime(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC)),
                             a.actor.toHtmlEscaped(), a.osUser.toHtmlEscaped(),
                             a.reason.toHtmlEscaped()),
                    true);
    return text;
}

void AuditPage::showRemembered()
{
    const client::VerifiedHead head = m_verifier->remembered();
    if (!head.isValid()) {
        m_remembered->setText(tr("This console has not verified this server's log before."));
        return;
    }
    m_remembered->setText(
        tr("Last verified by this console: %1, up to event %2 (hash %3…), signing key %4. The "
           "next check must find the same history.")
            .arg(format::dateTimeWithSeconds(head.verifiedAt), QLocale().toString(head.seq),
                 head.hash.left(12),
                 head.keyId.isEmpty() ? tr("not yet trusted") : head.keyId.left(16)));
}

void AuditPage::acceptNewKey()
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Trust the new signing key?"),
        tr("Trust the server's new audit signing key <b>%1</b>?<p>Do this only if you know why "
           "it changed (the store's master key was replaced). Someone with access to the "
           "server could otherwise sign checkpoints of a rewritten history.")
            .arg(m_verifier->lastOutcome().keyId));
    if (answer != QMessageBox::Yes)
        return;
    m_verifier->acceptNewSigningKey();
    m_acceptKey->setVisible(false);
    verify();
}

void AuditPage::askServerToVerify()
{
    if (m_verifier->isRunning() || m_serverJob)
        return;
    setVerifying(true);
    m_resultIcon->setPixmap(theme::icon(theme::Icon::Info).pixmap(24, 24));
    m_result->setText(tr("<b>The server is verifying its chain…</b>"));
    const client::Call<client::ServerVerification> call
        = client::AuditApi(m_client).verify(this, [this](qint64 checked, qint64 total) {
              const int scale = total > 1'000'000'000 ? 1000 : 1;
              m_progress->setRange(0, int(total / scale));
              m_progress->setValue(int(checked / scale));
          });
    m_serverJob = call.job();
    call.then(this, [this](const client::Reply<client::ServerVerification> &reply) {
        m_serverJob = nullptr;
        setVerifying(false);
        if (!reply.ok()) {
            m_resultIcon->setPixmap(theme::icon(theme::Icon::Warning).pixmap(24, 24));
            m_result->setText(tr("<b>The server could not verify its chain</b> — %1")
                                  .arg(reply.error.message.toHtmlEscaped()));
            return;
        }
        m_serverResult = reply.value;
        const client::ServerVerification &v = m_serverResult;
        if (v.intact) {
            showResult(
                true,
                tr("<b style='color:%1'>Intact, says the server</b> — it checked %2 up to "
                   "event %3 and %4. This is the server's own verdict; use Verify chain "
                   "for a check that does not trust it.")
                    .arg(theme::color(theme::Tone::Good).name(),
                         tr("%n event(s)", nullptr, int(v.eventCount)),
                         QLocale().toString(v.headSeq),
                         tr("%n signed checkpoint(s)", nullptr, int(v.checkpointsVerified))));
        } else {
            showResult(
                false,
                tr("<b style='color:%1'>BROKEN, says the server</b>%2 — %3")
                    .arg(theme::color(theme::Tone::Bad).name(),
                         v.firstBadSeq > 0 ? tr(" at event %1").arg(v.firstBadSeq) : QString(),
                         v.problem.toHtmlEscaped()));
        }
        emit serverVerificationFinished(v);
    });
}

void AuditPage::chooseExportFile()
{
    const client::AuditFilter &filter = m_model->filter();
    const auto stamp = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"));
    };
    QString name = QStringLiteral("audit-evidence-%1").arg(m_client->serverKey());
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    if (filter.from.isValid() || filter.to.isValid())
        name += QLatin1Char('-')
            + (filter.from.isValid() ? stamp(filter.from) : QStringLiteral("start"))
            + QStringLiteral("-to-")
            + (filter.to.isValid() ? stamp(filter.to) : QStringLiteral("now"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit evidence"), QDir::home().filePath(name + QStringLiteral(".jsonl")),
        tr("Signed evidence (JSON lines) (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportEvidence(path);
}

void AuditPage::exportEvidence(const QString &path)
{
    if (m_exportJob)
        return;
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        const QString message = tr("Cannot write %1: %2").arg(path, file->errorString());
        messageBar()->showMessage(MessageBar::Kind::Error, message);
        emit exportFinished(false, message);
        return;
    }
    // The filter's time range; without one, the whole retained log up to now.
    const client::AuditFilter &filter = m_model->filter();
    const QDateTime from
        = filter.from.isValid() ? filter.from : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to
        = filter.to.isValid() ? filter.to : QDateTime::currentDateTimeUtc().addSecs(60);
    m_export->setEnabled(false);
    const client::Call<client::Done> call
        = client::AuditApi(m_client).exportEvidence(from, to, file.get());
    m_exportJob = call.job();
    connect(m_exportJob, &client::ApiJob::finished, this, [this, file, path](client::ApiJob *job) {
        m_exportJob = nullptr;
        m_export->setEnabled(true);
        QString message;
        bool ok = job->ok();
        if (ok && !file->commit()) {
            ok = false;
            message = tr("Cannot write %1: %2").arg(path, file->errorString());
        } else if (!ok) {
            file->cancelWriting();
            message = tr("The evidence could not be exported: %1").arg(job->error().message);
        } else {
            message = tr("Evidence saved to %1 (%2 bytes). Check it with `compliancectl audit "
                         "verify-export %1`.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(QLocale::system().toString(job->bodyBytes()));
        }
        messageBar()->showMessage(ok ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                                  message);
        emit exportFinished(ok, message);
    });
}

} // namespace cc::ui
