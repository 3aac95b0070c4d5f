#pragma once

// The master key in a PKCS#11 token (an HSM, a smart card, SoftHSM): generated in the token as
// a sensitive, non-extractable AES-256 key, used there through the PKCS#11 C API (C_Encrypt,
// C_Decrypt with CKM_AES_GCM), never read out. The module is loaded through p11-kit. Each
// version is its own token object labelled "compliance-console master key v<N>", so a rotation
// keeps the old version until no value uses it. Blobs are those of KeyRing (Aes256Gcm.h).

#include "MasterKey.h"
#include "Result.h"

#include <memory>

#include <QMap>
#include <QString>

namespace cc::crypto {

// Which token holds a store's master key: pkcs11.json in the store directory (0600), written by
// `compliancectl init --pkcs11-module PATH --pkcs11-token LABEL --pkcs11-pin-file FILE`.
struct TokenConfig
{
    QString module; // absolute path of the PKCS#11 module (.so)
    QString token; // the token's label
    QString pinFile; // absolute path of an owner-only file whose first line is the user PIN

    // Refuses a file that does not parse or lacks a field; names the file and the field.
    static Result<TokenConfig> parse(const QByteArray &json, const QString &path);
    static Result<TokenConfig> loadFile(const QString &path);
    QByteArray toJson() const;
    // A new file, mode 0600; never over an existing one.
    Result<void> writeFile(const QString &path) const;
};

class TokenKey final : public MasterKey
{
public:
    // Loads the module, finds the token by its label, logs in with the PIN file's PIN (wiped
    // once used) and finds the master key's versions. Each failure names what is wrong: the
    // module, the token, the PIN, a missing key.
    static Result<std::unique_ptr<TokenKey>> open(const TokenConfig &config);
    // For a new store: generates version 1 in the token. Refuses a token that already holds a
    // master key (a token's key serves one store: another store's rotation would retire it).
    static Result<std::unique_ptr<TokenKey>> create(const TokenConfig &config);
    ~TokenKey() override;
    TokenKey(const TokenKey &) = delete;
    TokenKey &operator=(const TokenKey &) = delete;

    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const override;
    Result<QByteArray> open(const QByteArray &blob, const QByteArray &aad) const override;
    quint32 currentVersion() const override;
    QString describe() const override;
    Result<QList<quint32>> storedVersions() override;
    Result<quint32> addVersion() override;
    Result<void> retireVersion(quint32 version) override;
    Result<QByteArray> deriveKey(quint32 version, const QByteArray &purpose,
                                 int length) const override;
    Result<void> checkExportable() const override;

    // Undoes create(): destroys every version in the token. Only for a store whose creation
    // failed before anything was sealed with it.
    void discardNewStoreKey();

private:
    struct Token;
    explicit TokenKey(std::unique_ptr<Token> token);
    std::unique_ptr<Token> m_token;
};

} // namespace cc::crypto
