#pragma once

// The audit signing key (Ed25519): a key of its own, its seed sealed under the master key in
// audit_signing_keys. Each rotation adds a key; the newest signs checkpoints, acknowledgements
// and exports, and verification accepts every key of the history whose seed opens under the
// master key (a key a database writer added without the master key is not one). Rotating the
// master key seals the seeds again and never changes a key.

#include "Result.h"
#include "audit/AuditAnchors.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QString>

namespace cc {
class Store;
}

namespace cc::audit {

struct SigningKey
{
    qint64 id = 0;
    QString keyId; // the fingerprint of publicKey
    QByteArray publicKey;
    qint64 createdAt = 0;
};

// Gives a store its first signing key when it has none: a random one for a new store
// (fresh), and for a store made before the signing key was a key of its own, the key it
// always had (derived from master key version 1), so what that key signed still verifies.
// Store::create and Store::open call it; two servers starting at once make one key.
Result<void> ensureSigningKey(Store &store, bool fresh);

// The newest key, which signs.
Result<SigningKey> currentSigningKey(const Store &store);
// Its seed; the caller wipes it.
Result<QByteArray> currentSigningSeed(const Store &store);
// Every key of the history whose seed opens under the master key, by key_id.
Result<SigningKeys> signingKeyHistory(const Store &store);

// Adds a new random key, which signs from then on; audited as audit.signing_key.rotate.
Result<SigningKey> rotateSigningKey(Store &store, const Caller &caller);

} // namespace cc::audit
