#include "SecretInput.h"

#include <cstdio>

namespace cc::ctl {

QByteArray readSecretLine()
{
    // Longer than any password the store accepts (1024 bytes): only a line it refuses anyway
    // can make the buffer grow.
    QByteArray line;
    line.reserve(2048);
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace cc::ctl
