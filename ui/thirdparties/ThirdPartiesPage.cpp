#include "thirdparties/ThirdPartiesPage.h"

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "thirdparties/ThirdPartyDialogs.h"
#include "thirdparties/ThirdPartyModels.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <utility>

#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QString kSubcontractors = QStringLiteral("subcontractors");
const QString kCredentials = QStringLiteral("credentials");

QString text(const QString &plain)
{
    return plain.toHtmlEscaped();
}

} // namespace

// ---- One register ----

ThirdPartyPane::ThirdPartyPane(client::ApiClient *client, const QString &name, QWidget *parent)
    : ListDetailPage(client, name, QString(), QIcon(), parent)
{
    header()->hide(); // the page's header stands above the tabs
    layout()->setContentsMargins(0, 8, 0, 0); // the page's margins hold the tabs already
}

void ThirdPartyPane::makeStateFilter(const QString &objectName, const QString &description,
                                     const QList<std::pair<QString, QString>> &states)
{
    m_state = new QComboBox(this);
    m_state->setObjectName(objectName);
    describe(m_state, tr("Records to show"), description);
    for (const auto &[label, value] : states)
        m_state->addItem(label, value);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_state);
    toolBar()->addWidget(showLabel);
    toolBar()->addWidget(m_state);
    toolBar()->addStretch();
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (listModel()->hasLoaded() || listModel()->isLoading())
            refresh();
    });
}

QPushButton *ThirdPartyPane::addAction(const QIcon &icon, const QString &label,
                                       const QString &objectName, const QString &description)
{
    auto *button = new QPushButton(icon, label, this);
    button->setObjectName(objectName);
    describe(button, QString(label).remove(QLatin1Char('&')).remove(QChar(0x2026)), description);
    toolBar()->addWidget(button);
    return button;
}

QWidget *ThirdPartyPane::makeDetailPane(const QString &objectName)
{
    auto *detail = new QFrame(this);
    detail->setObjectName(objectName);
    theme::markCard(detail);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(14, 12, 14, 12);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(objectName + QStringLiteral("Title"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText); // a person's words, never markup
    m_detailTitle->setStyleSheet(QStringLiteral("QLabel { font-size: 15px; font-weight: 600; }"));
    layout->addWidget(m_detailTitle);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(objectName + QStringLiteral("Text"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_detail);
    m_extraTitle = new QLabel(detail);
    theme::markMuted(m_extraTitle);
    layout->addWidget(m_extraTitle);
    // A digest is one long word: a line of its own, whole, to select and compare.
    m_extra = new QLineEdit(detail);
    m_extra->setObjectName(objectName + QStringLiteral("Sha256"));
    m_extra->setReadOnly(true);
    m_extra->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_extra);
    m_note = new QLabel(detail);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);
    layout->addStretch(1);
    detail->setMinimumWidth(320);
    return detail;
}

void ThirdPartyPane::showDetail(const QString &title, const QString &html)
{
    m_detailTitle->setText(title);
    m_detail->setText(html);
}

QString ThirdPartyPane::row(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td style='color:%1; padding-right:10px'>%2</td><td>%3</td></tr>")
        .arg(theme::colors().mutedText.name(), label, html);
}

client::ThirdPartyFilter ThirdPartyPane::currentFilter() const
{
    const QUrlQuery state(m_state->currentData().toString());
    client::ThirdPartyFilter filter;
    filter.status = state.queryItemValue(QStringLiteral("status"));
    filter.overdue = state.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true");
    return filter;
}

