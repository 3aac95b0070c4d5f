#pragma once

// Reading a password or passphrase from standard input into one buffer the caller wipes.

#include <QByteArray>

namespace cc::ctl {

// The first line of standard input without its line end ("\n" or "\r\n"). Read byte by byte
// into a buffer reserved up front, so neither a text stream's buffer nor a reallocation leaves
// a copy behind; guard the result with crypto::WipeOnExit.
QByteArray readSecretLine();

} // namespace cc::ctl
