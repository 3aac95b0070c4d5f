#include "SigningKey.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc::audit {

namespace {

// The master key version a store made before key rotation holds its only key under.
constexpr quint32 kLegacyMasterKeyVersion = 1;

struct SigningKeyRow
{
    enum Column { Id, KeyId, PublicKey, SealedSeed, CreatedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"},
                                                          {KeyId, "key_id"},
                                                          {PublicKey, "public_key"},
                                                          {SealedSeed, "sealed_seed"},
                                                          {CreatedAt, "created_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_signing_keys ");
};

QByteArray seedAad(qint64 id)
{
    return crypto::fieldAad(QStringLiteral("audit_signing_keys"), QStringLiteral("sealed_seed"),
                            id);
}

// The row's seed, opened and checked against the row's public key and key_id, so a row is
// trusted only as far as the master key vouches for it. The caller wipes the seed.
Result<QByteArray> openSeed(const Store &store, const Query &q)
{
    const qint64 id = q.value(SigningKeyRow::Id).toLongLong();
    const QString keyId = q.value(SigningKeyRow::KeyId).toString();
    Result<QByteArray> seed
        = store.keys().open(q.value(SigningKeyRow::SealedSeed).toByteArray(), seedAad(id));
    if (!seed)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the audit signing key %1 does not open under this "
                                        "store's master key (%2): restore the key file that "
                                        "sealed it, or add a new signing key with "
                                        "`compliancectl key rotate-signing`")
                             .arg(keyId, seed.error().message));
    crypto::WipeOnExit seedWiped(*seed);
    Result<QByteArray> publicKey = crypto::ed25519PublicKey(*seed);
    if (!publicKey)
        return publicKey.error();
    if (*publicKey != q.value(SigningKeyRow::PublicKey).toByteArray()
        || crypto::keyFingerprint(*publicKey) != keyId)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the audit signing key %1 does not match its sealed "
                                        "seed: the row was altered")
                             .arg(keyId));
    return seedWiped.release();
}

SigningKey readKey(const Query &q)
{
    SigningKey key;
    key.id = q.value(SigningKeyRow::Id).toLongLong();
    key.keyId = q.value(SigningKeyRow::KeyId).toString();
    key.publicKey = q.value(SigningKeyRow::PublicKey).toByteArray();
    key.createdAt = q.value(SigningKeyRow::CreatedAt).toLongLong();
    return key;
}

// Stores a key made from seed, sealed under the current master key version.
Result<SigningKey> insertKey(Store &store, const QByteArray &seed)
{
    Result<QByteArray> publicKey = crypto::ed25519PublicKey(seed);
    if (!publicKey)
        return publicKey.error();
    SigningKey key;
    key.publicKey = *publicKey;
    key.keyId = crypto::keyFingerprint(*publicKey);
    key.createdAt = store.clock().nowMs();
    // The seal is bound to the row's id, known once the row is there.
    Result<qint64> id = rows::insertedId(
        store.exec(QStringLiteral("INSERT INTO audit_signing_keys (key_id, public_key, "
                                  "sealed_seed, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                   {key.keyId, key.publicKey, QByteArray(""), key.createdAt}));
    if (!id)
        return id.error();
    key.id = *id;
    Result<QByteArray> sealed = store.keys().seal(seed, seedAad(key.id));
    if (!sealed)
        return sealed.error();
    if (Result<Query> stored
        = store.exec(QStringLiteral("UPDATE audit_signing_keys SET sealed_seed = ? WHERE id = ?"),
                     {*sealed, key.id});
        !stored)
        return stored.error();
    return key;
}

Result<QByteArray> newSeed()
{
    QByteArray seed = crypto::randomBytes(crypto::kEd25519SeedBytes);
    if (seed.size() != crypto::kEd25519SeedBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot make a signing key: the random generator failed"));
    return seed;
}

} // namespace

Result<void> ensureSigningKey(Store &store, bool fresh)
{
    const auto hasKey = [&store]() -> Result<bool> {
        Result<std::optional<QVariant>> any
            = rows::single(store.exec(QStringLiteral("SELECT id FROM audit_signing_keys LIMIT 1")));
        if (!any)
            return any.error();
        return any->has_value();
    };
    if (Result<bool> has = hasKey(); !has || *has) // the usual case: no transaction needed
        return has ? Result<void>() : Result<void>(has.error());
    return store.transaction([&]() -> Result<void> {
        if (const QString lock = store.dialect().migrationLock(); !lock.isEmpty())
            if (Result<Query> locked = store.exec(lock); !locked)
                return locked.error();
        // Another server may have made it while this one waited for the lock.
        if (Result<bool> has = hasKey(); !has || *has)
            return has ? Result<void>() : Result<void>(has.error());
        Result<QByteArray> seed = fresh
            ? newSeed()
            : store.keys().deriveKey(kLegacyMasterKeyVersion, kCheckpointKeyPurpose,
                                     crypto::kEd25519SeedBytes);
        if (!seed)
            return seed.error();
        const crypto::WipeOnExit seedWiped(*seed);
        Result<SigningKey> key = insertKey(store, *seed);
        if (!key)
            return key.error();
        return {};
    });
}

Result<SigningKey> currentSigningKey(const Store &store)
{
    Result<Query> q
        = store.exec(SigningKeyRow::select + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the store has no audit signing key"));
    Result<QByteArray> seed = openSeed(store, *q);
    if (!seed)
        return seed.error();
    crypto::wipe(*seed);
    const SigningKey key = readKey(*q);
    q->finish();
    return key;
}

Result<QByteArray> currentSigningSeed(const Store &store)
{
    Result<Query> q
        = store.exec(SigningKeyRow::select + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the store has no audit signing key"));
    Result<QByteArray> seed = openSeed(store, *q);
    q->finish();
    return seed;
}

Result<SigningKeys> signingKeyHistory(const Store &store)
{
    Result<Query> q = store.exec(SigningKeyRow::select + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    SigningKeys keys;
    while (q->next()) {
        // A key whose seed does not open is left out: what it signed then fails to verify,
        // naming it, which is the truth (the master key that vouched for it is gone).
        Result<QByteArray> seed = openSeed(store, *q);
        if (!seed)
            continue;
        crypto::wipe(*seed);
        const SigningKey key = readKey(*q);
        keys.insert(key.keyId, key.publicKey);
    }
    return keys;
}

Result<SigningKey> rotateSigningKey(Store &store, const Caller &caller)
{
    Result<QByteArray> seed = newSeed();
    if (!seed)
        return seed.error();
    const crypto::WipeOnExit seedWiped(*seed);
    return store.transaction([&]() -> Result<SigningKey> {
        Result<std::optional<QVariant>> previous = rows::single(store.exec(
            QStringLiteral("SELECT key_id FROM audit_signing_keys ORDER BY id DESC LIMIT 1")));
        if (!previous)
            return previous.error();
        Result<SigningKey> key = insertKey(store, *seed);
        if (!key)
            return key.error();
        AuditEvent e;
        if (caller.userId > 0)
            e.actorId = caller.userId;
        e.actor = caller.username.isEmpty() ? QStringLiteral("system") : caller.username;
        e.action = QStringLiteral("audit.signing_key.rotate");
        e.objectType = QStringLiteral("audit_signing_key");
        e.objectId = key->keyId;
        e.detail = QStringLiteral("key_id=%1 previous_key_id=%2")
                       .arg(key->keyId, *previous ? (*previous)->toString() : QString());
        if (Result<AuditEvent> logged = append(store, e); !logged)
            return logged.error();
        return key;
    });
}

} // namespace cc::audit
