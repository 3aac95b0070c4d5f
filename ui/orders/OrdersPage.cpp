#include "orders/OrdersPage.h"

#include "ApiClient.h"
#include "OrdersApi.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

enum Column { OrderId, Purchased, Fulfilled, Marketplace, Total, Pii, Buyer, Address, Columns };

} // namespace

OrdersPage::OrdersPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Orders"),
           tr("Amazon orders of a client, as your grants allow. Buyer PII is shown only with an "
              "orders.pii grant, and every read is audited with the grant's reason."),
           theme::icon(theme::Icon::Pii), parent)
{
    setObjectName(QStringLiteral("ordersPage"));
    messageBar()->setObjectName(QStringLiteral("ordersMessage"));

    auto *row = new FlowLayout;
    row->addWidget(new QLabel(tr("Client:"), this));
    m_clientEdit = new QLineEdit(this);
    m_clientEdit->setObjectName(QStringLiteral("clientEdit"));
    describe(m_clientEdit, tr("Client account"), tr("The client account whose orders to show"));
    m_clientEdit->setPlaceholderText(tr("Client account, e.g. Northwind Outdoor EU"));
    m_clientEdit->setMinimumWidth(260);
    connect(m_clientEdit, &QLineEdit::returnPressed, this, &OrdersPage::refresh);
    row->addWidget(m_clientEdit);
    m_showPii = new QCheckBox(tr("Show PII (needs an orders.pii grant; audited)"), this);
    m_showPii->setObjectName(QStringLiteral("showPii"));
    describe(m_showPii, tr("Show PII"),
             tr("Include the buyers' personal data; needs an orders.pii grant, and the read is "
                "audited"));
    row->addWidget(m_showPii);
    m_load = new QPushButton(tr("Show orders"), this);
    m_load->setObjectName(QStringLiteral("loadOrders"));
    describe(m_load, tr("Show orders"), tr("Read the client's orders from the server"));
    connect(m_load, &QPushButton::clicked, this, &OrdersPage::refresh);
    row->addWidget(m_load);
    row->addStretch();
    m_export = new QPushButton(tr("Export aggregates (CSV)…"), this);
    m_export->setObjectName(QStringLiteral("exportAggregates"));
    describe(m_export, tr("Export aggregates"),
             tr("Save anonymised totals per client, marketplace and day as CSV"));
    m_export->setToolTip(tr("Anonymised totals per client, marketplace and day: the only Amazon "
                            "data the console writes to a file"));
    connect(m_export, &QPushButton::clicked, this, &OrdersPage::exportAggregates);
    row->addWidget(m_export);
    body()->addLayout(row);

    m_grant = new QLabel(this);
    m_grant->setObjectName(QStringLiteral("grantReason"));
    m_grant->setWordWrap(true);
    body()->addWidget(m_grant);

    m_model = new QStandardItemModel(0, Columns, this);
    m_model->setHorizontalHeaderLabels({tr("Amazon order"), tr("Purchased"), tr("Fulfilled"),
                                        tr("Marketplace"), tr("Total"), tr("PII"), tr("Buyer"),
                                        tr("Ship to")});
    m_view = new DataTableView(this);
    m_view->setObjectName(QStringLiteral("ordersTable"));
    describe(m_view, tr("Orders"), tr("The client's Amazon orders"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false);
    m_view->setEmptyText(tr("Enter a client account you hold a grant for."));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    body()->addWidget(m_view, 1);
}

QStringList OrdersPage::changeKinds() const
{
    // None: reading orders is reading Amazon PII, audited and marking grants as used, so it
    // happens only when the person asks (Load, F5), never because something changed.
    return {};
}

void OrdersPage::refresh()
{
    const QString clientName = m_clientEdit->text().trimmed();
    if (clientName.isEmpty()) {
        setLoaded();
        return;
    }
    setLoading();
    m_load->setEnabled(false);
    client::OrdersApi(m_client)
        .list(clientName, m_showPii->isChecked(), {QString(), 500})
        .then(this, [this](const client::Reply<client::Page<client::Order>> &reply) {
            m_load->setEnabled(true);
            m_model->removeRows(0, m_model->rowCount());
            m_grant->clear();
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                setLoaded();
                return;
            }
            messageBar()->clear();
            showOrders(reply.value.items);
            setLoaded();
        });
}

void OrdersPage::showOrders(const QList<client::Order> &orders)
{
    QString grantReason;
    qint64 grantId = 0;
    for (const client::Order &o : orders) {
        if (o.grantId != 0) {
            grantId = o.grantId;
            grantReason = o.grantReason;
        }
        QString piiState = tr("purged");
        if (o.piiShown)
            piiState = tr("shown");
        else if (o.piiHeld)
            piiState = tr("held, due %1").arg(format::dateTime(o.piiDueAt));
        QList<QStandardItem *> row;
        row << new QStandardItem(o.amazonOrderId)
            << new QStandardItem(format::dateTime(o.purchasedAt))
            << new QStandardItem(format::dateTime(o.fulfilledAt))
            << new QStandardItem(o.marketplace)
            << new QStandardItem(o.orderTotal + QLatin1Char(' ') + o.currency)
            << new QStandardItem(piiState)
            << new QStandardItem(
                   o.piiShown ? QStringLiteral("%1 <%2>").arg(o.pii.buyerName, o.pii.buyerEmail)
                              : QStringLiteral("—"))
            << new QStandardItem(o.pii.shippingAddress.isEmpty()
                                     ? QStringLiteral("—")
                                     : o.pii.shippingAddress.join(QStringLiteral(", ")));
        m_model->appendRow(row);
    }
    if (grantId != 0)
        m_grant->setText(tr("PII shown under grant %1 — reason: %2").arg(grantId).arg(grantReason));
    else if (m_showPii->isChecked())
        m_grant->setText(tr("No active orders.pii grant for this client: PII is not shown. "
                            "Request access on the Access page, with a reason."));
    m_view->setEmptyText(tr("No orders for this client."));
}

void OrdersPage::exportAggregates()
{
    client::OrdersApi(m_client).aggregates().then(
        this, [this](const client::Reply<client::OrderAggregates> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            const QByteArray csv = reply.value.toCsv();
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export anonymised aggregates"), QStringLiteral("order-aggregates.csv"),
                tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(csv) != csv.size()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("Could not write %1: %2").arg(path, file.errorString()));
                return;
            }
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("Exported the anonymised aggregates to %1.").arg(path));
        });
}

} // namespace cc::ui