bool ThirdPartyPane::applyFilter(const QString &filter)
{
    // The list's own query string, as a control's evidence names it: the state filter that
    // holds the same status and overdue.
    const QUrlQuery query(filter);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("status") && key != QLatin1String("overdue"))
            return false;
    }
    const auto same = [](const QUrlQuery &a, const QUrlQuery &b) {
        return a.queryItemValue(QStringLiteral("status"))
            == b.queryItemValue(QStringLiteral("status"))
            && (a.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true"))
            == (b.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true"));
    };
    for (int i = 0; i < m_state->count(); ++i) {
        if (same(query, QUrlQuery(m_state->itemData(i).toString()))) {
            {
                const QSignalBlocker blocker(m_state);
                m_state->setCurrentIndex(i);
            }
            if (listModel()->hasLoaded() || listModel()->isLoading())
                refresh();
            return true;
        }
    }
    return false;
}

// ---- Subcontractors ----

SubcontractorsPane::SubcontractorsPane(client::ApiClient *client, QWidget *parent)
    : ThirdPartyPane(client, tr("Subcontractors"), parent)
    , m_model(new SubcontractorModel(client, this))
{
    setObjectName(QStringLiteral("subcontractorsPane"));
    messageBar()->setObjectName(QStringLiteral("subcontractorsMessage"));
    makeStateFilter(QStringLiteral("subcontractorStateFilter"),
                    tr("Active subcontractors, only those overdue for assessment, ended ones, "
                       "or all"),
                    {{tr("Active"), QStringLiteral("status=active")},
                     {tr("Assessment overdue"), QStringLiteral("status=active&overdue=true")},
                     {tr("Ended"), QStringLiteral("status=ended")},
                     {tr("All subcontractors"), QString()}});
    m_add = addAction(theme::icon(theme::Icon::Add), tr("&Add subcontractor…"),
                      QStringLiteral("addSubcontractorButton"),
                      tr("Record a firm that receives Amazon data"));
    m_assess
        = addAction(QIcon(), tr("Record &assessment…"), QStringLiteral("assessSubcontractorButton"),
                    tr("Record the risk assessment of the subcontractor on show, with its "
                       "document"));
    m_end = addAction(QIcon(), tr("&End…"), QStringLiteral("endSubcontractorButton"),
                      tr("End the subcontractor on show: it no longer receives data"));
    setList(m_model, new TableFilterProxy(this), QStringLiteral("subcontractorsTable"),
            tr("Subcontractors"),
            tr("The subcontractor register: the Amazon data each receives and its assessment"));
    view()->sortByColumn(SubcontractorModel::NextDue, Qt::AscendingOrder);
    ListDetailPage::setDetail(makeDetailPane(QStringLiteral("subcontractorDetail")), 3, 2);
    m_extraTitle->setText(tr("Assessment document SHA-256:"));
    describe(m_extra, tr("Assessment document SHA-256"),
             tr("The SHA-256 the store recorded of the last assessment's document"));
    describe(m_detail, tr("Subcontractor"), tr("The selected subcontractor and its assessment"));

    connect(m_add, &QPushButton::clicked, this, &SubcontractorsPane::addSubcontractor);
    connect(m_assess, &QPushButton::clicked, this, &SubcontractorsPane::assessShown);
    connect(m_end, &QPushButton::clicked, this, &SubcontractorsPane::endShown);
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        if (!m_shown)
            show(std::nullopt);
        updateActions();
    });
    show(std::nullopt);
}

void SubcontractorsPane::prepareReload()
{
    m_model->setFilter(currentFilter());
}

QString SubcontractorsPane::emptyText() const
{
    return tr("No subcontractors match. Record one with “Add subcontractor…”.");
}

void SubcontractorsPane::fitColumns()
{
    view()->fitColumns(SubcontractorModel::DataReceived, 240,
                       {SubcontractorModel::LastAssessment, SubcontractorModel::NextDue});
}

void SubcontractorsPane::showObject(qint64 id)
{
    const int at = m_model->rowOf(id);
    if (at >= 0) {
        show(*m_model->itemAt(at));
        return;
    }
    if (m_shown && m_shown->id == id) { // just ended: on show, though this filter hides it
        show(m_shown);
        return;
    }
    // A link to one this filter does not list: all of them, then this one.
    if (m_state->currentData().toString().isEmpty()) {
        messageBar()->showMessage(MessageBar::Kind::Warning,
                                  tr("Subcontractor #%1 is not in the register.").arg(id));
        return;
    }
    m_state->setCurrentIndex(m_state->findData(QString()));
    openObject(id);
}

