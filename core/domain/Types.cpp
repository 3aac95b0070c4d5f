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

} // namespace cc
