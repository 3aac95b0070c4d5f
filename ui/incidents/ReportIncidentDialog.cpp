#include "incidents/ReportIncidentDialog.h"

#include "IncidentsApi.h"
#include "incidents/IncidentModel.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

ReportIncidentDialog::ReportIncidentDialog(client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("reportIncidentDialog"));
    setWindowTitle(tr("Report incident"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Report an interruption, a degradation of service or a security "
                                "event. The incident response team takes it from here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("incidentTitleEdit"));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_title->setMaxLength(200);
    describe(m_title, tr("Title"), tr("What happened, in a few words; required"));
    form->addRow(tr("&Title:"), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("incidentDescriptionEdit"));
    m_description->setPlaceholderText(tr("What you saw, where, and what you have done so far"));
    m_description->setFixedHeight(90);
    describe(m_description, tr("Description"),
             tr("What you saw, where, and what you have done so far"));
    form->addRow(tr("&Description:"), m_description);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("incidentSeverityCombo"));
    for (int s = 1; s <= 4; ++s)
        m_severity->addItem(client::Incident::severityLabel(s), s);
    m_severity->setCurrentIndex(2);
    describe(m_severity, tr("Severity"), tr("How bad it is, from 1 (critical) to 4 (low)"));
    form->addRow(tr("&Severity:"), m_severity);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("incidentCategoryCombo"));
    for (const char *c : {"availability", "security", "data_breach", "other"})
        m_category->addItem(client::Incident::categoryLabel(QString::fromLatin1(c)),
                            QString::fromLatin1(c));
    describe(m_category, tr("Category"), tr("What kind of incident this is"));
    form->addRow(tr("&Category:"), m_category);
    m_detected = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_detected->setObjectName(QStringLiteral("incidentDetectedEdit"));
    m_detected->setCalendarPopup(true);
    m_detected->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_detected->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    describe(m_detected, tr("Detected at"),
             tr("When the incident was noticed, in your local time"));
    form->addRow(tr("De&tected at:"), m_detected);
    m_amazon = new QCheckBox(tr("Amazon data is (or may be) involved"), this);
    m_amazon->setObjectName(QStringLiteral("incidentAmazonCheck"));
    describe(m_amazon, tr("Amazon data involved"),
             tr("Tick when Amazon data is or may be involved: the CTO and CEO are told at once"));
    form->addRow(QString(), m_amazon);
    layout->addLayout(form);

    m_amazonHint = new QLabel(tr("The CTO and the CEO are notified as soon as you send this, and "
                                 "Amazon must be told within 24 hours of detection."),
                              this);
    m_amazonHint->setObjectName(QStringLiteral("incidentAmazonHint"));
    m_amazonHint->setWordWrap(true);
    m_amazonHint->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }")
                                    .arg(theme::color(theme::Tone::Bad).name()));
    layout->addWidget(m_amazonHint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Report"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("incidentSubmitButton"));
    describe(m_submit, tr("Report"), tr("Report the incident to the response team"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"),
             tr("Close without reporting"));
    m_submit->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &ReportIncidentDialog::submit);
    connect(m_title, &QLineEdit::textChanged, this, &ReportIncidentDialog::updateState);
    connect(m_amazon, &QCheckBox::toggled, this, &ReportIncidentDialog::updateState);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        // A data breach is at least high severity until someone says otherwise.
        if (m_category->currentData().toString() == QLatin1String("data_breach")
            && m_severity->currentData().toInt() > 2)
            m_severity->setCurrentIndex(1);
    });
    updateState();
}

QString ReportIncidentDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReportIncidentDialog::updateState()
{
    m_amazonHint->setVisible(m_amazon->isChecked());
    m_submit->setEnabled(!m_title->text().trimmed().isEmpty() && !m_job);
}

void ReportIncidentDialog::submit()
{
    if (m_job || m_title->text().trimmed().isEmpty())
        return;
    client::NewIncident incident;
    incident.title = m_title->text().trimmed();
    incident.description = m_description->toPlainText().trimmed();
    incident.severity = m_severity->currentData().toInt();
    incident.category = m_category->currentData().toString();
    incident.detectedAt = m_detected->dateTime();
    incident.involvesAmazonData = m_amazon->isChecked();
    m_error->hide();
    const client::Call<client::Incident> call = client::IncidentsApi(m_client).report(incident);
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
        emit reported(reply.value);
        accept();
    });
}

} // namespace cc::ui
