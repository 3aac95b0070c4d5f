#pragma once

// Separation of duties, decided by the store: who changed whose account, and who may decide an
// access request. Nobody decides a request of their own, nor one whose requester created,
// changed or reset their account within the policy's sod_window_days, nor while holding admin
// and compliance_officer at once (accounts from before that pair was refused). An approval
// counts only while its officer may still decide the request; otherwise it is withdrawn.

#include "Result.h"
#include "domain/Types.h"

#include <QHash>

namespace cc {

class Store;

enum class AccountChange {
    Created, // the account was made
    Roles, // roles granted or removed
    Details, // e-mail, display name or title
    Credentials, // password, second factor or enrolment code reset
};

// Records that actor did `change` to the target's account. Call it inside the transaction of
// every change of that kind — Accounts::addUser, updateUser and resetTotp do, and so must any
// new path that creates an account, changes it or resets its credentials:
//     recordAccountChange(m_store, actor, userId, AccountChange::Credentials)
// The local operator and the system are recorded without a user id, so the rule never matches
// them. A change to one's own account is not recorded: nobody decides their own requests. The
// target's approvals that the change made ineligible are withdrawn at once.
Result<void> recordAccountChange(Store &store, const Caller &actor, qint64 targetUserId,
                                 AccountChange change);

class SeparationOfDuties
{
public:
    explicit SeparationOfDuties(Store &store)
        : m_store(store)
    { }

    // One person as a possible decider: their roles, and who changed their account within the
    // window (the latest change by each). Loaded once, then asked about each request of a page.
    struct Decider
    {
        struct Change
        {
            QString actor;
            AccountChange kind = AccountChange::Created;
            qint64 at = 0;
        };
        Caller caller;
        bool active = true;
        QHash<qint64, Change> changedBy; // by actor id
    };
    Result<Decider> decider(const Caller &caller) const;

    // Why decider may not approve or deny r, as the error the attempt gets (the code says which:
    // Forbidden for the rule, Conflict for the request's state); nullopt when they may.
    std::optional<Error> obstacle(const Decider &decider, const AccessRequest &r) const;

    // Withdraws officerId's approvals of pending requests they may no longer decide (offboarded,
    // no access:approve any more, or changed by the requester), each audited. Inside the
    // caller's transaction; returns how many.
    Result<int> withdrawIneligibleApprovals(const Caller &actor, qint64 officerId);

private:
    // The rule itself, without the request's state or the decider's own earlier approval.
    std::optional<Error> ineligibility(const Decider &decider, const AccessRequest &r) const;

    Store &m_store;
};

} // namespace cc
