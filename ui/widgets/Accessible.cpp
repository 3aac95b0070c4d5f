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

} // namespace cc::ui
