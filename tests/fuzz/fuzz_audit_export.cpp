// Fuzz target: the evidence-export reader (compliancectl audit verify-export, the console's
// check of a saved export), which an auditor runs on a file that may come from anywhere.
//
// The file is checked twice: as it is, and re-signed. A mutated file almost never carries a
// valid signature, and the reader checks the signature before it parses a single event; so the
// second pass puts this target's own key into the header (public_key, key_id) and signs the
// rest, which lets the fuzzer reach the event parsing, hashing and linking behind the
// signature. Both passes are deterministic: a fixed key, no clock.

#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"

#include <cstdio>
#include <cstdlib>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QByteArray &seed()
{
    static const QByteArray key(cc::crypto::kEd25519SeedBytes, '\x5a');
    return key;
}

QByteArray resigned(const QByteArray &file)
{
    QByteArray body = file;
    // Drop the last line (the signature being replaced), keep everything before it.
    if (body.endsWith('\n'))
        body.chop(1);
    const qsizetype lastBreak = body.lastIndexOf('\n');
    body = lastBreak < 0 ? QByteArray() : body.left(lastBreak + 1);
    const qsizetype headerEnd = body.indexOf('\n');
    if (headerEnd < 0)
        return {};
    QJsonObject header = QJsonDocument::fromJson(body.left(headerEnd)).object();
    const QByteArray publicKey = cc::crypto::ed25519PublicKey(seed()).value();
    header.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()));
    header.insert(QStringLiteral("key_id"), cc::crypto::keyFingerprint(publicKey));
    body = QJsonDocument(header).toJson(QJsonDocument::Compact) + body.mid(headerEnd);
    const QByteArray signature = cc::crypto::ed25519Sign(seed(), body).value();
    return body + "{\"signature\":\"" + signature.toBase64() + "\"}\n";
}

void check(const QByteArray &file)
{
    const cc::audit::ExportCheck result = cc::audit::verifyExport(file);
    // A refusal always says what is wrong; a valid file's figures agree with each other.
    if ((!result.valid && result.problem.isEmpty())
        || (result.valid
            && (result.count < 0 || (result.count > 0 && result.lastSeq < result.firstSeq)))) {
        std::fprintf(stderr, "fuzz_audit_export: inconsistent result: valid=%d problem=%s\n",
                     int(result.valid), qPrintable(result.problem));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (cc::Result<void> selfTest = cc::crypto::init(); !selfTest) {
        std::fprintf(stderr, "crypto self-test failed: %s\n", qPrintable(selfTest.error().message));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    check(file);
    if (const QByteArray again = resigned(file); !again.isEmpty()) {
        check(again);
        // Signed with our key, so checking against it must not change the verdict.
        const QByteArray publicKey = cc::crypto::ed25519PublicKey(seed()).value();
        if (cc::audit::verifyExport(again, publicKey).valid != cc::audit::verifyExport(again).valid)
            std::abort();
    }
    return 0;
}
