#pragma once

// The registers of third parties hold metadata only (issue 26: the store has no SP-API client
// and must not hold the secrets). An admin may still paste a secret by mistake into a name, a
// location or a note; this recognises text shaped like one so the store refuses it, naming the
// field, before it reaches the database, the audit trail or the evidence pack.

#include "Result.h"

#include <optional>

#include <QString>

namespace cc {

// What kind of secret the text looks like ("an LWA client secret (amzn1.oa2-cs.v1.…)"), or
// nullopt. Recognises LWA client secrets, LWA refresh and access tokens, AWS secret access
// keys (40 characters of base64 with upper and lower case and digits), PEM private keys, long
// runs of hexadecimal key material and long high-entropy tokens. Public identifiers (an LWA
// client id "amzn1.application-oa2-client.…", an AWS access key id "AKIA…", a UUID, a path)
// pass.
std::optional<QString> secretShape(const QString &text);

// InvalidInput naming field when value looks like a secret; the message never repeats it.
Result<void> refuseSecret(const QString &field, const QString &value);

} // namespace cc
