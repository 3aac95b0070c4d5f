// Fuzz target: the audit anchor file's reader (audit/AuditAnchors), which every verification
// runs on a file in the store directory that may have been edited by hand, cut short by a
// crash, or replaced; and AnchorSet, which works out the pins and acknowledged breaks in it.
//
// The file is checked twice: as it is (most mutated lines no longer verify, which must be a
// problem, never a crash), and with every parsed anchor re-signed with this target's key, which
// lets the fuzzer reach what lies behind the signatures: acknowledgements retiring pins,
// conflicting pins, resumptions. Deterministic: a fixed key, no clock.

#include "audit/AuditAnchors.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"

#include <cstdio>
#include <cstdlib>

namespace {

using namespace cc::audit;

const QByteArray &seed()
{
    static const QByteArray key(cc::crypto::kEd25519SeedBytes, '\x5a');
    return key;
}

const SigningKeys &keys()
{
    static const SigningKeys known = [] {
        const QByteArray publicKey = cc::crypto::ed25519PublicKey(seed()).value();
        return SigningKeys {{cc::crypto::keyFingerprint(publicKey), publicKey}};
    }();
    return known;
}

[[noreturn]] void inconsistent(const char *what)
{
    std::fprintf(stderr, "fuzz_audit_anchors: %s\n", what);
    std::abort();
}

void check(const AnchorFileContents &contents)
{
    // A problem always says where; a sound file's anchors are every line, numbered in order.
    if (!contents.problem.isEmpty() && contents.badLine < 1)
        inconsistent("a problem without its line");
    for (qsizetype i = 0; i < contents.anchors.size(); ++i) {
        const Anchor &anchor = contents.anchors.at(i);
        if (anchor.line != i + 1)
            inconsistent("lines out of order");
        // What the reader accepted, the writer writes back as a line the reader accepts alike.
        const AnchorFileContents again = parseAnchors(anchorLine(anchor));
        if (!again.sound() || again.anchors.size() != 1
            || anchorLine(again.anchors.first()) != anchorLine(anchor))
            inconsistent("an anchor does not survive a round trip");
    }
    for (const auto signatures :
         {AnchorSet::Signatures::All, AnchorSet::Signatures::NewestAndAcknowledgements}) {
        const AnchorSet set(contents.anchors, keys(), signatures);
        if (!set.ok() && set.problem().isEmpty())
            inconsistent("a set that is not ok without a problem");
        if (const std::optional<AnchorPin> newest = set.newest()) {
            if (!set.pinAt(newest->seq) || set.before(newest->seq + 1)->seq != newest->seq)
                inconsistent("the newest pin cannot be found again");
        }
        for (const cc::BreakAcknowledgement &a : set.acknowledgements()) {
            set.resumingAfter(a.prevSeq, a.prevHash);
            set.resumingAt(a.resumeSeq);
            retiredBy(set.acknowledgements(), a.seq, a.atMs - 1);
        }
    }
}

QList<Anchor> resigned(QList<Anchor> anchors)
{
    const QString keyId = keys().constBegin().key();
    for (Anchor &anchor : anchors) {
        if (anchor.kind == Anchor::Kind::Checkpoint)
            anchor.checkpoint.keyId = keyId;
        else
            anchor.acknowledgement.keyId = keyId;
        const QByteArray signature
            = cc::crypto::ed25519Sign(seed(), anchor.signedMessage()).value();
        if (anchor.kind == Anchor::Kind::Checkpoint)
            anchor.checkpoint.signature = signature;
        else
            anchor.acknowledgement.signature = signature;
    }
    return anchors;
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
    const AnchorFileContents contents = parseAnchors(file);
    check(contents);
    AnchorFileContents signedAgain = contents;
    signedAgain.anchors = resigned(contents.anchors);
    check(signedAgain);
    // Signed with our key, every signature holds: a problem left is one of content.
    const AnchorSet set(signedAgain.anchors, keys(), AnchorSet::Signatures::All);
    if (!set.ok() && set.problem().contains(QLatin1String("signature")))
        inconsistent("a re-signed anchor does not verify");
    return 0;
}
