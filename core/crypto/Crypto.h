#pragma once

// The crypto facade: the only place in the product that calls OpenSSL, liboath or libargon2.
// Headers here never include those libraries.

#include "Result.h"

#include <array>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

struct evp_md_st;
struct evp_md_ctx_st;

namespace cc::crypto {

// Initialises the libraries and runs the known-answer self-tests (GCM, SHA-256, HMAC,
// HOTP/TOTP, Argon2id, Ed25519). The server refuses to start when this fails.
Result<void> init();

// Bytes from the OpenSSL CSPRNG. An empty array means the generator failed: callers treat
// that as fatal for the operation.
QByteArray randomBytes(int count);
// Fills out with count bytes from the same generator; false when it failed (or count is not
// positive). Draws of up to 64 bytes come from a per-thread pool that a forked child never
// shares with its parent.
[[nodiscard]] bool randomFill(char *out, qsizetype count);

QByteArray sha256(const QByteArray &data);
// SHA-256 of many messages one after another (audit verification hashes millions): the digest
// is fetched and the context made once, where sha256() does both for every call. One per thread.
class Sha256
{
public:
    using Digest = std::array<unsigned char, 32>;
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    // False when OpenSSL fails (digest is then unspecified).
    [[nodiscard]] bool hash(QByteArrayView data, Digest &digest);

private:
    evp_md_st *m_digest;
    evp_md_ctx_st *m_context;
};
// SHA-256 of what device reads until its end, a block at a time; empty on a read error.
QByteArray sha256File(QIODevice &device);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

// Comparison whose duration does not depend on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Overwrites the buffer's bytes (OPENSSL_cleanse) and clears it. Only a buffer this array owns
// alone can be overwritten: one shared with other QByteArray copies (implicit sharing) is just
// released, so keep secrets in arrays that are not copied.
void wipe(QByteArray &secret);

// Wipes one buffer when it goes out of scope, so a secret is wiped on every path out of a
// function, early returns included. Declare it right after the secret it guards:
//   QByteArray key = ...;
//   const crypto::WipeOnExit keyWiped(key);
// A buffer that is the function's result leaves through release() (the caller wipes it).
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray &secret)
        : m_secret(&secret)
    { }
    ~WipeOnExit()
    {
        if (m_secret)
            wipe(*m_secret);
    }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

    // The bytes, moved out unwiped; the guarded array is left empty.
    [[nodiscard]] QByteArray release() { return std::move(*std::exchange(m_secret, nullptr)); }

private:
    QByteArray *m_secret;
};

// For a process that holds key material: no core dump (it would write the keys to disk), and
// other processes of the same user may not attach to it or read its memory. Returns false if
// the kernel refused.
bool keepSecretsOutOfCoreDumps();

} // namespace cc::crypto
