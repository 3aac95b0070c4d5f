#include "assets/AssetReviewDialog.h"

#include "AssetsApi.h"
#include "assets/AssetModel.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

AssetReviewDialog::AssetReviewDialog(client::ApiClient *client, const client::Asset &asset,
                                     QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_asset(asset)
{
    setObjectName(QStringLiteral("assetReviewDialog"));
    setWindowTitle(tr("Record review"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(
        tr("<b>%1</b> — %2, owned by %3.<br>Last review: %4 · next due: <b>%5</b> (%6).")
            .arg(asset.name.toHtmlEscaped(), AssetModel::kindLabel(asset.kind),
                 asset.ownerName.toHtmlEscaped(),
                 asset.lastReview.isValid() ? asset.lastReview.toString(Qt::ISODate) : tr("never"),
                 asset.nextReviewDue.toString(Qt::ISODate), AssetModel::stateLabel(asset.state)),
        this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("reviewDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    if (asset.lastReview.isValid())
        m_date->setMinimumDate(asset.lastReview);
    describe(m_date, tr("Review date"), tr("The day the asset was reviewed"));
    form->addRow(tr("Review &date:"), m_date);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (const QString &outcome : {QStringLiteral("confirmed"), QStringLiteral("changes_required"),
                                   QStringLiteral("retired")})
        m_outcome->addItem(AssetModel::outcomeLabel(outcome), outcome);
    describe(m_outcome, tr("Outcome"),
             tr("Whether the asset stays as it is, must change, or is retired"));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    m_note->setPlaceholderText(tr("What was checked; what must change (required unless "
                                  "confirmed)."));
    describe(m_note, tr("Note"), tr("What was checked and what must change"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *next = new QLabel(this);
    next->setObjectName(QStringLiteral("nextDueLabel"));
    const auto updateNext = [this, next] {
        next->setText(m_outcome->currentData().toString() == QLatin1StringView("retired")
                          ? tr("The asset will be retired: no more reviews or reminders.")
                          : tr("The next review will be due one policy review interval after %1.")
                                .arg(m_date->date().toString(Qt::ISODate)));
    };
    connect(m_date, &QDateEdit::dateChanged, this, updateNext);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, updateNext);
    updateNext();
    theme::markMuted(next);
    layout->addWidget(next);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Record review"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    describe(m_ok, tr("Record review"), tr("Record this review of the asset"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without recording a review"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetReviewDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(500);
}

QString AssetReviewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssetReviewDialog::submit()
{
    if (m_job)
        return;
    m_error->hide();
    const client::Call<client::RecordedAssetReview> call = client::AssetsApi(m_client).recordReview(
        m_asset.id,
        {m_date->date(), m_outcome->currentData().toString(), m_note->toPlainText().trimmed()});
    m_job = call.job();
    m_ok->setEnabled(false);
    call.then(this, [this](const client::Reply<client::RecordedAssetReview> &reply) {
        m_job = nullptr;
        m_ok->setEnabled(true);
        if (reply.ok()) {
            emit recorded(reply.value.asset);
            accept();
            return;
        }
        m_error->setText(reply.error.message);
        m_error->show();
    });
}

} // namespace cc::ui
