#include "devices/DevicesPage.h"

#include "ApiClient.h"
#include "AssetTypes.h"
#include "ChangeFeed.h"
#include "devices/DeviceDialog.h"
#include "devices/DeviceModel.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QUrlQuery>

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

} // namespace

DevicesPage::DevicesPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Devices"),
           tr("Removable media and portable machines: who holds each, whether it is encrypted "
              "and what it may carry."),
           theme::icon(theme::Icon::Pii), parent)
    , m_model(new DeviceModel(client, this))
    , m_proxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    header()->refreshButton()->setObjectName(QStringLiteral("devicesRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("devicesMessage"));
    QLineEdit *filter = useFilterField(QStringLiteral("devicesFilter"), {});
    m_proxy->setSourceModel(m_model);

    auto *bar = new FlowLayout;
    m_status = makeFilter(QStringLiteral("deviceStatusFilter"), tr("Devices to show"),
                          tr("Devices in use, retired ones, or all"),
                          {{tr("In use"), QStringLiteral("active")},
                           {tr("Retired"), QStringLiteral("retired")},
                           {tr("All devices"), QString()}},
                          this);
    m_use = makeFilter(QStringLiteral("deviceUseFilter"), tr("Approved use to show"),
                       tr("Only the devices approved for one use, or any"),
                       {{tr("Any use"), QString()},
                        {tr("No Amazon data"), QStringLiteral("none")},
                        {tr("Aggregates only"), QStringLiteral("aggregates_only")}},
                       this);
    m_encryption = makeFilter(QStringLiteral("deviceEncryptionFilter"), tr("Encryption to show"),
                              tr("Only encrypted devices, only unencrypted ones, or any"),
                              {{tr("Encrypted or not"), QString()},
                               {tr("Encrypted"), QStringLiteral("true")},
                               {tr("Not encrypted"), QStringLiteral("false")}},
                              this);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_status);
    bar->addWidget(showLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_use);
    bar->addWidget(m_encryption);
    bar->addStretch();
    m_add = new QPushButton(theme::icon(theme::Icon::Add), tr("&Register device…"), this);
    m_add->setObjectName(QStringLiteral("addDeviceButton"));
    describe(m_add, tr("Register device"),
             tr("Add a removable or portable device to the register"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_edit->setObjectName(QStringLiteral("editDeviceButton"));
    describe(m_edit, tr("Change device"),
             tr("Change the selected device's holder, encryption or approved use"));
    m_retire = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Re&tire…"), this);
    m_retire->setObjectName(QStringLiteral("retireDeviceButton"));
    describe(m_retire, tr("Retire device"),
             tr("Mark the selected device as no longer in use; it stays in the register"));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_retire);
    body()->addLayout(bar);

    m_view = new DataTableView(this);
    m_view->setObjectName(QStringLiteral("devicesTable"));
    describe(m_view, tr("Devices"),
             tr("The device register: holder, encryption and approved use of each device"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(DeviceModel::Label, Qt::AscendingOrder);
    body()->addWidget(m_view, 1);

    const bool manager = client->session().can(client::permission::AssetsManage);
    m_add->setVisible(manager);
    m_edit->setVisible(manager);
    m_retire->setVisible(manager);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateEmptyText();
    });
    for (QComboBox *combo : {m_status, m_use, m_encryption})
        connect(combo, &QComboBox::currentIndexChanged, this, &DevicesPage::filtersChanged);
    connect(m_add, &QPushButton::clicked, this, &DevicesPage::addDevice);
    connect(m_edit, &QPushButton::clicked, this, &DevicesPage::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &DevicesPage::retireSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesPage::updateActions);
    connect(m_model, &PagedTableModel::modelReset, this, &DevicesPage::updateActions);
    connect(m_model, &PagedTableModel::loadingChanged, this, &DevicesPage::updateEmptyText);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        messageBar()->showMessage(MessageBar::Kind::Error,
                                  tr("Could not load the devices: %1").arg(message));
        updateEmptyText();
        setLoaded();
    });
    connect(m_model, &PagedTableModel::loaded, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_view->fitColumns(DeviceModel::Label, 260);
            m_columnsFitted = true;
        }
        if (m_wantedId != 0) {
            selectDevice(m_wantedId);
            m_wantedId = 0;
        }
        updateEmptyText();
        setLoaded();
    });
    applyFilters();
    updateActions();
}

