#include "Totp.h"

#include "Crypto.h"

#include <cstring>
#include <liboath/oath.h>
#include <openssl/crypto.h>

#include <QUrl>

namespace cc::crypto::totp {

namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kMinDigits = 6;
constexpr int kMaxDigits = 8;
// A day of 30-second steps either side is far beyond any clock drift we accept.
constexpr int kMaxWindow = 2880;

// oath_init() must run once before liboath is used; a function-local static is initialised
// exactly once even when several threads arrive together.
bool oathReady()
{
    static const bool ready = oath_init() == OATH_OK;
    return ready;
}

Error oathError(int rc)
{
    return makeError(
        ErrorCode::Internal,
        QStringLiteral("liboath failed: %1").arg(QString::fromUtf8(oath_strerror(rc))));
}

Result<void> checkCommon(const QByteArray &secret, int digits)
{
    if (!oathReady())
        return makeError(ErrorCode::Internal, QStringLiteral("liboath failed to initialise"));
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the OTP secret is empty"));
    if (digits < kMinDigits || digits > kMaxDigits)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("an OTP has 6, 7 or 8 digits, not %1").arg(digits));
    return {};
}

int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// liboath asks whether a candidate code matches; CRYPTO_memcmp keeps the answer's timing
// independent of how many leading digits an attacker got right.
int constantTimeOtpCompare(void *handle, const char *candidate)
{
    const auto *expected = static_cast<const QByteArray *>(handle);
    if (std::strlen(candidate) != size_t(expected->size()))
        return 1;
    return CRYPTO_memcmp(candidate, expected->constData(), size_t(expected->size())) == 0 ? 0 : 1;
}

} // namespace

QByteArray generateSecret()
{
    return randomBytes(kSecretBytes);
}

QString toBase32(const QByteArray &data)
{
    QString text;
    text.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(kBase32Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return text;
}

Result<QByteArray> fromBase32(const QString &text)
{
    // RFC 4648 padding is optional on input but allowed only at the end.
    qsizetype length = text.size();
    while (length > 0 && text.at(length - 1) == u'=')
        --length;
    QByteArray data;
    data.reserve(length * 5 / 8);
    WipeOnExit dataWiped(data); // a partly decoded secret is still a secret
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const int value = base32Value(text.at(i).unicode());
        if (value < 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("invalid base32 character '%1' at position %2; only "
                                            "A-Z and 2-7 are allowed")
                                 .arg(QString(text.at(i)), QString::number(i + 1)));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(char((buffer >> bits) & 0xff));
        }
    }
    // 1, 3 or 6 leftover characters cannot come from whole bytes.
    switch (length % 8) {
    case 1:
    case 3:
    case 6:
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("invalid base32: %1 characters cannot encode whole bytes "
                                        "(is a character missing?)")
                             .arg(length));
    default:
        break;
    }
    return data;
}

QString provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    // Key URI format (Google Authenticator): the label is "Issuer:account", each part
    // percent-encoded, and the issuer is repeated as a parameter for apps that ignore the label.
    const QByteArray issuerEncoded = QUrl::toPercentEncoding(issuer);
    const QByteArray accountEncoded = QUrl::toPercentEncoding(account);
    QByteArray uri = QByteArrayLiteral("otpauth://totp/");
    if (!issuer.isEmpty())
        uri += issuerEncoded + ':';
    uri += accountEncoded + "?secret=" + toBase32(secret).toLatin1();
    if (!issuer.isEmpty())
        uri += "&issuer=" + issuerEncoded;
    uri += "&algorithm=SHA1&digits=" + QByteArray::number(kDefaultDigits)
        + "&period=" + QByteArray::number(kDefaultStepSeconds);
    return QString::fromLatin1(uri);
}

Result<QString> hotp(const QByteArray &secret, quint64 counter, int digits)
{
    if (auto checked = checkCommon(secret, digits); !checked)
        return checked.error();
    char otp[kMaxDigits + 1] = {};
    const int rc = oath_hotp_generate(secret.constData(), size_t(secret.size()), counter,
                                      unsigned(digits), false, OATH_HOTP_DYNAMIC_TRUNCATION, otp);
    if (rc != OATH_OK)
        return oathError(rc);
    return QString::fromLatin1(otp);
}

Result<QString> code(const QByteArray &secret, qint64 unixTime, int digits, int stepSeconds,
                     Algorithm algorithm)
{
    if (auto checked = checkCommon(secret, digits); !checked)
        return checked.error();
    if (stepSeconds <= 0)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the TOTP time step must be positive, not %1").arg(stepSeconds));
    if (unixTime < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("TOTP time %1 is before 1970").arg(unixTime));
    int flags = 0;
    switch (algorithm) {
    case Algorithm::Sha1:
        break;
    case Algorithm::Sha256:
        flags = OATH_TOTP_HMAC_SHA256;
        break;
    case Algorithm::Sha512:
        flags = OATH_TOTP_HMAC_SHA512;
        break;
    }
    char otp[kMaxDigits + 1] = {};
    const int rc = oath_totp_generate2(secret.constData(), size_t(secret.size()), time_t(unixTime),
                                       unsigned(stepSeconds), 0, unsigned(digits), flags, otp);
    if (rc != OATH_OK)
        return oathError(rc);
    return QString::fromLatin1(otp);
}

std::optional<qint64> matchingStep(const QByteArray &secret, const QString &code, qint64 unixTime,
                                   int window, int digits, int stepSeconds)
{
    if (!checkCommon(secret, digits) || stepSeconds <= 0 || window < 0 || window > kMaxWindow
        || unixTime < 0)
        return std::nullopt;
    // Exactly `digits` ASCII digits: liboath would otherwise take the code's length as the
    // digit count, and QChar::isDigit() would let through digits from other scripts.
    if (code.size() != digits)
        return std::nullopt;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    QByteArray expected = code.toLatin1();
    const WipeOnExit expectedWiped(expected);

    int position = 0;
    uint64_t counter = 0;
    const int rc = oath_totp_validate3_callback(
        secret.constData(), size_t(secret.size()), time_t(unixTime), unsigned(stepSeconds), 0,
        unsigned(digits), size_t(window), &position, &counter, constantTimeOtpCompare, &expected);
    if (rc < 0) // OATH_INVALID_OTP, or an internal failure: either way no match
        return std::nullopt;
    return qint64(counter);
}

} // namespace cc::crypto::totp
