#pragma once

// The anchor file (DataDir::auditAnchorsFile()): every signed checkpoint and every break
// acknowledgement this instance made or saw, appended as one JSON line each outside the
// database, so that someone who can write to the database cannot cut or rewrite the chain
// behind them unnoticed (docs/api.md, "Anchors"). Here: the line format, its strict parser (the
// file may have been edited by hand, or cut short by a crash), the appender (0600, O_APPEND,
// fsync) and AnchorSet, which turns the lines into what verification checks: the hash each
// anchored event must have, and the breaks an operator acknowledged. No store, no secret: the
// console checks the same lines, read from GET /audit/anchors.

#include "Result.h"
#include "audit/AuditChain.h"

#include <map>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::audit {

// Room for the longest acknowledgement, every character of its texts escaped.
inline constexpr int kMaxAnchorLineBytes = 64 * 1024;
inline constexpr qint64 kMaxAnchorFileBytes = 256LL * 1024 * 1024;

struct Anchor
{
    enum class Kind { Checkpoint, BreakAcknowledgement };
    Kind kind = Kind::Checkpoint;
    AuditCheckpoint checkpoint; // when kind is Checkpoint
    BreakAcknowledgement acknowledgement; // when kind is BreakAcknowledgement
    int line = 0; // 1-based line of the file it was read from; 0 when not read from one

    static Anchor of(const AuditCheckpoint &checkpoint);
    static Anchor of(const BreakAcknowledgement &acknowledgement);
    qint64 seq() const; // the checkpoint's event, or the first event of the break
    qint64 atMs() const;
    const QString &keyId() const;
    const QByteArray &signature() const;
    QByteArray signedMessage() const;
};

// One line's object: {"type": "checkpoint" | "break_acknowledged", ...} (docs/api.md).
QJsonObject toJson(const Anchor &anchor);
// The inverse, strict: every field of the type with the right type and range, no other field;
// the error names the first field that is wrong.
Result<Anchor> anchorFromJson(const QJsonObject &object);
// toJson() as compact UTF-8 and a line break: what the file holds for it.
QByteArray anchorLine(const Anchor &anchor);

// What a file holds: its anchors up to the first bad line, and what is wrong there. Each line
// must be a whole anchor ending in a line break: an empty line, a line cut short or anything
// else is a problem at that line, never skipped.
struct AnchorFileContents
{
    bool exists = true;
    QList<Anchor> anchors;
    QString problem; // empty when the file is sound
    int badLine = 0;

    bool sound() const { return exists && problem.isEmpty(); }
};
AnchorFileContents parseAnchors(const QByteArray &bytes);

class AnchorFile
{
public:
    explicit AnchorFile(QString path)
        : m_path(std::move(path))
    { }

    const QString &path() const { return m_path; }

    // exists is false when there is no file; a file that cannot be read is an error.
    Result<AnchorFileContents> read() const;
    // A new empty file, mode 0600, its directory synced; an existing file is an error.
    Result<void> create() const;
    // Appends the anchors' lines with one write (O_APPEND) and fsyncs them; creates the file
    // (0600, directory synced) when there is none.
    Result<void> append(const QList<Anchor> &anchors) const;
    // Renames a damaged or unwanted file to <name>.<suffix>, kept as evidence, so that a new
    // one can start; returns the new name.
    Result<QString> setAside(const QString &suffix) const;

private:
    Result<void> syncDirectory() const;

    QString m_path;
};

// The public keys anchors may be signed with, by key id. Today a store has one (derived from
// its master key); a key history would list the earlier ones here.
using SigningKeys = QHash<QString, QByteArray>;

// Whether an anchor of event seq signed at atMs belongs to history one of the acknowledgements
// retired: it was signed before one that retires anchors, whose break is at or before seq.
bool retiredBy(const QList<BreakAcknowledgement> &acknowledgements, qint64 seq, qint64 atMs);

// What an anchor says about one event: it must have this hash.
struct AnchorPin
{
    qint64 seq = 0;
    QString hash;
    int line = 0;
    qint64 atMs = 0;
    bool fromAcknowledgement = false;
};

// The anchors of a file in force. Read in file order: a break acknowledgement pins the chain as
// it stood when acknowledged, and one that retires anchors retires every pin of the lines
// before it at its seq or later (history the break lost). Identical lines (two instances sharing a
// directory) count once; two pins in force that disagree about an event, an unknown key or a bad
// signature are problems.
class AnchorSet
{
public:
    enum class Signatures {
        All, // every line's
        NewestAndAcknowledgements, // those of the newest pin and of every acknowledgement
    };

    AnchorSet() = default;
    AnchorSet(const QList<Anchor> &anchors, const SigningKeys &keys, Signatures check);

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    qint64 problemSeq() const { return m_problemSeq; }
    int problemLine() const { return m_problemLine; }
    int signaturesChecked() const { return m_signaturesChecked; }

    std::optional<AnchorPin> pinAt(qint64 seq) const;
    std::optional<AnchorPin> newest() const; // the pin with the highest seq
    // The newest pin below seq, to say after which event a change must have happened.
    std::optional<AnchorPin> before(qint64 seq) const;
    qint64 pinCount() const { return qint64(m_pins.size()); }

    // The acknowledgement in force whose break follows the event (seq, hash): verification
    // accepts its resume event as it was when acknowledged, however it links.
    const BreakAcknowledgement *resumingAfter(qint64 seq, const QString &hash) const;
    // The acknowledgement in force whose resume event is seq.
    const BreakAcknowledgement *resumingAt(qint64 seq) const;
    // Every acknowledgement in the file, in order: reported, never hidden.
    const QList<BreakAcknowledgement> &acknowledgements() const { return m_acknowledgements; }
    bool containsSignature(const QByteArray &signature) const
    {
        return m_signatures.contains(signature);
    }

private:
    void fail(const Anchor &anchor, qint64 seq, const QString &problem);
    bool checkSignature(const Anchor &anchor, const SigningKeys &keys);
    void addPin(const AnchorPin &pin);

    std::map<qint64, AnchorPin> m_pins;
    QList<BreakAcknowledgement> m_acknowledgements;
    QList<BreakAcknowledgement> m_resumptions; // in force, in file order
    QHash<QByteArray, int> m_signatures; // signature -> line
    QString m_problem;
    qint64 m_problemSeq = 0;
    int m_problemLine = 0;
    int m_signaturesChecked = 0;
};

} // namespace cc::audit
