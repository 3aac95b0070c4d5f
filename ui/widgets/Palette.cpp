#include "widgets/Palette.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::ui::palette {

QColor color(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1e, 0x7b, 0x34);
    case Tone::Warn:
        return QColor(0xa6, 0x5e, 0x00);
    case Tone::Bad:
        return QColor(0xb3, 0x26, 0x1e);
    case Tone::Muted:
        return QColor(0x75, 0x75, 0x75);
    case Tone::Info:
        return QColor(0x1d, 0x5f, 0xa8);
    }
    return {};
}

QIcon icon(Icon which)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(which));
    if (it != cache.constEnd())
        return *it;
    QString name;
    switch (which) {
    case Icon::Ok:
        name = QStringLiteral("ok");
        break;
    case Icon::Warning:
        name = QStringLiteral("warning");
        break;
    case Icon::Error:
        name = QStringLiteral("error");
        break;
    case Icon::Info:
        name = QStringLiteral("info");
        break;
    case Icon::Pii:
        name = QStringLiteral("lock");
        break;
    case Icon::Access:
        name = QStringLiteral("access");
        break;
    case Icon::Users:
        name = QStringLiteral("users");
        break;
    case Icon::App:
        name = QStringLiteral("compliance-console");
        break;
    case Icon::Add:
        name = QStringLiteral("add");
        break;
    case Icon::Tls:
        name = QStringLiteral("tls");
        break;
    case Icon::Refresh:
        name = QStringLiteral("refresh");
        break;
    }
    const QIcon loaded(QStringLiteral(":/icons/%1.svg").arg(name));
    cache.insert(int(which), loaded);
    return loaded;
}

QString statusLabel(const QString &status)
{
    static const char *const context = "cc::ui::palette";
    if (status == QLatin1StringView("active"))
        return QCoreApplication::translate(context, "Active");
    if (status == QLatin1StringView("pending"))
        return QCoreApplication::translate(context, "Pending");
    if (status == QLatin1StringView("approved"))
        return QCoreApplication::translate(context, "Approved");
    if (status == QLatin1StringView("denied"))
        return QCoreApplication::translate(context, "Denied");
    if (status == QLatin1StringView("cancelled"))
        return QCoreApplication::translate(context, "Cancelled");
    if (status == QLatin1StringView("expired"))
        return QCoreApplication::translate(context, "Expired");
    if (status == QLatin1StringView("revoked"))
        return QCoreApplication::translate(context, "Revoked");
    if (status == QLatin1StringView("offboarded"))
        return QCoreApplication::translate(context, "Offboarded");
    return status;
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1StringView("active") || status == QLatin1StringView("approved"))
        return color(Tone::Good);
    if (status == QLatin1StringView("pending"))
        return color(Tone::Warn);
    if (status == QLatin1StringView("denied") || status == QLatin1StringView("revoked"))
        return color(Tone::Bad);
    return color(Tone::Muted);
}

QIcon categoryIcon(const client::Policy &policy, const QString &category)
{
    for (const client::Category &c : policy.categories) {
        if (c.id == category)
            return c.containsPii ? icon(Icon::Pii) : QIcon();
    }
    return {};
}

} // namespace cc::ui::palette
