#pragma once

// After an offboarding: what the leaver leaves behind. Their assets, flagged for reassignment,
// each a link to it on the Assets page (where Reassign gives it another owner) for whoever may
// reassign them, and the access requests of theirs that the offboarding cancelled.

#include "UsersApi.h"

#include <QDialog>

class QLabel;

namespace cc::ui {

class LeaverItemsDialog : public QDialog
{
    Q_OBJECT

public:
    // canReassign: the viewer holds assets:manage, so each asset links to its reassignment;
    // otherwise the list says who does it.
    LeaverItemsDialog(const client::User &leaver, const client::Offboarding &done, bool canReassign,
                      QWidget *parent = nullptr);

    QLabel *assetList() const { return m_assets; }
    QLabel *requestList() const { return m_requests; }

signals:
    // A link was followed ("assets/12"): the window shows it; the dialog closes.
    void linkFollowed(const QString &link);

private:
    QLabel *m_assets;
    QLabel *m_requests;
};

} // namespace cc::ui
