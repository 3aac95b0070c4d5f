#pragma once

// What waits for the signed-in person (GET /me/tasks) as a table, soonest due first as the
// server sorts it: the kind as a word, what to do, when it is due (overdue in the bad tone,
// bold) and since when it waits.

#include "TasksApi.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

struct Destination;

class TaskModel : public RecordTableModel<client::Task>
{
    Q_OBJECT

public:
    enum Column { Kind, Title, Due, Created, ColumnCount };
    Q_ENUM(Column)

    explicit TaskModel(client::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The page and object a task opens ("access/7", "controls?MOAJ-IR-01").
    static Destination destination(const client::Task &task);
    // The navigation's page id where tasks of this kind are done ("access").
    static QString pageOf(const QString &kind);

protected:
    client::Call<client::Page<client::Task>> fetch(const client::PageRequest &page) override;

private:
    QDateTime now() const;
};

} // namespace cc::ui