void SubcontractorsPane::show(const std::optional<client::Subcontractor> &s)
{
    m_shown = s;
    updateActions();
    const bool assessed = s && s->lastAssessment;
    m_extraTitle->setVisible(assessed);
    m_extra->setVisible(assessed);
    m_note->setVisible(assessed && !s->lastAssessment->notes.isEmpty());
    if (!s) {
        showDetail(tr("No subcontractor selected"),
                   tr("Select a subcontractor to see the data it receives and its last "
                      "assessment."));
        m_extra->clear();
        m_note->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString html = QStringLiteral("<table>");
    html += row(tr("Contact"), text(s->contact));
    html += row(tr("Amazon data"), text(SubcontractorModel::categoriesText(s->dataCategories)));
    html += row(tr("Added"), tr("%1 by %2").arg(format::date(s->createdAt), text(s->createdBy)));
    if (const auto &a = s->lastAssessment) {
        const bool rejected = a->outcome == QLatin1String("rejected");
        const QString outcome = SubcontractorModel::outcomeLabel(a->outcome);
        html += row(tr("Last assessment"),
                    tr("%1 by %2").arg(format::date(a->assessedAt), text(a->assessor)));
        html += row(tr("Outcome"),
                    rejected ? theme::span(theme::Tone::Bad, outcome, true)
                             : theme::span(theme::Tone::Good, outcome));
        html += row(tr("Document"),
                    tr("%1 (%2)").arg(text(a->documentName),
                                      QLocale().formattedDataSize(a->documentBytes)));
        html += row(tr("Recorded by"), text(a->recordedBy));
    } else {
        html += row(tr("Last assessment"), theme::span(theme::Tone::Bad, tr("Never"), true));
    }
    if (s->isActive()) {
        const QString due = tr("%1 (%2)").arg(format::date(s->assessmentDueAt),
                                              format::relative(s->assessmentDueAt, now));
        html += row(tr("Next due"),
                    s->isOverdue(now)
                        ? theme::span(theme::Tone::Bad, tr("Overdue: %1").arg(due), true)
                        : due);
    } else {
        html += row(
            tr("Ended"),
            tr("%1 by %2: %3").arg(format::date(s->endedAt), text(s->endedBy), text(s->endNote)));
    }
    html += QStringLiteral("</table>");
    showDetail(s->name, html);
    m_extra->setText(assessed ? s->lastAssessment->documentSha256 : QString());
    m_extra->setCursorPosition(0);
    m_note->setText(assessed ? s->lastAssessment->notes : QString());
}

void SubcontractorsPane::updateActions()
{
    const bool active = m_shown && m_shown->isActive();
    m_assess->setEnabled(active);
    m_end->setEnabled(active);
}

AddSubcontractorDialog *SubcontractorsPane::addSubcontractor()
{
    auto *dialog = new AddSubcontractorDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSubcontractorDialog::saved, this, [this](const client::Subcontractor &s) {
        messageBar()->showMessage(MessageBar::Kind::Success,
                                  tr("%1 added; its first assessment is due now.").arg(s.name));
        m_shown = s; // refresh() shows it again, listed or not
        refresh();
    });
    dialog->open();
    return dialog;
}

AssessSubcontractorDialog *SubcontractorsPane::assessShown()
{
    if (!m_shown || !m_shown->isActive())
        return nullptr;
    auto *dialog = new AssessSubcontractorDialog(m_client, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssessSubcontractorDialog::assessed, this,
            [this](const client::Subcontractor &s) {
                messageBar()->showMessage(
                    MessageBar::Kind::Success,
                    tr("Assessment of %1 recorded; next due %2. Document %3, SHA-256 %4.")
                        .arg(s.name, format::date(s.assessmentDueAt),
                             s.lastAssessment ? s.lastAssessment->documentName : QString(),
                             s.lastAssessment ? s.lastAssessment->documentSha256 : QString()));
                show(s);
                refresh();
            });
    dialog->open();
    return dialog;
}

EndThirdPartyDialog *SubcontractorsPane::endShown()
{
    if (!m_shown || !m_shown->isActive())
        return nullptr;
    auto *dialog = new EndThirdPartyDialog(m_client, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndThirdPartyDialog::ended, this, [this](const client::Subcontractor &s) {
        messageBar()->showMessage(MessageBar::Kind::Success, tr("%1 ended.").arg(s.name));
        show(s);
        refresh();
    });
    dialog->open();
    return dialog;
}

// ---- API credentials ----

