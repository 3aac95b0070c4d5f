#include "devices/DeviceDialog.h"

#include "ApiClient.h"
#include "Words.h"
#include "widgets/Accessible.h"
#include "widgets/FieldRow.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QStringList kKinds = {QStringLiteral("usb_stick"),   QStringLiteral("external_disk"),
                            QStringLiteral("memory_card"), QStringLiteral("optical_disc"),
                            QStringLiteral("laptop"),      QStringLiteral("phone"),
                            QStringLiteral("tablet"),      QStringLiteral("other")};
const QStringList kUses = {QStringLiteral("none"), QStringLiteral("aggregates_only")};

} // namespace

DeviceDialog::DeviceDialog(client::ApiClient *client, const std::optional<client::Device> &device,
                           const QString &holder, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_device(device)
    , m_kind(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_serial(new QLineEdit(this))
    , m_holder(new QLineEdit(this))
    , m_encrypted(new QCheckBox(tr("The device encrypts what it holds"), this))
    , m_use(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_errors(m_error)
{
    setObjectName(QStringLiteral("deviceDialog"));
    setWindowTitle(device ? tr("Change device") : tr("Register device"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The policy allows no Amazon data on removable devices, except "
                                "anonymised aggregates such as overall sales figures."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const QString &kind : kKinds)
        m_kind->addItem(client::deviceKindLabel(kind), kind);
    for (const QString &use : kUses)
        m_use->addItem(client::approvedUseLabel(use), use);
    m_kind->setObjectName(QStringLiteral("deviceKind"));
    describe(m_kind, tr("Kind"), tr("What sort of device it is"));
    m_label->setObjectName(QStringLiteral("deviceLabel"));
    m_label->setMaxLength(120);
    describe(m_label, tr("Label"),
             tr("A name that tells the device apart, unique in the register"));
    m_serial->setObjectName(QStringLiteral("deviceSerial"));
    m_serial->setMaxLength(120);
    describe(m_serial, tr("Serial"), tr("The maker's serial number, if it has one"));
    m_holder->setObjectName(QStringLiteral("deviceHolder"));
    describe(m_holder, tr("Holder"), tr("The username of the active person who holds the device"));
    m_encrypted->setObjectName(QStringLiteral("deviceEncrypted"));
    describe(m_encrypted, tr("Encrypted"), tr("Whether the device encrypts what it holds"));
    m_use->setObjectName(QStringLiteral("deviceApprovedUse"));
    describe(m_use, tr("Approved use"),
             tr("What the device may carry: no Amazon data, or anonymised aggregates only"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto add = [this, form](const QString &label, const QString &field, QWidget *widget) {
        auto *row = new FieldRow(widget, QStringLiteral("device_%1Error").arg(field), this);
        m_errors.add(field, row,
                     field == QLatin1String("label") ? QStringList {QStringLiteral("labelled")}
                                                     : QStringList());
        form->addRow(label, row);
    };
    add(tr("&Kind:"), QStringLiteral("kind"), m_kind);
    add(tr("&Label:"), QStringLiteral("label"), m_label);
    add(tr("&Serial:"), QStringLiteral("serial"), m_serial);
    add(tr("&Holder:"), QStringLiteral("holder"), m_holder);
    add(tr("&Encryption:"), QStringLiteral("encrypted"), m_encrypted);
    add(tr("&Approved use:"), QStringLiteral("approved_use"), m_use);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("deviceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(device ? tr("&Save changes") : tr("&Register"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("deviceSaveButton"));
    describe(m_save, device ? tr("Save changes") : tr("Register"),
             device ? tr("Save the changes to the device") : tr("Add the device to the register"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"), tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (device) {
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(device->kind)));
        m_label->setText(device->label);
        m_serial->setText(device->serial);
        m_holder->setText(device->holder);
        m_encrypted->setChecked(device->encrypted);
        m_use->setCurrentIndex(qMax(0, m_use->findData(device->approvedUse)));
    } else {
        m_holder->setText(holder);
        m_encrypted->setChecked(true);
    }
    m_label->setFocus();
}

client::DeviceFields DeviceDialog::fields() const
{
    client::DeviceFields f;
    f.kind = m_kind->currentData().toString();
    f.label = m_label->text().trimmed();
    f.serial = m_serial->text().trimmed();
    f.holder = m_holder->text().trimmed();
    f.encrypted = m_encrypted->isChecked();
    f.approvedUse = m_use->currentData().toString();
    return f;
}

QString DeviceDialog::fieldError(const QString &field) const
{
    return m_errors.error(field);
}

QString DeviceDialog::errorText() const
{
    return m_errors.generalError();
}

void DeviceDialog::save()
{
    m_errors.clear();
    const client::DeviceFields f = fields();
    client::DevicesApi api(m_client);
    client::Call<client::Device> call;
    if (m_device) {
        const QJsonObject changes = f.changesFrom(*m_device);
        if (changes.isEmpty()) {
            accept();
            return;
        }
        call = api.update(m_device->id, changes);
    } else {
        call = api.create(f);
    }
    m_save->setEnabled(false);
    call.then(this, [this](const client::Reply<client::Device> &reply) {
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
