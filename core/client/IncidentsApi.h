#pragma once

// Incidents (docs/api.md, "Incidents, breach notification and clocks"): reporting, the
// workflow, the timeline and checklist, and the executives' acknowledgements.

#include "ApiCall.h"
#include "IncidentTypes.h"

#include <optional>

class QIODevice;

namespace cc::client {

class ApiClient;

struct NewIncident
{
    QString title;
    QString description;
    int severity = 3;
    QString category;
    QDateTime detectedAt;
    bool involvesAmazonData = false;
};

// PATCH /incidents/{id}: only the fields set are sent, so the timeline records what changed.
struct IncidentChanges
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<int> severity;
    std::optional<QString> category;
    std::optional<QString> assignee; // a username; empty for nobody
    bool flagAmazonData = false; // the flag can be set, never cleared
    std::optional<QDateTime> amazonNotifiedAt;
    std::optional<QString> amazonReference;

    bool isEmpty() const
    {
        return !title && !description && !severity && !category && !assignee && !flagAmazonData
            && !amazonNotifiedAt && !amazonReference;
    }
};

struct IncidentFilter
{
    bool openOnly = false;
    bool amazonDataOnly = false;
};

class IncidentsApi
{
public:
    explicit IncidentsApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<Incident>> list(const IncidentFilter &filter, const PageRequest &page) const;
    Call<Incident> get(qint64 id) const; // with timeline, tasks and acknowledgements
    Call<Incident> report(const NewIncident &incident) const;
    Call<Incident> update(qint64 id, const IncidentChanges &changes) const;
    // To the workflow's next status, or back to triage with a reason (reopening).
    Call<Incident> moveTo(qint64 id, const QString &status, const QString &reason) const;
    Call<Incident> addNote(qint64 id, const QString &note) const;
    Call<Incident> setTaskDone(qint64 id, const QString &task, bool done) const;
    Call<Incident> setTaskOwner(qint64 id, const QString &task, const QString &owner) const;
    Call<Incident> acknowledge(qint64 id) const; // a notified executive
    // GET /incidents/{id}/report: the post-incident report (application/pdf), written to sink.
    Call<Done> postIncidentReport(qint64 id, QIODevice *sink) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
