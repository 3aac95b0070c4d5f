#include "orders/OrdersPage.h"

#include "ApiClient.h"
#include "widgets/DataTableView.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

enum Column { OrderId, Purchased, Fulfilled, Marketplace, Total, Pii, Buyer, Address, Columns };

QString csvField(const QString &value)
{
    QString v = value;
    // Spreadsheets run a cell that starts with these.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return v;
}

} // namespace

OrdersPage::OrdersPage(client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("ordersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    auto *header = new PageHeader(tr("Orders"),
                                  tr("Amazon orders of a client, as your grants allow. Buyer PII "
                                     "is shown only with an orders.pii grant, and every read is "
                                     "audited with the grant's reason."),
                                  this);
    header->filter()->hide();
    connect(header->refreshButton(), &QPushButton::clicked, this, &OrdersPage::load);
    layout->addWidget(header);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Client:"), this));
    m_clientEdit = new QLineEdit(this);
    m_clientEdit->setObjectName(QStringLiteral("clientEdit"));
    m_clientEdit->setPlaceholderText(tr("Client account, e.g. Northwind Outdoor EU"));
    m_clientEdit->setMinimumWidth(260);
    connect(m_clientEdit, &QLineEdit::returnPressed, this, &OrdersPage::load);
    row->addWidget(m_clientEdit);
    m_showPii = new QCheckBox(tr("Show PII (needs an orders.pii grant; audited)"), this);
    m_showPii->setObjectName(QStringLiteral("showPii"));
    row->addWidget(m_showPii);
    m_load = new QPushButton(tr("Show orders"), this);
    m_load->setObjectName(QStringLiteral("loadOrders"));
    connect(m_load, &QPushButton::clicked, this, &OrdersPage::load);
    row->addWidget(m_load);
    row->addStretch(1);
    m_export = new QPushButton(tr("Export aggregates (CSV)…"), this);
    m_export->setObjectName(QStringLiteral("exportAggregates"));
    m_export->setToolTip(tr("Anonymised totals per client, marketplace and day: the only Amazon "
                            "data the console writes to a file"));
    connect(m_export, &QPushButton::clicked, this, &OrdersPage::exportAggregates);
    row->addWidget(m_export);
    layout->addLayout(row);

    m_grant = new QLabel(this);
    m_grant->setObjectName(QStringLiteral("grantReason"));
    m_grant->setWordWrap(true);
    layout->addWidget(m_grant);

    m_model = new QStandardItemModel(0, Columns, this);
    m_model->setHorizontalHeaderLabels({tr("Amazon order"), tr("Purchased"), tr("Fulfilled"),
                                        tr("Marketplace"), tr("Total"), tr("PII"), tr("Buyer"),
                                        tr("Ship to")});
    m_view = new DataTableView(this);
    m_view->setObjectName(QStringLiteral("ordersTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false);
    m_view->setEmptyText(tr("Enter a client account you hold a grant for."));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
}

void OrdersPage::load()
{
    const QString clientName = m_clientEdit->text().trimmed();
    if (clientName.isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client"), clientName);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (m_showPii->isChecked())
        query.addQueryItem(QStringLiteral("include"), QStringLiteral("pii"));
    m_load->setEnabled(false);
    client::ApiJob *job = m_client->get(QStringLiteral("/orders"), query);
    connect(job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        m_load->setEnabled(true);
        m_model->removeRows(0, m_model->rowCount());
        m_grant->clear();
        if (!job->ok()) {
            m_message->showMessage(MessageBar::Kind::Error, job->error().message);
            emit ordersLoaded();
            return;
        }
        m_message->clear();
        QString grantReason;
        qint64 grantId = 0;
        for (const QJsonValue &v : job->json().value(QLatin1String("items")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject pii = o.value(QLatin1String("pii")).toObject();
            const QJsonObject ship = pii.value(QLatin1String("shipping_address")).toObject();
            if (o.value(QLatin1String("grant_id")).isDouble()) {
                grantId = o.value(QLatin1String("grant_id")).toInteger();
                grantReason = o.value(QLatin1String("grant_reason")).toString();
            }
            QString piiState = tr("purged");
            if (!pii.isEmpty())
                piiState = tr("shown");
            else if (o.value(QLatin1String("pii_held")).toBool())
                piiState = tr("held, due %1")
                               .arg(format::dateTime(QDateTime::fromString(
                                   o.value(QLatin1String("pii_due_at")).toString(), Qt::ISODate)));
            QStringList address;
            for (const char *key :
                 {"name", "address_line1", "city", "postal_code", "country_code"}) {
                const QString part = ship.value(QLatin1String(key)).toString();
                if (!part.isEmpty())
                    address << part;
            }
            QList<QStandardItem *> row;
            row << new QStandardItem(o.value(QLatin1String("amazon_order_id")).toString())
                << new QStandardItem(format::dateTime(QDateTime::fromString(
                       o.value(QLatin1String("purchase_date")).toString(), Qt::ISODate)))
                << new QStandardItem(format::dateTime(QDateTime::fromString(
                       o.value(QLatin1String("fulfilled_at")).toString(), Qt::ISODate)))
                << new QStandardItem(o.value(QLatin1String("marketplace")).toString())
                << new QStandardItem(o.value(QLatin1String("order_total")).toString()
                                     + QLatin1Char(' ')
                                     + o.value(QLatin1String("currency")).toString())
                << new QStandardItem(piiState)
                << new QStandardItem(pii.isEmpty()
                                         ? QStringLiteral("—")
                                         : QStringLiteral("%1 <%2>").arg(
                                             pii.value(QLatin1String("buyer_name")).toString(),
                                             pii.value(QLatin1String("buyer_email")).toString()))
                << new QStandardItem(address.isEmpty() ? QStringLiteral("—")
                                                       : address.join(QStringLiteral(", ")));
            m_model->appendRow(row);
        }
        if (grantId != 0)
            m_grant->setText(
                tr("PII shown under grant %1 — reason: %2").arg(grantId).arg(grantReason));
        else if (m_showPii->isChecked())
            m_grant->setText(tr("No active orders.pii grant for this client: PII is not shown. "
                                "Request access on the Access page, with a reason."));
        m_view->setEmptyText(tr("No orders for this client."));
        emit ordersLoaded();
    });
}

QByteArray OrdersPage::aggregatesCsv(const QJsonObject &answer)
{
    QString csv = QStringLiteral("client,marketplace,day,currency,orders,sales\n");
    for (const QJsonValue &v : answer.value(QLatin1String("items")).toArray()) {
        const QJsonObject a = v.toObject();
        csv += QStringList {csvField(a.value(QLatin1String("client")).toString()),
                            csvField(a.value(QLatin1String("marketplace")).toString()),
                            a.value(QLatin1String("day")).toString(),
                            a.value(QLatin1String("currency")).toString(),
                            QString::number(a.value(QLatin1String("orders")).toInteger()),
                            a.value(QLatin1String("sales")).toString()}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

void OrdersPage::exportAggregates()
{
    client::ApiJob *job = m_client->get(QStringLiteral("/orders/aggregates"));
    connect(job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        if (!job->ok()) {
            m_message->showMessage(MessageBar::Kind::Error, job->error().message);
            return;
        }
        const QByteArray csv = aggregatesCsv(job->json());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export anonymised aggregates"),
                                                          QStringLiteral("order-aggregates.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(csv) != csv.size()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Exported the anonymised aggregates to %1.").arg(path));
    });
}

} // namespace cc::ui
