#pragma once

// Retention of Amazon PII and Amazon's deletion / return requests, for compliance officers:
// tiles with the PII held, due this week and overdue (a violation), the same per client, a
// sweep button with its progress and the last sweep's result, and the deletion requests with a
// live 72-hour countdown, a fulfil dialog and the evidence of fulfilled ones. The page shows
// counts and references only: no Amazon data reaches it, and it writes nothing to disk.

#include "RetentionApi.h"
#include "widgets/Page.h"

#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace cc::ui {

class DataTableView;
class Tile;

class RetentionPage : public Page
{
    Q_OBJECT

public:
    explicit RetentionPage(client::ApiClient *client, QWidget *parent = nullptr);

    QStandardItemModel *clientModel() const { return m_clients; }
    QStandardItemModel *requestModel() const { return m_requests; }
    DataTableView *requestView() const { return m_requestView; }
    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    void sweep();
    void fulfilSelected();

private:
    void showStatus(const client::RetentionStatus &status);
    void showRequests(const QList<client::DeletionRequest> &requests);
    void updateCountdowns();
    void updateActions();
    void partLoaded();
    const client::DeletionRequest *selectedRequest() const;

    Tile *m_held = nullptr;
    Tile *m_due = nullptr;
    Tile *m_overdue = nullptr;
    QLabel *m_lastSweep = nullptr;
    QPushButton *m_sweep = nullptr;
    QProgressBar *m_progress = nullptr;
    QStandardItemModel *m_clients = nullptr;
    QStandardItemModel *m_requests = nullptr;
    DataTableView *m_clientView = nullptr;
    DataTableView *m_requestView = nullptr;
    QPushButton *m_fulfil = nullptr;
    QLabel *m_evidence = nullptr;
    QTimer *m_countdown = nullptr;
    QList<client::DeletionRequest> m_requestItems;
    int m_pending = 0; // answers still awaited since refresh()
};

} // namespace cc::ui
