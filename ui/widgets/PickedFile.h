#pragma once

// A file the user picked to send whole (a scanner's output, an evidence document): read within
// the limit the store takes, or a sentence that says why not, for the dialog to show under the
// file's field.

#include <QByteArray>
#include <QString>

namespace cc::ui {

// The file's bytes; empty, with *problem set, when no file is chosen, or it cannot be read, is
// larger than limit or is empty.
QByteArray readPickedFile(const QString &path, qint64 limit, QString *problem);

} // namespace cc::ui
