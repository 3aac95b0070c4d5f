#pragma once

// Realistic synthetic data for demos and screenshots: people in every role (with a CTO and a
// CEO), active, revoked and expired grants, decided and pending requests.

#include "Result.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc {

class Store;

struct DemoLogin
{
    QString username;
    QString password;
    QByteArray totpSecret;
};

// The sign-ins the demo seed leaves for compliance-console --demo: the compliance officer's
// (the default) and one for each other kind of user, by the name --demo-user takes.
struct DemoLogins
{
    DemoLogin officer;
    QList<std::pair<QString, DemoLogin>> others; // ceo, cto, manager, employee, admin
};

namespace demo {

// Fills an empty store; refuses one that already has users. Returns the demo sign-ins.
Result<DemoLogins> seed(Store &store);

// A demo person acting in their own name, for the parts of the demo seeded as them.
Result<Caller> person(const Store &store, const QString &username);

} // namespace demo
} // namespace cc
