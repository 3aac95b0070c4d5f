#pragma once

// Retention of Amazon PII and Amazon's deletion / return requests, for compliance officers:
// tiles with the PII held, due this week and overdue (a violation), the same per client, a
// sweep button with its progress and the last sweep's result, and the deletion requests with a
// live 72-hour countdown, recording a new one, fulfilling one and the evidence of fulfilled
// ones. The page shows counts and references only: no Amazon data reaches it in the clear.
// The only thing it writes to disk is a return's archive, sealed by the server with the
// passphrase asked for here, where the person chooses; the save is audited by its SHA-256.
// Below them, each client's legal hold (which keeps its non-PII order facts past
// non_pii_retention_months) with Set hold… and Release…, and the anonymised daily aggregates
// the sweep kept of the order facts it deleted.

#include "ApiTypes.h"
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
    QStandardItemModel *holdModel() const { return m_holds; }
    DataTableView *holdView() const { return m_holdView; }
    QStandardItemModel *aggregateModel() const { return m_aggregates; }
    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    void sweep();
    void recordRequest();
    void fulfilSelected();
    void setHoldOnSelected();
    void releaseSelectedHold();

signals:
    // A return's archive was written to path and the server audited its SHA-256 (ok), or
    // why not.
    void archiveSaved(bool ok, const QString &path, const QString &sha256);

private:
    void showStatus(const client::RetentionStatus &status);
    void showRequests(const QList<client::DeletionRequest> &requests);
    void showHolds();
    void showAggregates(const QList<client::DailyAggregate> &aggregates);
    QString selectedClient() const;
    const client::LegalHold *holdOf(const QString &client) const;
    void updateCountdowns();
    void updateActions();
    void partLoaded();
    const client::DeletionRequest *selectedRequest() const;
    bool confirmFulfilment(const client::DeletionRequest &request);
    void fulfilDeletion(const client::DeletionRequest &request);
    void fulfilReturn(const client::DeletionRequest &request);
    void saveArchive(const client::DeletionRequest &request, const QByteArray &archive,
                     QString path);

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
    QPushButton *m_record = nullptr;
    QPushButton *m_fulfil = nullptr;
    QLabel *m_evidence = nullptr;
    QTimer *m_countdown = nullptr;
    QStandardItemModel *m_holds = nullptr;
    DataTableView *m_holdView = nullptr;
    QPushButton *m_setHold = nullptr;
    QPushButton *m_releaseHold = nullptr;
    QStandardItemModel *m_aggregates = nullptr;
    DataTableView *m_aggregateView = nullptr;
    QList<client::DeletionRequest> m_requestItems;
    QStringList m_clientNames; // the registered clients: one row each in m_holds
    QList<client::LegalHold> m_holdItems; // those in force
    int m_pending = 0; // answers still awaited since refresh()
    client::Policy m_policy; // due hours and the passphrase length; read on the first refresh
};

} // namespace cc::ui
