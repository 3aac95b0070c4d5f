#pragma once

// The register of removable media and portable machines (docs/api.md, "Devices"): every
// device with its holder, encryption and approved use, filters by status, use and encryption
// (the server's), and for holders of assets:manage registering, changing and retiring devices.
// Others see the devices they hold.

#include "DevicesApi.h"
#include "widgets/Page.h"

class QComboBox;
class QPushButton;

namespace cc::ui {

class DataTableView;
class DeviceDialog;
class DeviceModel;
class TableFilterProxy;

class DevicesPage : public Page
{
    Q_OBJECT

public:
    explicit DevicesPage(client::ApiClient *client, QWidget *parent = nullptr);

    DeviceModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *useFilter() const { return m_use; }
    QComboBox *encryptionFilter() const { return m_encryption; }
    const client::Device *selectedDevice() const;
    bool selectDevice(qint64 id);

    // "devices?status=active&approved_use=aggregates_only&encrypted=false": the list's own
    // query string (docs/api.md), as a control's evidence names it.
    bool open(const Destination &destination) override;
    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    // The dialogs are opened, not run: a test fills them in and presses their buttons.
    DeviceDialog *addDevice();
    DeviceDialog *editSelected();
    void retireSelected();
    void retire(qint64 id);

private:
    void updateActions();
    void updateEmptyText();
    void filtersChanged(); // applied and read again
    void applyFilters(); // to the model, for its next reload

    DeviceModel *m_model;
    TableFilterProxy *m_proxy;
    DataTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_use = nullptr;
    QComboBox *m_encryption = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    qint64 m_wantedId = 0;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
