#pragma once

// Monitoring: the alerts the server's rules raised (repeated failed sign-ins, unusual PII
// volume, access without a grant, new or concurrent addresses, offboarded accounts, unused
// grants, refused requests), open ones first by default, with the selected alert's detail. A
// compliance officer acknowledges an alert with a note, ends the sessions of the user it names
// or escalates it to an incident (then linked from the detail); the server remains the judge.

#include "AlertTypes.h"
#include "widgets/ListDetailPage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace cc::client {
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AlertModel;

class MonitoringPage : public ListDetailPage
{
    Q_OBJECT

public:
    explicit MonitoringPage(client::ApiClient *client, QWidget *parent = nullptr);

    AlertModel *model() const { return m_model; }
    const client::Alert &detail() const { return m_detail; } // the alert on show
    QStringList changeKinds() const override;

public slots:
    void acknowledgeShown();
    void endSessionsShown(); // of the alert on show, after confirmation
    void escalateShown();

signals:
    void detailShown(qint64 id);

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_detail.id; }
    // open, all, or the list's query string: "status=open&rule=unused_grant".
    bool applyFilter(const QString &filter) override;
    void prepareReload() override;
    QString emptyText() const override;
    void fitColumns() override;
    void updateActions() override;

private:
    void showDetail(const client::Alert &alert);
    void setRule(const QString &rule);
    void noteAlert(const client::Alert &alert); // a changed alert, in the list and the detail

    AlertModel *m_model;
    QComboBox *m_show = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_endSessions = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_ruleChip = nullptr; // shows the rule filter; clicked, clears it
    QLabel *m_summary = nullptr;
    QPointer<client::ApiJob> m_detailJob;
    client::Alert m_detail;
};

} // namespace cc::ui
