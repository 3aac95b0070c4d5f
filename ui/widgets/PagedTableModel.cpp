#include "widgets/PagedTableModel.h"

#include "ApiClient.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcModel, "compliance.ui.model", QtInfoMsg)

namespace cc::ui {

PagedTableModel::PagedTableModel(client::ApiClient *client, QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_path(std::move(path))
{ }

PagedTableModel::~PagedTableModel()
{
    if (m_job)
        m_job->disconnect(this);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page's rows are being inserted: whoever listens to rowsInserted (a model
    // tester, a proxy) would otherwise pull the next page from inside it, and the next, until
    // the whole list is read.
    return !parent.isValid() && m_loaded && !m_job && !m_appending && !m_nextAfter.isNull();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage(m_nextAfter);
}

void PagedTableModel::reload()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    beginResetModel();
    clearItems();
    m_loaded = false;
    m_nextAfter = QJsonValue::Null;
    m_errorString.clear();
    endResetModel();
    fetchPage(QJsonValue::Null);
}

void PagedTableModel::fetchPage(const QJsonValue &after)
{
    if (!m_client)
        return;
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!after.isNull()) {
        const QString value
            = after.isString() ? after.toString() : QString::number(after.toInteger());
        query.addQueryItem(QStringLiteral("after"), value);
    }
    m_job = m_client->get(m_path, query);
    emit loadingChanged(true);
    connect(m_job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (!job->ok()) {
            m_errorString = job->error().message;
            qCWarning(lcModel) << m_path << "failed:" << m_errorString;
            emit loadingChanged(false);
            emit errorOccurred(m_errorString);
            return;
        }
        m_errorString.clear();
        const QJsonObject page = job->json();
        m_nextAfter = page.value(QLatin1StringView("next_after"));
        if (m_nextAfter.isUndefined())
            m_nextAfter = QJsonValue::Null;
        m_appending = true;
        appendItems(page.value(QLatin1StringView("items")).toArray());
        m_appending = false;
        m_loaded = true;
        emit loadingChanged(false);
        emit loaded();
    });
}

} // namespace cc::ui
