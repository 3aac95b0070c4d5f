#include "shell/NotificationEmailDialog.h"

#include "ApiClient.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

NotificationEmailDialog::NotificationEmailDialog(client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("notificationEmailDialog"));
    setWindowTitle(tr("Notification e-mail"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every notification is in the console's bell. Choose which also "
                                "reach you by e-mail: each one as it happens, one digest a day "
                                "(sent after midnight UTC), or none."),
                             this);
    intro->setWordWrap(true);
    theme::markMuted(intro);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_always = new QLabel(this);
    m_always->setObjectName(QStringLiteral("alwaysEmailedLabel"));
    m_always->setWordWrap(true);
    layout->addWidget(m_always);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setEnabled(false);
    describe(m_save, tr("Save"), tr("Save your e-mail choices"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without changing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationEmailDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    load();
}

QString NotificationEmailDialog::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("access_request"), QT_TR_NOOP("Access requests to decide")},
        {QStringLiteral("access_decision"), QT_TR_NOOP("Decisions on my requests")},
        {QStringLiteral("grant_expiry"), QT_TR_NOOP("My grants ending")},
        {QStringLiteral("deletion_request"), QT_TR_NOOP("Amazon deletion requests due")},
        {QStringLiteral("asset_review"), QT_TR_NOOP("Asset reviews due")},
        {QStringLiteral("asset_escalation"), QT_TR_NOOP("Overdue asset reviews escalated")},
        {QStringLiteral("access_review_reminder"), QT_TR_NOOP("Access review items waiting")},
        {QStringLiteral("access_review_due"), QT_TR_NOOP("Access reviews due")},
        {QStringLiteral("incident_clock"), QT_TR_NOOP("Incident deadlines passed")},
        {QStringLiteral("alert"), QT_TR_NOOP("Monitoring alerts")},
        {QStringLiteral("vulnerability_due"), QT_TR_NOOP("Vulnerabilities due soon")},
        {QStringLiteral("vulnerability_escalation"), QT_TR_NOOP("Overdue vulnerabilities")},
        {QStringLiteral("subcontractor_assessment_due"),
         QT_TR_NOOP("Subcontractor assessments due soon")},
        {QStringLiteral("subcontractor_assessment_overdue"),
         QT_TR_NOOP("Overdue subcontractor assessments")},
        {QStringLiteral("api_credential_rotation_due"),
         QT_TR_NOOP("API credential rotations due soon")},
        {QStringLiteral("api_credential_rotation_overdue"),
         QT_TR_NOOP("Overdue API credential rotations")},
        {QStringLiteral("incident_breach"), QT_TR_NOOP("Breach notices")},
        {QStringLiteral("audit_tamper"), QT_TR_NOOP("Audit trail alarms")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("My account locked")},
        {QStringLiteral("credential_reset"), QT_TR_NOOP("My password or 2FA reset")},
        {QStringLiteral("control_fail"), QT_TR_NOOP("Controls I own failing")},
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

void NotificationEmailDialog::load()
{
    client::PreferencesApi(m_client).emailPreferences().then(
        this, [this](const client::Reply<client::EmailPreferences> &reply) {
            if (!reply.ok()) {
                m_error->setText(tr("Could not read your choices: %1").arg(reply.error.message));
                m_error->show();
                return;
            }
            showChoices(reply.value);
            emit loaded();
        });
}

void NotificationEmailDialog::showChoices(const client::EmailPreferences &preferences)
{
    m_loaded = preferences;
    // Grouped as a person thinks of them (requests, reviews, incidents), not by the server's
    // names; a kind this console does not know yet comes last.
    static const QStringList order {QStringLiteral("access_request"),
                                    QStringLiteral("access_decision"),
                                    QStringLiteral("grant_expiry"),
                                    QStringLiteral("access_review_reminder"),
                                    QStringLiteral("access_review_due"),
                                    QStringLiteral("asset_review"),
                                    QStringLiteral("asset_escalation"),
                                    QStringLiteral("deletion_request"),
                                    QStringLiteral("vulnerability_due"),
                                    QStringLiteral("vulnerability_escalation"),
                                    QStringLiteral("subcontractor_assessment_due"),
                                    QStringLiteral("subcontractor_assessment_overdue"),
                                    QStringLiteral("api_credential_rotation_due"),
                                    QStringLiteral("api_credential_rotation_overdue"),
                                    QStringLiteral("incident_clock"),
                                    QStringLiteral("alert")};
    QStringList kinds = preferences.byKind.keys();
    std::stable_sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &kind) {
            const qsizetype at = order.indexOf(kind);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QString &kind : std::as_const(kinds)) {
        const QString delivery = preferences.byKind.value(kind);
        QComboBox *combo = m_combos.value(kind);
        if (!combo) {
            combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("emailCombo_") + kind);
            combo->addItem(tr("Each one"), QString::fromLatin1(client::email_delivery::Each));
            combo->addItem(tr("Daily digest"),
                           QString::fromLatin1(client::email_delivery::DailyDigest));
            combo->addItem(tr("None"), QString::fromLatin1(client::email_delivery::None));
            describe(combo, kindLabel(kind),
                     tr("Whether %1 also reach you by e-mail").arg(kindLabel(kind)));
            m_form->addRow(kindLabel(kind) + QLatin1Char(':'), combo);
            m_combos.insert(kind, combo);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(delivery)));
    }
    QStringList always;
    for (const QString &kind : preferences.alwaysEmailed)
        always << kindLabel(kind).toHtmlEscaped();
    m_always->setText(tr("<b>Always e-mailed at once</b>, whatever you choose: %1.")
                          .arg(always.join(QStringLiteral(", "))));
    m_save->setEnabled(true);
}

void NotificationEmailDialog::save()
{
    if (m_job)
        return;
    QMap<QString, QString> changed;
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        const QString chosen = it.value()->currentData().toString();
        if (m_loaded.byKind.value(it.key()) != chosen)
            changed.insert(it.key(), chosen);
    }
    if (changed.isEmpty()) {
        accept();
        return;
    }
    m_error->hide();
    m_save->setEnabled(false);
    const client::Call<client::EmailPreferences> call
        = client::PreferencesApi(m_client).setEmailPreferences(changed);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::EmailPreferences> &reply) {
        m_save->setEnabled(true);
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        m_loaded = reply.value;
        emit saved();
        accept();
    });
}

} // namespace cc::ui
