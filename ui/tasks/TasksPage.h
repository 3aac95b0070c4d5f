#pragma once

// Everyone's home page: what waits for the signed-in person (GET /me/tasks) — requests to
// decide, review items, assets due, breaches and alerts to acknowledge, deletion requests,
// failing controls — soonest due first, overdue ones in bold. Opening an item shows the object
// behind it on its own page, through the navigator; the server decides what each person sees.

#include "widgets/Page.h"

class QLabel;
class QPushButton;

namespace cc::ui {

class DataTableView;
class TaskModel;

class TasksPage : public Page
{
    Q_OBJECT

public:
    explicit TasksPage(client::ApiClient *client, QWidget *parent = nullptr);

    TaskModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    void openSelected();

private:
    void updateTexts();
    void updateActions();

    TaskModel *m_model;
    DataTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_open;
};

} // namespace cc::ui
