#pragma once

// Amazon orders of one client, as the signed-in person's grants allow: the non-PII facts with
// an orders.nonpii grant, the buyer's PII only with "Show PII" and an active orders.pii grant
// (the grant and its reason are shown, and the server audits the read). Rows live in memory
// only; the one export is the anonymised aggregates (counts and sales per client, marketplace
// and day) as CSV — the policy allows anonymised figures on removable media, nothing else.

#include "widgets/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace cc::client {
class ApiClient;
struct Order;
} // namespace cc::client

namespace cc::ui {

class DataTableView;

class OrdersPage : public Page
{
    Q_OBJECT

public:
    explicit OrdersPage(client::ApiClient *client, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QLabel *grantLabel() const { return m_grant; }
    QStringList changeKinds() const override;

public slots:
    // The orders of the client in the field; with PII when "Show PII" is checked. Without a
    // client there is nothing to read.
    void refresh() override;
    void exportAggregates();

private:
    void showOrders(const QList<client::Order> &orders);

    QLineEdit *m_clientEdit = nullptr;
    QCheckBox *m_showPii = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_grant = nullptr;
    QStandardItemModel *m_model = nullptr;
    DataTableView *m_view = nullptr;
};

} // namespace cc::ui
