#include "widgets/PickedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace cc::ui {

QByteArray readPickedFile(const QString &path, qint64 limit, QString *problem)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (path.isEmpty()) {
        *problem = QCoreApplication::translate("cc::ui::PickedFile", "Choose a file.");
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("cc::ui::PickedFile", "Cannot read %1: %2")
                       .arg(name, file.errorString());
        return {};
    }
    if (file.size() > limit) {
        *problem = QCoreApplication::translate(
                       "cc::ui::PickedFile", "%1 is %2; the store takes at most %3 in one request.")
                       .arg(name, QLocale().formattedDataSize(file.size()),
                            QLocale().formattedDataSize(limit));
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        *problem = QCoreApplication::translate("cc::ui::PickedFile", "%1 is empty.").arg(name);
    return bytes;
}

} // namespace cc::ui