CredentialsPane::CredentialsPane(client::ApiClient *client, QWidget *parent)
    : ThirdPartyPane(client, tr("API credentials"), parent)
    , m_model(new ApiCredentialModel(client, this))
{
    setObjectName(QStringLiteral("credentialsPane"));
    messageBar()->setObjectName(QStringLiteral("credentialsMessage"));
    makeStateFilter(QStringLiteral("credentialStateFilter"),
                    tr("Active credentials, only those overdue for rotation, retired ones, or "
                       "all"),
                    {{tr("Active"), QStringLiteral("status=active")},
                     {tr("Rotation overdue"), QStringLiteral("status=active&overdue=true")},
                     {tr("Retired"), QStringLiteral("status=retired")},
                     {tr("All credentials"), QString()}});
    m_add = addAction(theme::icon(theme::Icon::Add), tr("&Add credential…"),
                      QStringLiteral("addCredentialButton"),
                      tr("Record an API key or client used to reach Amazon"));
    m_rotate = addAction(QIcon(), tr("Record &rotation…"), QStringLiteral("rotateCredentialButton"),
                         tr("Record that the credential on show was rotated"));
    m_retire = addAction(QIcon(), tr("Re&tire…"), QStringLiteral("retireCredentialButton"),
                         tr("Retire the credential on show: it is revoked and no longer used"));
    setList(m_model, new TableFilterProxy(this), QStringLiteral("credentialsTable"),
            tr("API credentials"),
            tr("The API credential register: each one's owner, where it is kept and its "
               "rotation"));
    view()->sortByColumn(ApiCredentialModel::RotationDue, Qt::AscendingOrder);
    ListDetailPage::setDetail(makeDetailPane(QStringLiteral("credentialDetail")), 3, 2);
    // A credential has no document: no digest line.
    delete std::exchange(m_extraTitle, nullptr);
    delete std::exchange(m_extra, nullptr);
    describe(m_detail, tr("API credential"), tr("The selected credential and its rotation"));

    connect(m_add, &QPushButton::clicked, this, &CredentialsPane::addCredential);
    connect(m_rotate, &QPushButton::clicked, this, &CredentialsPane::rotateShown);
    connect(m_retire, &QPushButton::clicked, this, &CredentialsPane::retireShown);
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        if (!m_shown)
            show(std::nullopt);
        updateActions();
    });
    show(std::nullopt);
}

void CredentialsPane::prepareReload()
{
    m_model->setFilter(currentFilter());
}

QString CredentialsPane::emptyText() const
{
    return tr("No API credentials match. Record one with “Add credential…”.");
}

void CredentialsPane::fitColumns()
{
    view()->fitColumns(ApiCredentialModel::Location, 240,
                       {ApiCredentialModel::LastRotated, ApiCredentialModel::RotationDue});
}

void CredentialsPane::showObject(qint64 id)
{
    const int at = m_model->rowOf(id);
    if (at >= 0) {
        show(*m_model->itemAt(at));
        return;
    }
    if (m_shown && m_shown->id == id) { // just retired: on show, though this filter hides it
        show(m_shown);
        return;
    }
    if (m_state->currentData().toString().isEmpty()) {
        messageBar()->showMessage(MessageBar::Kind::Warning,
                                  tr("API credential #%1 is not in the register.").arg(id));
        return;
    }
    m_state->setCurrentIndex(m_state->findData(QString()));
    openObject(id);
}

void CredentialsPane::show(const std::optional<client::ApiCredential> &c)
{
    m_shown = c;
    updateActions();
    m_note->setVisible(c && !c->isActive() && !c->retireNote.isEmpty());
    if (!c) {
        showDetail(tr("No credential selected"),
                   tr("Select a credential to see its owner, where it is kept and when it is "
                      "due for rotation."));
        m_note->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString html = QStringLiteral("<table>");
    html
        += row(tr("Owner"),
               c->ownerActive ? text(c->owner)
                              : theme::span(theme::Tone::Bad,
                                            tr("%1 (no longer active)").arg(text(c->owner)), true));
    html += row(tr("Where it lives"), text(c->location));
    html += row(tr("Purpose"), text(c->purpose));
    html += row(tr("Rotate every"), tr("%n day(s)", nullptr, c->rotationDays));
    html += row(tr("Last rotated"), format::date(c->lastRotatedAt));
    if (c->isActive()) {
        const QString due = tr("%1 (%2)").arg(format::date(c->rotationDueAt),
                                              format::relative(c->rotationDueAt, now));
        html += row(tr("Rotation due"),
                    c->isOverdue(now)
                        ? theme::span(theme::Tone::Bad, tr("Overdue: %1").arg(due), true)
                        : due);
    } else {
        html += row(tr("Retired"),
                    tr("%1 by %2").arg(format::date(c->retiredAt), text(c->retiredBy)));
    }
    html += row(tr("Added"), tr("%1 by %2").arg(format::date(c->createdAt), text(c->createdBy)));
    html += QStringLiteral("</table>");
    showDetail(c->name, html);
    m_note->setText(c->isActive() ? QString() : c->retireNote);
}

void CredentialsPane::updateActions()
{
    const bool active = m_shown && m_shown->isActive();
    m_rotate->setEnabled(active);
    m_retire->setEnabled(active);
}

AddCredentialDialog *CredentialsPane::addCredential()
{
    auto *dialog = new AddCredentialDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddCredentialDialog::saved, this, [this](const client::ApiCredential &c) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            tr("%1 added; rotation due %2.").arg(c.name, format::date(c.rotationDueAt)));
        m_shown = c;
        refresh();
    });
    dialog->open();
    return dialog;
}

