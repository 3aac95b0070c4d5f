#pragma once

// Incidents: the list (severity in colour, status, clocks counting down, the Amazon-data
// marker) and, for the selected one, its timeline, the response plan's checklist and the
// executives' acknowledgements. Anyone reports an incident; incident managers move it along
// the workflow; a notified executive acknowledges. What the buttons allow follows the caller's
// permissions; the server remains the judge.

#include "IncidentTypes.h"
#include "widgets/ListDetailPage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc::client {
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class FileDownload;
class IncidentModel;

class IncidentsPage : public ListDetailPage
{
    Q_OBJECT

public:
    explicit IncidentsPage(client::ApiClient *client, QWidget *parent = nullptr);

    IncidentModel *model() const { return m_model; }
    // The incident shown in the detail pane (read whole from GET /incidents/{id}).
    const client::Incident &detail() const { return m_detail; }
    QStringList changeKinds() const override;

public slots:
    void reportIncident();
    void advanceSelected();
    void acknowledgeSelected();
    void editDetail();
    void addNote();
    // Asks where, then saves the post-incident report (PDF) of the incident shown.
    void chooseReportFile();
    // Saves the post-incident report of the incident shown to path.
    void exportReport(const QString &path);

signals:
    void detailLoaded(qint64 id);
    void reportSaved(bool ok, const QString &message, const QString &sha256);

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_detail.id; }
    bool applyFilter(const QString &filter) override; // open, all, amazon
    void prepareReload() override;
    QString emptyText() const override;
    void fitColumns() override;
    void updateActions() override;

private:
    const client::Incident *selectedIncident() const;
    QWidget *makeDetailPane();
    void updateTask(QTreeWidgetItem *item, int column);
    void showDetail(const client::Incident &incident);

    IncidentModel *m_model;
    QComboBox *m_show = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_advance = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_exportReport = nullptr;
    FileDownload *m_download = nullptr;
    QLabel *m_tasksHint = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QTreeWidget *m_acknowledgements = nullptr;
    QPointer<client::ApiJob> m_detailJob;
    client::Incident m_detail;
    bool m_fillingTasks = false;
};

} // namespace cc::ui
