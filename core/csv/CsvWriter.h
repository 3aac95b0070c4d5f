#pragma once

// The one way this project writes CSV (RFC 4180): a field is quoted when it holds a comma, a
// quote, a line feed or a carriage return, with quotes doubled; and a text field that starts
// with =, +, -, @, a tab or a carriage return gets a leading ' so a spreadsheet shows it
// instead of running it as a formula (OWASP's rule for CSV injection). Numbers the file is
// meant to hold (a count, an amount that may be negative) are written as they are.

#include <QByteArray>
#include <QString>

namespace cc::csv {

// One text field, escaped.
QByteArray field(const QString &text);

class Writer
{
public:
    // Access review reports end their lines with CRLF (RFC 4180); the asset and aggregate
    // exports with LF, as they always have.
    enum class LineEnd { CrLf, Lf };

    explicit Writer(LineEnd lineEnd);

    Writer &text(const QString &value);
    // A number: written as it is when it is one ("-12.50", "3"), else as text.
    Writer &number(const QString &value);
    Writer &endRow();
    // A whole header or row of text fields.
    Writer &row(const QStringList &values);

    const QByteArray &bytes() const { return m_bytes; }

private:
    void separate();

    QByteArray m_lineEnd;
    QByteArray m_bytes;
    bool m_rowStarted = false;
};

} // namespace cc::csv