QStringList DevicesPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Devices)};
}

bool DevicesPage::open(const Destination &destination)
{
    if (destination.objectId != 0)
        return false;
    const QUrlQuery query(destination.filter);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockUse(m_use);
    const QSignalBlocker blockEncryption(m_encryption);
    m_status->setCurrentIndex(m_status->findData(QString()));
    m_use->setCurrentIndex(0);
    m_encryption->setCurrentIndex(0);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        QComboBox *combo = key == QLatin1String("status") ? m_status
            : key == QLatin1String("approved_use")        ? m_use
            : key == QLatin1String("encrypted")           ? m_encryption
                                                          : nullptr;
        const int index = combo ? combo->findData(value) : -1;
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
    }
    if (query.isEmpty())
        m_status->setCurrentIndex(m_status->findData(QStringLiteral("active")));
    filtersChanged();
    return true;
}

void DevicesPage::filtersChanged()
{
    applyFilters();
    refresh();
}

void DevicesPage::applyFilters()
{
    client::DeviceFilter filter;
    filter.status = m_status->currentData().toString();
    filter.approvedUse = m_use->currentData().toString();
    const QString encrypted = m_encryption->currentData().toString();
    if (!encrypted.isEmpty())
        filter.encrypted = encrypted == QLatin1String("true");
    m_model->setFilter(filter);
}

void DevicesPage::refresh()
{
    setLoading();
    m_model->reload();
}

void DevicesPage::updateEmptyText()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_view->setEmptyText(tr("Loading…"));
    else if (!m_model->errorString().isEmpty() && m_model->rowCount() == 0)
        m_view->setEmptyText(tr("Could not load the devices."));
    else if (m_model->rowCount() > 0)
        m_view->setEmptyText(tr("Nothing matches the filter."));
    else
        m_view->setEmptyText(tr("No devices match. Managers register them with “Register "
                                "device…”."));
}

const client::Device *DevicesPage::selectedDevice() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
}

bool DevicesPage::selectDevice(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void DevicesPage::updateActions()
{
    const client::Device *d = selectedDevice();
    m_edit->setEnabled(d != nullptr);
    m_retire->setEnabled(d && d->status == QLatin1String("active"));
}

DeviceDialog *DevicesPage::addDevice()
{
    auto *dialog
        = new DeviceDialog(m_client, std::nullopt, m_client->session().user.username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceDialog::saved, this, [this](const client::Device &device) {
        messageBar()->showMessage(MessageBar::Kind::Success,
                                  tr("Device “%1” registered.").arg(device.label));
        m_wantedId = device.id;
        refresh();
    });
    dialog->open();
    return dialog;
}

DeviceDialog *DevicesPage::editSelected()
{
    const client::Device *d = selectedDevice();
    if (!d)
        return nullptr;
    auto *dialog = new DeviceDialog(m_client, *d, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceDialog::saved, this, [this](const client::Device &device) {
        messageBar()->showMessage(MessageBar::Kind::Success,
                                  tr("Device “%1” changed.").arg(device.label));
        m_wantedId = device.id;
        refresh();
    });
    dialog->open();
    return dialog;
}

void DevicesPage::retireSelected()
{
    const client::Device *d = selectedDevice();
    if (!d)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Retire device"),
        tr("Retire “%1”? It stays in the register as no longer in use.").arg(d->label));
    if (answer == QMessageBox::Yes)
        retire(d->id);
}

void DevicesPage::retire(qint64 id)
{
    client::DevicesApi(m_client).retire(id).then(
        this, [this](const client::Reply<client::Device> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("The device could not be retired: %1").arg(reply.error.message));
                return;
            }
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("Device “%1” retired.").arg(reply.value.label));
            refresh();
        });
}

} // namespace cc::ui
