#pragma once

// The rules a new password must pass, wherever it is set (enrolment, a change of one's own
// password, compliancectl user add --password-stdin), each refused with a message naming it:
//   length      at least the policy's password_min_length characters (and at most 1024)
//   personal    not containing the username or the e-mail address (nor its local part), also
//               with their punctuation taken out; parts shorter than 3 characters are ignored
//   dictionary  not a dictionary word or common password: cracklib's check of the password and
//               of its letters once common substitutions (0 for o, @ for a, ...) are undone
//               and digits and symbols dropped, so "Summer2026!" and "P@ssw0rd1" are refused
//   history     none of the account's last password_history passwords (their Argon2id hashes)
// The history check runs Argon2id once per kept hash: call it off the event loop. cracklib's
// check is not thread-safe; checkPassword() serialises it, so any thread may call it.

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cc {

struct PasswordOwner
{
    QString username;
    QString email;
    QString displayName;
    // Argon2id hashes of the passwords the account may not use again, newest first (the
    // current one included).
    QStringList previousHashes;
};

Result<void> checkPassword(const QByteArray &password, const PasswordOwner &owner, int minLength);

// The cracklib dictionary in use (its path without the .pwd/.pwi/.hwm suffix), or an error
// naming where it was looked for and the package that provides it.
Result<QString> passwordDictionary();

} // namespace cc
