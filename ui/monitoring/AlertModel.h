#pragma once

// Monitoring alerts (GET /alerts) as a table, newest first: the rule, severity in colour, whom
// it is about, how many events it counts, when it was raised and whether it is acknowledged.

#include "AlertTypes.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class AlertModel : public RecordTableModel<client::Alert>
{
    Q_OBJECT

public:
    enum Column { Rule, Severity, Subject, Count, Raised, Status, ColumnCount };
    Q_ENUM(Column)

    explicit AlertModel(client::ApiClient *client, QObject *parent = nullptr);

    // "open" or empty for every alert; applies on reload().
    void setStatus(const QString &status) { m_status = status; }
    // One rule's alerts ("unused_grant"), or empty for every rule; applies on reload().
    void setRule(const QString &rule) { m_rule = rule; }
    QString rule() const { return m_rule; }

    // Puts the server's answer (after an acknowledgement) in place of the row it describes.
    void updateAlert(const client::Alert &alert);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityLabel(const QString &severity);
    static QString statusLabel(const client::Alert &alert);

protected:
    client::Call<client::Page<client::Alert>> fetch(const client::PageRequest &page) override;

private:
    QString m_rule;
    QString m_status;
};

} // namespace cc::ui
