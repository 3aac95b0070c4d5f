#include "SecretShapes.h"

#include <cmath>

#include <QHash>
#include <QRegularExpression>

namespace cc {

namespace {

// A token this long with this much entropy per character is a key, not a word or a path.
constexpr int kMinRandomTokenLength = 24;
constexpr double kMinRandomBitsPerChar = 4.0;
constexpr int kMinHexKeyLength = 32;

double bitsPerChar(const QString &token)
{
    QHash<QChar, int> counts;
    for (QChar c : token)
        ++counts[c];
    double bits = 0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / token.size();
        bits -= p * std::log2(p);
    }
    return bits;
}

// Upper case, lower case and digits all present: what generated keys have and words lack.
bool mixesClasses(const QString &token)
{
    bool upper = false, lower = false, digit = false;
    for (QChar c : token) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
    }
    return upper && lower && digit;
}

} // namespace

std::optional<QString> secretShape(const QString &text)
{
    struct Marker
    {
        const char *needle;
        const char *what;
    };
    static const Marker markers[] = {
        {"amzn1.oa2-cs.v1.", "an LWA client secret (amzn1.oa2-cs.v1.…)"},
        {"Atzr|", "an LWA refresh token (Atzr|…)"},
        {"Atza|", "an LWA access token (Atza|…)"},
        {"PRIVATE KEY-----", "a PEM private key"},
    };
    for (const Marker &m : markers) {
        if (text.contains(QLatin1String(m.needle), Qt::CaseInsensitive))
            return QString::fromUtf8(m.what);
    }
    static const QRegularExpression awsSecret(
        QStringLiteral("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"));
    for (QRegularExpressionMatchIterator it = awsSecret.globalMatch(text); it.hasNext();) {
        if (mixesClasses(it.next().captured()))
            return QStringLiteral("an AWS secret access key (40 characters of base64)");
    }
    static const QRegularExpression hexKey(
        QStringLiteral("(?<![0-9A-Za-z.])[0-9A-Fa-f]{%1,}(?![0-9A-Za-z])").arg(kMinHexKeyLength));
    if (hexKey.match(text).hasMatch())
        return QStringLiteral("hexadecimal key material (%1 or more hex digits)")
            .arg(kMinHexKeyLength);
    // Tokens split at what separates the parts of a path, a URL or a sentence; a public LWA
    // client id is the one long token expected here.
    static const QRegularExpression separators(QStringLiteral("[\\s:/,;=\"'@()\\[\\]{}<>]+"));
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        if (token.size() < kMinRandomTokenLength
            || token.startsWith(QLatin1String("amzn1.application-oa2-client.")))
            continue;
        if (mixesClasses(token) && bitsPerChar(token) >= kMinRandomBitsPerChar)
            return QStringLiteral("a random key or token (%1 characters of high entropy)")
                .arg(token.size());
    }
    return std::nullopt;
}

Result<void> refuseSecret(const QString &field, const QString &value)
{
    if (const std::optional<QString> shape = secretShape(value))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 looks like it holds a secret: %2. Record where the "
                                        "secret is kept, never the secret itself")
                             .arg(field, *shape));
    return {};
}

} // namespace cc
