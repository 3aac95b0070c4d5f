#pragma once

// The Dashboard's panel on Amazon's Incident Management Point of Contact (IMPOC): who the IMPOC
// and the deputy are (name, e-mail, whether the account can sign in to acknowledge), and the
// last breach notices that reached them with how long each took to acknowledge against the
// policy's hours, late ones in red and bold. Fed from GET /dashboard/incident-contacts, which
// needs dashboard:read: the Dashboard shows it only to those who hold it.

#include "DashboardApi.h"

#include <QFrame>

class QLabel;
class QTreeWidget;

namespace cc::ui {

class IncidentContactPanel : public QFrame
{
    Q_OBJECT

public:
    explicit IncidentContactPanel(QWidget *parent = nullptr);

    void setContacts(const client::IncidentContacts &contacts);
    void setError(const QString &message);

    // For tests and screenshots.
    QString contactText() const;
    QString deputyText() const;
    QTreeWidget *notices() const { return m_notices; }

signals:
    void incidentRequested(qint64 id);

private:
    void showPerson(QLabel *label, const std::optional<client::IncidentContactPerson> &person,
                    bool required);

    QLabel *m_policy;
    QLabel *m_contact;
    QLabel *m_deputy;
    QTreeWidget *m_notices;
};

} // namespace cc::ui
