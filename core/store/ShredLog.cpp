#include "ShredLog.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>

namespace cc::shredlog {

Result<void> append(const QString &path, const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    QByteArray lines;
    for (const Entry &e : entries)
        lines += QByteArray::number(e.orderId) + (e.wholeOrder ? " all\n" : " pii\n");
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot open the shredded order log %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const char *data = lines.constData();
    qsizetype left = lines.size();
    bool ok = true;
    while (ok && left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        data += n;
        left -= n;
    }
    ok = ok && ::fsync(fd) == 0;
    const int error = errno;
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot write the shredded order log %1: %2; nothing "
                                        "was deleted")
                             .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    return {};
}

Result<QList<Entry>> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QList<Entry>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<Entry> entries;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> words = line.split(' ');
        bool ok = false;
        Entry e;
        e.orderId = words.value(0).toLongLong(&ok);
        if (!ok || words.size() != 2 || (words.at(1) != "pii" && words.at(1) != "all"))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("line %1 of the shredded order log %2 is not "
                                            "\"<order id> pii|all\"")
                                 .arg(number)
                                 .arg(path));
        e.wholeOrder = words.at(1) == "all";
        entries.append(e);
    }
    return entries;
}

} // namespace cc::shredlog
