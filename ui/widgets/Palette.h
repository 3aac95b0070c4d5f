#pragma once

// The console's few colours, status words and small icons, so every table says "active" or
// "revoked" the same way.

#include "ApiTypes.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cc::ui::palette {

enum class Tone { Good, Warn, Bad, Muted, Info };
enum class Icon { Ok, Warning, Error, Info, Pii, Access, Users, App, Add, Tls, Refresh };

QColor color(Tone tone);
QIcon icon(Icon which);
QString statusLabel(const QString &status); // "active" → "Active"
QColor statusColor(const QString &status);
QIcon categoryIcon(const client::Policy &policy, const QString &category); // a lock for PII

} // namespace cc::ui::palette
