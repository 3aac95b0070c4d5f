#pragma once

// Amazon orders of one client, as the signed-in person's grants allow: the non-PII facts with
// an orders.nonpii grant, the buyer's PII only with "Show PII" and an active orders.pii grant
// (the grant and its reason are shown, and the server audits the read). Rows live in memory
// only; the one export is the anonymised aggregates (counts and sales per client, marketplace
// and day) as CSV — the policy allows anonymised figures on removable media, nothing else.

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class DataTableView;
class MessageBar;

class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(client::ApiClient *client, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QLabel *grantLabel() const { return m_grant; }
    MessageBar *messageBar() const { return m_message; }
    // The aggregates as CSV text (the Export button writes exactly this).
    static QByteArray aggregatesCsv(const QJsonObject &answer);

public slots:
    void load(); // the client in the field; with PII when "Show PII" is checked
    void exportAggregates();

signals:
    void ordersLoaded();

private:
    client::ApiClient *m_client;
    MessageBar *m_message = nullptr;
    QLineEdit *m_clientEdit = nullptr;
    QCheckBox *m_showPii = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_grant = nullptr;
    QStandardItemModel *m_model = nullptr;
    DataTableView *m_view = nullptr;
};

} // namespace cc::ui
