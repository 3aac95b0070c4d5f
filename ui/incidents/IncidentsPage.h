#pragma once

// Incidents: the list (severity in colour, status, clocks counting down, the Amazon-data
// marker) and, for the selected one, its timeline, the response plan's checklist and the
// executives' acknowledgements. Anyone reports an incident; incident managers move it along
// the workflow; a notified executive acknowledges. What the buttons allow follows the caller's
// permissions; the server remains the judge.

#include "IncidentTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class DataTableView;
class IncidentModel;
class MessageBar;
class TableFilterProxy;

class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(client::ApiClient *client, QWidget *parent = nullptr);

    IncidentModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    bool hasLoaded() const { return m_loaded; }
    // The incident shown in the detail pane (read whole from GET /incidents/{id}).
    const client::Incident &detail() const { return m_detail; }
    bool selectIncident(qint64 id);
    // Shows the incident in the detail pane, selecting its row when the list holds it (a
    // notification may name one the current filter hides).
    void openIncident(qint64 id);

public slots:
    void refresh();
    void reportIncident();
    void advanceSelected();
    void acknowledgeSelected();
    void editDetail();
    void addNote();

signals:
    void loaded();
    void detailLoaded(qint64 id);

private:
    const client::Incident *selectedIncident() const;
    void loadDetail();
    void requestDetail(qint64 id);
    void updateTask(QTreeWidgetItem *item, int column);
    void showDetail(const client::Incident &incident);
    void updateActions();

    client::ApiClient *m_client;
    IncidentModel *m_model;
    TableFilterProxy *m_proxy;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_show = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_advance = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_note = nullptr;
    QLabel *m_tasksHint = nullptr;
    MessageBar *m_message = nullptr;
    DataTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QTreeWidget *m_acknowledgements = nullptr;
    QPointer<client::ApiJob> m_detailJob;
    client::Incident m_detail;
    qint64 m_pendingOpen = 0; // to select once the list has loaded
    bool m_fillingTasks = false;
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
