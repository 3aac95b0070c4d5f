#include "assets/AssetDialog.h"

#include "ApiClient.h"
#include "assets/AssetModel.h"
#include "widgets/Accessible.h"
#include "widgets/FieldRow.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QStringList kKinds = {QStringLiteral("server"),         QStringLiteral("laptop"),
                            QStringLiteral("database"),       QStringLiteral("cloud_service"),
                            QStringLiteral("saas"),           QStringLiteral("data_store"),
                            QStringLiteral("network_device"), QStringLiteral("removable_media"),
                            QStringLiteral("other")};

} // namespace

AssetDialog::AssetDialog(client::ApiClient *client, const std::optional<client::Asset> &asset,
                         const QStringList &owners, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_asset(asset)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_amazonData(new QCheckBox(tr("It holds Amazon data"), this))
    , m_pii(new QCheckBox(tr("It holds personal data (PII)"), this))
    , m_error(new QLabel(this))
    , m_errors(m_error)
{
    setObjectName(QStringLiteral("assetDialog"));
    setWindowTitle(asset ? tr("Change asset") : tr("Add asset"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);

    m_name->setObjectName(QStringLiteral("assetName"));
    m_name->setMaxLength(200);
    describe(m_name, tr("Name"), tr("A name that tells the asset apart, unique in the inventory"));
    for (const QString &kind : kKinds)
        m_kind->addItem(AssetModel::kindLabel(kind), kind);
    m_kind->setObjectName(QStringLiteral("assetKind"));
    describe(m_kind, tr("Kind"), tr("What sort of asset it is"));
    m_owner->setObjectName(QStringLiteral("assetOwner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(owners);
    m_owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->completer()->setFilterMode(Qt::MatchContains);
    describe(m_owner, tr("Owner"),
             tr("The username of the active person who answers for the asset and reviews it"));
    m_location->setObjectName(QStringLiteral("assetLocation"));
    describe(m_location, tr("Location"), tr("Where the asset is, e.g. a data centre or an office"));
    m_description->setObjectName(QStringLiteral("assetDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    describe(m_description, tr("Description"), tr("What the asset is for"));
    m_amazonData->setObjectName(QStringLiteral("assetHoldsAmazonData"));
    describe(m_amazonData, tr("Holds Amazon data"), tr("Whether the asset holds Amazon data"));
    m_pii->setObjectName(QStringLiteral("assetHoldsPii"));
    describe(m_pii, tr("Holds PII"), tr("Whether the asset holds personal data"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto add = [this, form](const QString &label, const QString &field, QWidget *widget) {
        auto *row = new FieldRow(widget, QStringLiteral("asset_%1Error").arg(field), this);
        // "an asset named … already exists" is about the name.
        m_errors.add(field, row,
                     field == QLatin1String("name") ? QStringList {QStringLiteral("named")}
                                                    : QStringList());
        form->addRow(label, row);
    };
    add(tr("&Name:"), QStringLiteral("name"), m_name);
    add(tr("&Kind:"), QStringLiteral("kind"), m_kind);
    add(tr("&Owner:"), QStringLiteral("owner"), m_owner);
    add(tr("&Location:"), QStringLiteral("location"), m_location);
    add(tr("&Description:"), QStringLiteral("description"), m_description);
    add(tr("Amazon &data:"), QStringLiteral("holds_amazon_data"), m_amazonData);
    add(tr("&PII:"), QStringLiteral("holds_pii"), m_pii);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("assetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(asset ? tr("&Save changes") : tr("&Add"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("assetSaveButton"));
    describe(m_save, asset ? tr("Save changes") : tr("Add"),
             asset ? tr("Save the changes to the asset") : tr("Add the asset to the inventory"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"), tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (asset) {
        m_name->setText(asset->name);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(asset->kind)));
        m_owner->setCurrentText(asset->owner);
        m_location->setText(asset->location);
        m_description->setPlainText(asset->description);
        m_amazonData->setChecked(asset->holdsAmazonData);
        m_pii->setChecked(asset->holdsPii);
    } else {
        m_owner->setCurrentText(QString());
    }
    m_name->setFocus();
}

client::AssetFields AssetDialog::fields() const
{
    client::AssetFields f;
    f.name = m_name->text().trimmed();
    f.kind = m_kind->currentData().toString();
    f.owner = m_owner->currentText().trimmed();
    f.location = m_location->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    f.holdsAmazonData = m_amazonData->isChecked();
    f.holdsPii = m_pii->isChecked();
    return f;
}

QString AssetDialog::fieldError(const QString &field) const
{
    return m_errors.error(field);
}

QString AssetDialog::errorText() const
{
    return m_errors.generalError();
}

void AssetDialog::save()
{
    m_errors.clear();
    const client::AssetFields f = fields();
    client::AssetsApi api(m_client);
    client::Call<client::Asset> call;
    if (m_asset) {
        const QJsonObject changes = f.changesFrom(*m_asset);
        if (changes.isEmpty()) {
            accept();
            return;
        }
        call = api.update(m_asset->id, changes);
    } else {
        call = api.create(f);
    }
    m_save->setEnabled(false);
    call.then(this, [this](const client::Reply<client::Asset> &reply) {
        m_save->setEnabled(true);
        if (!reply.ok()) {
            m_errors.show(reply.error);
            return;
        }
        emit saved(reply.value);
        accept();
    });
}

} // namespace cc::ui