RotateCredentialDialog *CredentialsPane::rotateShown()
{
    if (!m_shown || !m_shown->isActive())
        return nullptr;
    auto *dialog = new RotateCredentialDialog(m_client, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateCredentialDialog::rotated, this, [this](const client::ApiCredential &c) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            tr("Rotation of %1 recorded; next due %2.").arg(c.name, format::date(c.rotationDueAt)));
        show(c);
        refresh();
    });
    dialog->open();
    return dialog;
}

EndThirdPartyDialog *CredentialsPane::retireShown()
{
    if (!m_shown || !m_shown->isActive())
        return nullptr;
    auto *dialog = new EndThirdPartyDialog(m_client, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndThirdPartyDialog::retired, this, [this](const client::ApiCredential &c) {
        messageBar()->showMessage(MessageBar::Kind::Success, tr("%1 retired.").arg(c.name));
        show(c);
        refresh();
    });
    dialog->open();
    return dialog;
}

// ---- The page ----

ThirdPartiesPage::ThirdPartiesPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Third parties"),
           tr("Subcontractors receiving Amazon data, assessed at least yearly, and the API "
              "credentials used to reach Amazon, each rotated on schedule by its owner."),
           theme::icon(theme::Icon::Users), parent)
    , m_tabs(new QTabWidget(this))
    , m_subcontractors(new SubcontractorsPane(client, m_tabs))
    , m_credentials(new CredentialsPane(client, m_tabs))
{
    setObjectName(QStringLiteral("thirdPartiesPage"));
    header()->refreshButton()->setObjectName(QStringLiteral("thirdPartiesRefreshButton"));
    m_tabs->setObjectName(QStringLiteral("thirdPartiesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_subcontractors, tr("&Subcontractors"));
    m_tabs->addTab(m_credentials, tr("API &credentials"));
    body()->addWidget(m_tabs, 1);
    for (Page *pane : {static_cast<Page *>(m_subcontractors), static_cast<Page *>(m_credentials)}) {
        connect(pane, &Page::loaded, this, [this] {
            if (m_subcontractors->hasLoaded() && m_credentials->hasLoaded())
                setLoaded();
        });
    }
}

void ThirdPartiesPage::refresh()
{
    setLoading();
    m_subcontractors->refresh();
    m_credentials->refresh();
}

QStringList ThirdPartiesPage::changeKinds() const
{
    return {QLatin1StringView(client::change::ThirdParties)};
}

bool ThirdPartiesPage::open(const Destination &destination)
{
    // The filter names the tab, then (after '?') that list's own query string; a query string
    // alone is the subcontractors'.
    const QString &filter = destination.filter;
    const qsizetype question = filter.indexOf(QLatin1Char('?'));
    const QString section = question >= 0 ? filter.left(question) : filter;
    QString query = question >= 0 ? filter.mid(question + 1) : QString();
    ThirdPartyPane *pane = nullptr;
    if (section == kSubcontractors)
        pane = m_subcontractors;
    else if (section == kCredentials)
        pane = m_credentials;
    else if (section.isEmpty() || section.contains(QLatin1Char('='))) {
        pane = m_subcontractors;
        query = section;
    }
    if (!pane || !pane->open({destination.page, query, destination.objectId}))
        return false;
    m_tabs->setCurrentWidget(pane);
    return true;
}

} // namespace cc::ui
