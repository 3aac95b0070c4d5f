#pragma once

// Incidents (GET /incidents) as a table, newest first: severity in colour, status, the
// Amazon-data marker and the clocks counting down (refreshed every 30 seconds without asking
// the server: due times do not move).

#include "IncidentsApi.h"
#include "widgets/PagedTableModel.h"
#include "widgets/Theme.h"

class QTimer;

namespace cc::ui {

class IncidentModel : public RecordTableModel<client::Incident>
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Severity,
        Title,
        Category,
        Status,
        AmazonData,
        AmazonClock,
        NextClock,
        Assignee,
        Detected,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit IncidentModel(client::ApiClient *client, QObject *parent = nullptr);

    // Which incidents the server lists; applies on reload().
    void setFilter(const client::IncidentFilter &filter) { m_filter = filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Severity as text colour (the table itself shows it as a badge).
    static theme::Tone severityTone(int severity);
    // "due in 5 h", "overdue by 2 h", "done": how a clock stands now.
    static QString clockText(const client::IncidentClock &clock, const QDateTime &now);

protected:
    client::Call<client::Page<client::Incident>> fetch(const client::PageRequest &page) override;

private:
    client::IncidentFilter m_filter;
    QTimer *m_tick = nullptr;
};

} // namespace cc::ui
