#pragma once

// What this console last verified of a server's audit chain, remembered across runs per
// server (host:port): the head it reached, when, the signing key it trusted and the last
// signed checkpoint it saw. The next check compares the server's chain with it, so a history
// rewritten behind the console's back — even one recomputed so that it verifies internally —
// is reported, and a changed signing key is not silently accepted. The ui stores it in
// QSettings (public data: hashes and a public key).

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace cc::client {

struct VerifiedHead
{
    qint64 seq = 0;
    QString hash; // hash of event seq
    QDateTime verifiedAt; // invalid: nothing remembered
    QString keyId; // the signing key trusted then (empty: none yet)
    QByteArray publicKey;
    qint64 checkpointSeq = 0; // the newest signed checkpoint seen then, 0 when none
    QString checkpointHash;

    bool isValid() const { return verifiedAt.isValid(); }
};

class VerifiedHeadStore
{
public:
    virtual ~VerifiedHeadStore();

    virtual VerifiedHead load(const QString &server) const = 0;
    virtual void save(const QString &server, const VerifiedHead &head) = 0;
    virtual void forget(const QString &server) = 0;
};

// Held in memory: demo mode and tests.
class InMemoryVerifiedHeadStore : public VerifiedHeadStore
{
public:
    VerifiedHead load(const QString &server) const override { return m_heads.value(server); }
    void save(const QString &server, const VerifiedHead &head) override
    {
        m_heads.insert(server, head);
    }
    void forget(const QString &server) override { m_heads.remove(server); }

private:
    QHash<QString, VerifiedHead> m_heads;
};

} // namespace cc::client
