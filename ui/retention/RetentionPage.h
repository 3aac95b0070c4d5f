#pragma once

// Retention of Amazon PII and Amazon's deletion / return requests, for compliance officers:
// tiles with the PII held, due this week and overdue (a violation), the same per client, a
// sweep button with its progress and the last sweep's result, and the deletion requests with a
// live 72-hour countdown, a fulfil dialog and the evidence of fulfilled ones. The page shows
// counts and references only: no Amazon data reaches it, and it writes nothing to disk.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class DataTableView;
class MessageBar;

class RetentionPage : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPage(client::ApiClient *client, QWidget *parent = nullptr);

    bool hasLoaded() const { return m_statusLoaded && m_requestsLoaded; }
    QStandardItemModel *clientModel() const { return m_clients; }
    QStandardItemModel *requestModel() const { return m_requests; }
    DataTableView *requestView() const { return m_requestView; }
    MessageBar *messageBar() const { return m_message; }

public slots:
    void refresh();
    void sweep();
    void fulfilSelected();

signals:
    void loaded();

private:
    void showStatus(const QJsonObject &status);
    void showRequests(const QJsonArray &items);
    void updateCountdowns();
    void updateActions();
    const QJsonObject *selectedRequest() const;

    client::ApiClient *m_client;
    MessageBar *m_message = nullptr;
    QLabel *m_held = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_overdue = nullptr;
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
    QList<QJsonObject> m_requestItems;
    bool m_statusLoaded = false;
    bool m_requestsLoaded = false;
};

} // namespace cc::ui
