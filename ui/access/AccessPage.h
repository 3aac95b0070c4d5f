#pragma once

// Access to Amazon data: pending requests waiting for a decision, with the approvals they have
// so far, and the grants they became. Approvers decide and revoke here; everyone can ask for
// access. Buttons follow the caller's permissions from /me and, per request, whether the server
// says they may decide it (separation of duties: not their own, nor of someone whose account
// they changed), with the server's reason shown under the list; the server remains the judge
// and its refusals are shown as they are.

#include "ApiTypes.h"
#include "widgets/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class AccessRequestModel;
class DataTableView;
class GrantModel;
class TableFilterProxy;

class AccessPage : public Page
{
    Q_OBJECT

public:
    explicit AccessPage(client::ApiClient *client, QWidget *parent = nullptr);

    AccessRequestModel *requestModel() const { return m_requests; }
    GrantModel *grantModel() const { return m_grants; }
    TableFilterProxy *requestProxy() const { return m_requestProxy; }
    TableFilterProxy *grantProxy() const { return m_grantProxy; }
    DataTableView *pendingView() const { return m_pendingView; }
    DataTableView *grantsView() const { return m_grantsView; }
    const client::Policy &policy() const { return m_policy; }

    QStringList changeKinds() const override;
    // "access?active", "access?pending", "access/<request>" (a request, selected among the
    // pending ones once they are in).
    bool open(const Destination &destination) override;

public slots:
    void refresh() override;
    void approveSelected();
    void denySelected();
    void revokeSelected();
    void requestAccess();

private:
    void checkLoaded();
    void updateActions();
    void updateEmptyTexts();
    const client::AccessRequest *selectedRequest() const;
    const client::Grant *selectedGrant() const;
    void decide(bool approve);
    bool selectRequest(qint64 id);

    client::Policy m_policy;
    AccessRequestModel *m_requests;
    GrantModel *m_grants;
    TableFilterProxy *m_requestProxy;
    TableFilterProxy *m_grantProxy;
    DataTableView *m_pendingView = nullptr;
    DataTableView *m_grantsView = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_grantStatus = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QLabel *m_grantsTitle = nullptr;
    QLabel *m_decisionNote = nullptr; // why the signed-in person may not decide the selection
    QPushButton *m_approve = nullptr;
    QPushButton *m_deny = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_requestAccess = nullptr;
    bool m_policyLoaded = false;
    bool m_requestsLoaded = false;
    bool m_grantsLoaded = false;
    bool m_columnsFitted = false;
    qint64 m_wantedRequest = 0; // to select once the requests have loaded
};

} // namespace cc::ui
