#pragma once

// What waits for the signed-in person (GET /me/tasks, docs/api.md "My tasks"): requests to
// decide, review items, assets due, breaches and alerts to acknowledge, deletion requests,
// vulnerabilities due and failing controls, soonest due first.

#include "ApiCall.h"

#include <QDateTime>
#include <QString>

namespace cc::client {

class ApiClient;

// The kinds of task, as the API names them.
namespace task {
inline constexpr char AccessRequest[] = "access_request";
inline constexpr char AccessReviewItem[] = "access_review_item";
inline constexpr char AssetReview[] = "asset_review";
inline constexpr char BreachAcknowledgement[] = "breach_acknowledgement";
inline constexpr char Alert[] = "alert";
inline constexpr char DeletionRequest[] = "deletion_request";
inline constexpr char Vulnerability[] = "vulnerability";
inline constexpr char Control[] = "control";
} // namespace task

struct Task
{
    QString kind;
    QString title;
    QString objectType;
    QString objectId; // a number, or a control id such as MOAJ-IR-01
    QDateTime dueAt; // invalid: no deadline
    QDateTime createdAt;

    bool isOverdue(const QDateTime &now) const { return dueAt.isValid() && dueAt < now; }
    static Task fromJson(const QJsonObject &json);
};

// A task's kind as a word for a person ("Access request").
QString taskKindLabel(const QString &kind);

class TasksApi
{
public:
    explicit TasksApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<Task>> tasks(const PageRequest &page) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
