#pragma once

// Incidents (GET /incidents) as a table, newest first: severity in colour, status, the
// Amazon-data marker and the clocks counting down (refreshed every 30 seconds without asking
// the server: due times do not move).

#include "IncidentTypes.h"
#include "widgets/PagedTableModel.h"

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

    int rowOf(qint64 id) const; // -1 when absent

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityLabel(int severity); // "1 · Critical"
    static QColor severityColor(int severity);
    static QString statusLabel(const QString &status);
    static QString categoryLabel(const QString &category);
    // "due in 5 h", "overdue by 2 h", "done": how a clock stands now.
    static QString clockText(const client::IncidentClock &clock, const QDateTime &now);

private:
    QTimer *m_tick = nullptr;
};

} // namespace cc::ui
