#include "widgets/Accessible.h"

#include <QAbstractButton>
#include <QString>
#include <QWidget>

namespace cc::ui {

void describe(QWidget *control, const QString &name, const QString &description)
{
    control->setAccessibleName(name);
    control->setAccessibleDescription(description);
    if (qobject_cast<QAbstractButton *>(control) && control->toolTip().isEmpty())
        control->setToolTip(description);
}

QString plainLabel(const QString &label)
{
    QString plain = label;
    plain.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    plain = plain.trimmed();
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    return plain.trimmed();
}

} // namespace cc::ui
