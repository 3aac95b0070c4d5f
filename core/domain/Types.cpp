#include "Types.h"

#include "Roles.h"

namespace cc {

Caller Caller::localOperator()
{
    Caller caller;
    caller.username = QStringLiteral("compliancectl");
    caller.roles = knownRoles();
    caller.permissions = permissionsForRoles(caller.roles);
    return caller;
}

Caller Caller::forUser(const User &user)
{
    Caller caller;
    caller.userId = user.id;
    caller.username = user.username;
    caller.roles = user.roles;
    caller.permissions = permissionsForRoles(user.roles);
    return caller;
}

} // namespace cc
