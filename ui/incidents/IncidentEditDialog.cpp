#include "incidents/IncidentEditDialog.h"

#include "IncidentsApi.h"
#include "incidents/IncidentModel.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

IncidentEditDialog::IncidentEditDialog(client::ApiClient *client, const client::Incident &incident,
                                       QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_incident(incident)
{
    setObjectName(QStringLiteral("incidentEditDialog"));
    setWindowTitle(tr("Edit incident #%1").arg(incident.id));
    setMinimumWidth(540);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(incident.title, this);
    m_title->setObjectName(QStringLiteral("incidentEditTitle"));
    m_title->setMaxLength(200);
    describe(m_title, tr("Title"), tr("What happened, in a few words; required"));
    form->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit(incident.description, this);
    m_description->setObjectName(QStringLiteral("incidentEditDescription"));
    m_description->setFixedHeight(90);
    describe(m_description, tr("Description"), tr("What happened and what is known so far"));
    form->addRow(tr("&Description:"), m_description);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("incidentEditSeverity"));
    for (int s = 1; s <= 4; ++s)
        m_severity->addItem(client::Incident::severityLabel(s), s);
    m_severity->setCurrentIndex(m_severity->findData(incident.severity));
    describe(m_severity, tr("Severity"), tr("How bad it is, from 1 (critical) to 4 (low)"));
    form->addRow(tr("Se&verity:"), m_severity);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("incidentEditCategory"));
    for (const char *c : {"availability", "security", "data_breach", "other"})
        m_category->addItem(client::Incident::categoryLabel(QString::fromLatin1(c)),
                            QString::fromLatin1(c));
    m_category->setCurrentIndex(m_category->findData(incident.category));
    describe(m_category, tr("Category"), tr("What kind of incident this is"));
    form->addRow(tr("&Category:"), m_category);
    m_assignee = new QLineEdit(incident.assignee, this);
    m_assignee->setObjectName(QStringLiteral("incidentEditAssignee"));
    m_assignee->setPlaceholderText(tr("username; empty for nobody"));
    describe(m_assignee, tr("Assignee"),
             tr("The user name of whoever handles the incident; empty for nobody"));
    form->addRow(tr("&Assignee:"), m_assignee);
    m_amazonData = new QCheckBox(tr("Amazon data is (or may be) involved"), this);
    m_amazonData->setObjectName(QStringLiteral("incidentEditAmazonData"));
    m_amazonData->setChecked(incident.involvesAmazonData);
    // The flag can be set, never cleared: a false alarm is explained on the timeline.
    m_amazonData->setEnabled(!incident.involvesAmazonData);
    m_amazonData->setToolTip(incident.involvesAmazonData
                                 ? tr("Once set, the flag stays; add a note if it was a false "
                                      "alarm.")
                                 : tr("The CTO and the CEO are notified as soon as you save."));
    describe(m_amazonData, tr("Amazon data involved"),
             tr("Once ticked it stays; the CTO and CEO are told as soon as you save"));
    form->addRow(QString(), m_amazonData);
    layout->addLayout(form);

    auto *amazon = new QGroupBox(tr("Amazon notification"), this);
    auto *amazonForm = new QFormLayout(amazon);
    m_notified = new QCheckBox(tr("Amazon has been &notified"), amazon);
    m_notified->setObjectName(QStringLiteral("incidentEditAmazonNotified"));
    m_notified->setChecked(incident.amazonNotifiedAt.isValid());
    m_notified->setEnabled(!incident.amazonNotifiedAt.isValid()); // recorded once, then kept
    describe(m_notified, tr("Amazon has been notified"),
             tr("Tick once Amazon was told of the breach; this stops the 24-hour clock"));
    amazonForm->addRow(m_notified);
    m_notifiedAt = new QDateTimeEdit(incident.amazonNotifiedAt.isValid()
                                         ? incident.amazonNotifiedAt.toLocalTime()
                                         : QDateTime::currentDateTime(),
                                     amazon);
    m_notifiedAt->setObjectName(QStringLiteral("incidentEditAmazonNotifiedAt"));
    m_notifiedAt->setCalendarPopup(true);
    m_notifiedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_notifiedAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    describe(m_notifiedAt, tr("Notified at"), tr("When Amazon was told, in your local time"));
    amazonForm->addRow(tr("Noti&fied at:"), m_notifiedAt);
    m_reference = new QLineEdit(incident.amazonReference, amazon);
    m_reference->setObjectName(QStringLiteral("incidentEditAmazonReference"));
    m_reference->setMaxLength(200);
    m_reference->setPlaceholderText(tr("Amazon's case or ticket number"));
    describe(m_reference, tr("Amazon reference"), tr("Amazon's case or ticket number"));
    amazonForm->addRow(tr("&Reference:"), m_reference);
    layout->addWidget(amazon);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("incidentEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("incidentEditSaveButton"));
    describe(m_save, tr("Save"), tr("Save the changes to the incident"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"), tr("Close without saving"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &IncidentEditDialog::submit);
    connect(m_title, &QLineEdit::textChanged, this, &IncidentEditDialog::updateState);
    connect(m_amazonData, &QCheckBox::toggled, this, &IncidentEditDialog::updateState);
    connect(m_notified, &QCheckBox::toggled, this, &IncidentEditDialog::updateState);
    updateState();
}

QString IncidentEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IncidentEditDialog::updateState()
{
    const bool amazon = m_amazonData->isChecked();
    m_notified->setEnabled(amazon && !m_incident.amazonNotifiedAt.isValid());
    m_notifiedAt->setEnabled(amazon && m_notified->isChecked());
    m_reference->setEnabled(amazon && m_notified->isChecked());
    m_save->setEnabled(!m_title->text().trimmed().isEmpty() && !m_job);
}

client::IncidentChanges IncidentEditDialog::changes() const
{
    client::IncidentChanges c;
    const client::Incident &i = m_incident;
    if (m_title->text().trimmed() != i.title)
        c.title = m_title->text().trimmed();
    if (m_description->toPlainText().trimmed() != i.description)
        c.description = m_description->toPlainText().trimmed();
    if (m_severity->currentData().toInt() != i.severity)
        c.severity = m_severity->currentData().toInt();
    if (m_category->currentData().toString() != i.category)
        c.category = m_category->currentData().toString();
    if (m_assignee->text().trimmed() != i.assignee)
        c.assignee = m_assignee->text().trimmed();
    c.flagAmazonData = m_amazonData->isChecked() && !i.involvesAmazonData;
    if (m_notifiedAt->isEnabled()) {
        // Minutes are what the person sees and chose.
        QDateTime at = m_notifiedAt->dateTime().toUTC();
        at.setTime(QTime(at.time().hour(), at.time().minute()));
        const QDateTime before = i.amazonNotifiedAt.toUTC();
        if (!before.isValid()
            || at
                != QDateTime(before.date(), QTime(before.time().hour(), before.time().minute()),
                             Qt::UTC))
            c.amazonNotifiedAt = at;
        if (m_reference->text().trimmed() != i.amazonReference)
            c.amazonReference = m_reference->text().trimmed();
    }
    return c;
}

void IncidentEditDialog::submit()
{
    if (m_job || m_title->text().trimmed().isEmpty())
        return;
    const client::IncidentChanges c = changes();
    if (c.isEmpty()) {
        reject(); // nothing to record
        return;
    }
    m_error->hide();
    const client::Call<client::Incident> call
        = client::IncidentsApi(m_client).update(m_incident.id, c);
    m_job = call.job();
    updateState();
    call.then(this, [this](const client::Reply<client::Incident> &reply) {
        m_job = nullptr;
        updateState();
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        emit saved(reply.value);
        accept();
    });
}

} // namespace cc::ui
