#pragma once

// What changed since a console last looked, told cheaply enough to ask every few seconds
// (GET /changes, docs/api.md "Change feed"): which kinds of objects changed, and a cursor for
// the next question. Every change is an audit event written in the change's own transaction, so
// the feed reads the audit log after the cursor; new notifications (which a job can create
// without an event of the person's own) are read from their table.
//
// A kind is reported only when an object the caller may see changed: an employee learns that
// "access_requests" changed when one of their own requests did, never because someone else
// asked for access. Ids, names and details never leave: the console reloads what it shows.

#include "Result.h"
#include "domain/Types.h"

#include <QStringList>

namespace cc {

class Store;

struct ChangeSet
{
    QString cursor; // give it back to learn what changed after this answer
    QStringList kinds; // sorted; empty when nothing the caller may see changed
};

class Changes
{
public:
    // More events than this since the cursor: every kind the caller may see is reported,
    // instead of reading them all (a console asleep for a day, or a cursor from another store).
    static constexpr qint64 kMaxEvents = 5000;

    explicit Changes(Store &store)
        : m_store(store)
    { }

    // The kinds the feed names, in the order the documentation lists them.
    static const QStringList &allKinds();

    // cursor: empty for the first question (the answer has no kinds, only a cursor); otherwise
    // one this server gave out. A malformed cursor is invalid input.
    Result<ChangeSet> since(const Caller &caller, const QString &cursor) const;

private:
    struct Position
    {
        qint64 seq = 0; // last audit event seen
        qint64 notification = 0; // the caller's newest notification seen
    };
    // One audit event as the feed reads it.
    struct ChangedEvent
    {
        qint64 actorId = 0;
        QString action;
        QString objectType;
        QString objectId;
    };

    Result<Position> current(const Caller &caller) const;
    Result<QList<ChangedEvent>> eventsAfter(qint64 seq, qint64 upTo) const;
    // Whether the event changes an object of this kind the caller may see.
    Result<bool> visible(const Caller &caller, const QString &kind, const ChangedEvent &e) const;
    Result<bool> exists(const QString &sql, const QVariantList &args) const;
    QStringList kindsVisibleTo(const Caller &caller) const;

    Store &m_store;
};

} // namespace cc
