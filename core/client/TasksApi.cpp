#include "TasksApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"

#include <QCoreApplication>

namespace cc::client {

Task Task::fromJson(const QJsonObject &json)
{
    Task t;
    t.kind = json.value(QLatin1StringView("kind")).toString();
    t.title = json.value(QLatin1StringView("title")).toString();
    t.objectType = json.value(QLatin1StringView("object_type")).toString();
    const QJsonValue id = json.value(QLatin1StringView("object_id"));
    t.objectId = id.isString() ? id.toString() : QString::number(id.toInteger());
    t.dueAt = parseTime(json.value(QLatin1StringView("due_at")));
    t.createdAt = parseTime(json.value(QLatin1StringView("created_at")));
    return t;
}

QString taskKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QLatin1String(task::AccessRequest),
         QT_TRANSLATE_NOOP("cc::client::Task", "Access request")},
        {QLatin1String(task::AccessReviewItem),
         QT_TRANSLATE_NOOP("cc::client::Task", "Access review")},
        {QLatin1String(task::AssetReview), QT_TRANSLATE_NOOP("cc::client::Task", "Asset review")},
        {QLatin1String(task::BreachAcknowledgement),
         QT_TRANSLATE_NOOP("cc::client::Task", "Breach notice")},
        {QLatin1String(task::Alert), QT_TRANSLATE_NOOP("cc::client::Task", "Alert")},
        {QLatin1String(task::DeletionRequest),
         QT_TRANSLATE_NOOP("cc::client::Task", "Deletion request")},
        {QLatin1String(task::Vulnerability),
         QT_TRANSLATE_NOOP("cc::client::Task", "Vulnerability")},
        {QLatin1String(task::Control), QT_TRANSLATE_NOOP("cc::client::Task", "Control")},
    };
    const char *label = labels.value(kind);
    return label ? QCoreApplication::translate("cc::client::Task", label) : kind;
}

Call<Page<Task>> TasksApi::tasks(const PageRequest &page) const
{
    return Call<Page<Task>>(m_client->get(QStringLiteral("/me/tasks"), pageQuery(page)));
}

} // namespace cc::client
