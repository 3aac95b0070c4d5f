#pragma once

// Monitoring: the alerts the server's rules raised (repeated failed sign-ins, unusual PII
// volume, access without a grant, new or concurrent addresses, offboarded accounts, unused
// grants, refused requests), open ones first by default, with the selected alert's detail. A
// compliance officer acknowledges an alert with a note; the server remains the judge.

#include "AlertTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AlertModel;
class DataTableView;
class MessageBar;
class TableFilterProxy;

class MonitoringPage : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringPage(client::ApiClient *client, QWidget *parent = nullptr);

    AlertModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    bool hasLoaded() const { return m_loaded; }
    const client::Alert &detail() const { return m_detail; } // the alert on show
    bool selectAlert(qint64 id);
    // Shows the alert in the detail pane, selecting its row when the list holds it (a
    // notification may name one the filter hides).
    void openAlert(qint64 id);

public slots:
    void refresh();
    void acknowledgeShown();

signals:
    void loaded();
    void detailShown(qint64 id);

private:
    const client::Alert *selectedAlert() const;
    void requestDetail(qint64 id);
    void showDetail(const client::Alert &alert);
    void updateActions();

    client::ApiClient *m_client;
    AlertModel *m_model;
    TableFilterProxy *m_proxy;
    QComboBox *m_show = nullptr;
    QPushButton *m_acknowledge = nullptr;
    MessageBar *m_message = nullptr;
    DataTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPointer<client::ApiJob> m_detailJob;
    client::Alert m_detail;
    qint64 m_pendingOpen = 0; // to select once the list has loaded
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
