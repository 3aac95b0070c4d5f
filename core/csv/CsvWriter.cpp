#include "csv/CsvWriter.h"

#include <QRegularExpression>
#include <QStringList>

namespace cc::csv {

QByteArray field(const QString &text)
{
    QString v = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

Writer::Writer(LineEnd lineEnd)
    : m_lineEnd(lineEnd == LineEnd::CrLf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
{ }

void Writer::separate()
{
    if (m_rowStarted)
        m_bytes += ',';
    m_rowStarted = true;
}

Writer &Writer::text(const QString &value)
{
    separate();
    m_bytes += field(value);
    return *this;
}

Writer &Writer::number(const QString &value)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!plainNumber.match(value).hasMatch())
        return text(value);
    separate();
    m_bytes += value.toLatin1();
    return *this;
}

Writer &Writer::endRow()
{
    m_bytes += m_lineEnd;
    m_rowStarted = false;
    return *this;
}

Writer &Writer::row(const QStringList &values)
{
    for (const QString &value : values)
        text(value);
    return endRow();
}

} // namespace cc::csv
