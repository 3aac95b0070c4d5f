#pragma once

// The rows each benchmark adds to the combined table that `./dev bench` prints and writes into
// BENCHMARKS.md: one Markdown row per figure, the product's figure next to the reference
// measured in the same run. A benchmark run without --table FILE prints only its own report.

#include <cstdio>

#include <QFile>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace cc::bench {

class BenchTable
{
public:
    // Takes "--table FILE" out of arguments; rows are appended to FILE.
    explicit BenchTable(QStringList &arguments)
    {
        const qsizetype at = arguments.indexOf(QStringLiteral("--table"));
        if (at >= 0 && at + 1 < arguments.size()) {
            m_path = arguments.at(at + 1);
            arguments.remove(at, 2);
        }
    }

    // The ratio is always product / reference, whichever direction is better.
    void row(const QString &benchmark, const QString &measure, const QString &product,
             const QString &reference, const QString &referenceFigure, double ratio) const
    {
        if (m_path.isEmpty())
            return;
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            std::fprintf(stderr, "cannot append to %s\n", qPrintable(m_path));
            return;
        }
        const QStringList cells
            = {benchmark, measure,         product,
               reference, referenceFigure, number(ratio, 2) + QStringLiteral(" ×")};
        file.write(QString(QStringLiteral("| ") + cells.join(QStringLiteral(" | "))
                           + QStringLiteral(" |\n"))
                       .toUtf8());
    }

    // 12,345.6 style, whatever the environment's locale.
    static QString number(double value, int decimals)
    {
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
    }

private:
    QString m_path;
};

} // namespace cc::bench
