#pragma once

// Retention of Amazon PII and Amazon's deletion / return requests, for compliance officers:
// tiles with the PII held, due this week and overdue (a violation), the same per client, a
// sweep button with its progress and the last sweep's result, and the deletion requests with a
// live 72-hour countdown, recording a new one, fulfilling one and the evidence of fulfilled
// ones. The page shows counts and references only: no Amazon data reaches it in the clear.
// The only thing it writes to disk is a return's archive, sealed by the server with the
// passphrase asked for here, where the person chooses; the save is audited by its SHA-256.

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
    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    void sweep();
    void recordRequest();
    void fulfilSelected();

signals:
    // A return's archive was written to path and the server audited its SHA-256 (ok), or
    // why not.
    void archiveSaved(bool ok, const QString &path, const QString &sha256);

private:
    void showStatus(const client::RetentionStatus &status);
    void showRequests(const QList<client::DeletionRequest> &requests);
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
    QList<client::DeletionRequest> m_requestItems;
    int m_pending = 0; // answers still awaited since refresh()
    client::Policy m_policy; // due hours and the passphrase length; read on the first refresh
};

} // namespace cc::ui
