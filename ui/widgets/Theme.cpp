#include "widgets/Theme.h"

#include <cmath>

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace cc::ui::theme {

namespace {

QColor hex(const char *rgb)
{
    return QColor(QString::fromLatin1(rgb));
}

Colors makeLight()
{
    Colors c;
    c.dark = false;
    c.window = hex("#f5f7fa");
    c.base = hex("#ffffff");
    c.alternateBase = hex("#f2f5f8");
    c.card = hex("#ffffff");
    c.border = hex("#d5dbe2");
    c.button = hex("#eef1f5");
    c.highlight = hex("#245e9f");
    c.text = hex("#1f2933");
    c.mutedText = hex("#52606d");
    c.placeholder = hex("#5f6b78");
    c.highlightedText = hex("#ffffff");
    c.link = hex("#1d5fa8");
    c.sidebar = hex("#eef1f5");
    c.sidebarHover = hex("#e3e8ee");
    c.sidebarText = hex("#1f2933");
    c.sidebarSelected = hex("#d6e4f5");
    c.sidebarSelectedText = hex("#0f3d73");
    c.good = hex("#1b6e2f");
    c.warn = hex("#8f5100");
    c.bad = hex("#b3261e");
    c.info = hex("#1d5fa8");
    c.muted = hex("#5f6b76");
    c.infoBackground = hex("#e8f0fb");
    c.infoBorder = hex("#9bbbe3");
    c.successBackground = hex("#e7f4ea");
    c.successBorder = hex("#94c9a2");
    c.warningBackground = hex("#fdf3e1");
    c.warningBorder = hex("#e3bf7d");
    c.errorBackground = hex("#fbeae9");
    c.errorBorder = hex("#e0a29e");
    c.critical = {hex("#ffffff"), hex("#b3261e")};
    c.high = {hex("#ffffff"), hex("#a84b00")};
    c.medium = {hex("#1f2933"), hex("#f2c94c")};
    c.low = {hex("#ffffff"), hex("#5f6b7a")};
    c.alarm = {hex("#ffffff"), hex("#a3211a")};
    c.goodTint = hex("#e3f3e6");
    c.infoTint = hex("#e1ecf8");
    c.warnTint = hex("#fdefd6");
    c.badTint = hex("#fae0de");
    c.mutedTint = hex("#ececec");
    c.chartBar = hex("#1d5fa8");
    c.chartBarText = hex("#ffffff");
    return c;
}

Colors makeDark()
{
    Colors c;
    c.dark = true;
    c.window = hex("#1b1f24");
    c.base = hex("#22272e");
    c.alternateBase = hex("#272d35");
    c.card = hex("#2a3038");
    c.border = hex("#3d444d");
    c.button = hex("#2d333b");
    c.highlight = hex("#2f6fbf");
    c.text = hex("#e6edf3");
    c.mutedText = hex("#a8b3bf");
    c.placeholder = hex("#919daa");
    c.highlightedText = hex("#ffffff");
    c.link = hex("#79b8ff");
    c.sidebar = hex("#161a1f");
    c.sidebarHover = hex("#222831");
    c.sidebarText = hex("#d5dde5");
    c.sidebarSelected = hex("#23384f");
    c.sidebarSelectedText = hex("#d6e9ff");
    c.good = hex("#6bd58a");
    c.warn = hex("#f0b44c");
    c.bad = hex("#ff8a80");
    c.info = hex("#79b8ff");
    c.muted = hex("#a0abb7");
    c.infoBackground = hex("#1c2b3d");
    c.infoBorder = hex("#3b5f8a");
    c.successBackground = hex("#17301f");
    c.successBorder = hex("#2f6b3e");
    c.warningBackground = hex("#3a2c12");
    c.warningBorder = hex("#7a5b1e");
    c.errorBackground = hex("#3d1d1c");
    c.errorBorder = hex("#8a3a36");
    c.critical = {hex("#ffffff"), hex("#b3261e")};
    c.high = {hex("#ffffff"), hex("#a84b00")};
    c.medium = {hex("#1f2933"), hex("#f2c94c")};
    c.low = {hex("#ffffff"), hex("#5f6b7a")};
    c.alarm = {hex("#ffffff"), hex("#a3211a")};
    c.goodTint = hex("#1d3324");
    c.infoTint = hex("#1b2c40");
    c.warnTint = hex("#3a2c12");
    c.badTint = hex("#3d1d1c");
    c.mutedTint = hex("#2d333b");
    c.chartBar = hex("#2d65b5");
    c.chartBarText = hex("#ffffff");
    return c;
}

struct State
{
    Mode mode = Mode::Light;
    const Colors *colors = &light();
    QPalette platform; // the system's palette before the console set its own
    bool platformKnown = false;
};

State &state()
{
    static State s;
    return s;
}

bool platformIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette paletteFor(const Colors &c)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &color) {
        p.setColor(QPalette::All, role, color);
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.text);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.text);
    set(QPalette::BrightText, c.bad);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.link);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::ToolTipBase, c.card);
    set(QPalette::ToolTipText, c.text);
    set(QPalette::Light, c.base);
    set(QPalette::Midlight, c.alternateBase);
    set(QPalette::Mid, c.border);
    set(QPalette::Dark, c.border);
    set(QPalette::Shadow, c.dark ? QColor(Qt::black) : c.border);
    // Disabled controls: readable, but plainly off.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.placeholder);
    return p;
}

// The widgets the console draws itself: navigation, cards, captions, chips, message bars.
QString styleSheet(const Colors &c)
{
    const auto name = [](const QColor &color) {
        return color.name();
    };
    return QStringLiteral(
               "QListWidget#navigation { background: %1; border: none; border-right: 1px solid "
               "%2; padding-top: 6px; }"
               "QListWidget#navigation::item { padding: 7px 8px; border-radius: 4px; margin: "
               "1px 5px; color: %3; }"
               "QListWidget#navigation::item:selected { background: %4; color: %5; "
               "font-weight: 600; }"
               "QListWidget#navigation::item:hover:!selected { background: %6; }"
               "QFrame[card=\"true\"] { background: %7; border: 1px solid %2; border-radius: "
               "6px; }"
               "QLabel[muted=\"true\"] { color: %8; }"
               "QPushButton[chip=\"true\"] { border: 1px solid %2; border-radius: 11px; "
               "padding: 3px 10px; background: %9; color: %3; }"
               "QPushButton[chip=\"true\"]:checked { background: %4; border-color: %10; "
               "color: %5; font-weight: 600; }"
               "QStatusBar { border-top: 1px solid %2; } QStatusBar::item { border: none; }")
               .arg(name(c.sidebar), name(c.border), name(c.sidebarText), name(c.sidebarSelected),
                    name(c.sidebarSelectedText), name(c.sidebarHover), name(c.card),
                    name(c.mutedText), name(c.base))
               .arg(name(c.highlight))
        + QStringLiteral(
              "cc--ui--MessageBar { border-radius: 4px; }"
              "cc--ui--MessageBar[kind=\"info\"] { background: %1; border: 1px solid %2; }"
              "cc--ui--MessageBar[kind=\"success\"] { background: %3; border: 1px solid %4; }"
              "cc--ui--MessageBar[kind=\"warning\"] { background: %5; border: 1px solid %6; }"
              "cc--ui--MessageBar[kind=\"error\"] { background: %7; border: 1px solid %8; }"
              "cc--ui--MessageBar QLabel { color: %9; background: transparent; border: none; }")
              .arg(name(c.infoBackground), name(c.infoBorder), name(c.successBackground),
                   name(c.successBorder), name(c.warningBackground), name(c.warningBorder),
                   name(c.errorBackground), name(c.errorBorder), name(c.text))
        + QStringLiteral("cc--ui--MessageBar[kind=\"alarm\"] { background: %1; border: 1px solid "
                         "%1; border-radius: 0; }"
                         "cc--ui--MessageBar[kind=\"alarm\"] QLabel { color: %2; font-weight: "
                         "600; }")
              .arg(name(c.alarm.background), name(c.alarm.text));
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

// A one-colour icon drawn in the theme's text colour, so it shows on light and dark alike.
QIcon glyph(const QString &path, const QColor &color)
{
    const QIcon source(path);
    QIcon tinted;
    for (int size : {16, 20, 22, 24, 32, 44, 48, 64}) {
        QPixmap pixmap = source.pixmap(QSize(size, size));
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

} // namespace

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<Mode> modeFromName(const QString &name)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

const Colors &light()
{
    static const Colors colors = makeLight();
    return colors;
}

const Colors &dark()
{
    static const Colors colors = makeDark();
    return colors;
}

const Colors &colors()
{
    return *state().colors;
}

Mode mode()
{
    return state().mode;
}

bool isDark()
{
    return colors().dark;
}

void apply(Mode mode)
{
    State &s = state();
    if (!s.platformKnown) {
        s.platform = QApplication::palette();
        s.platformKnown = true;
    }
    s.mode = mode;
    const bool useDark = mode == Mode::Dark || (mode == Mode::System && platformIsDark(s.platform));
    s.colors = useDark ? &dark() : &light();
    // Fusion draws every control from the palette, so both themes look the same everywhere.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(paletteFor(*s.colors));
    qApp->setStyleSheet(styleSheet(*s.colors));
}

QColor color(Tone tone)
{
    const Colors &c = colors();
    switch (tone) {
    case Tone::Good:
        return c.good;
    case Tone::Warn:
        return c.warn;
    case Tone::Bad:
        return c.bad;
    case Tone::Muted:
        return c.muted;
    case Tone::Info:
        return c.info;
    }
    return c.text;
}

QColor tint(Tone tone)
{
    const Colors &c = colors();
    switch (tone) {
    case Tone::Good:
        return c.goodTint;
    case Tone::Warn:
        return c.warnTint;
    case Tone::Bad:
        return c.badTint;
    case Tone::Muted:
        return c.mutedTint;
    case Tone::Info:
        return c.infoTint;
    }
    return c.base;
}

Badge severityBadge(int severity)
{
    const Colors &c = colors();
    switch (severity) {
    case 1:
        return c.critical;
    case 2:
        return c.high;
    case 3:
        return c.medium;
    default:
        return c.low;
    }
}

Badge alertBadge(const QString &severity)
{
    // The incidents' four steps, so "critical" reads the same on every page.
    if (severity == QLatin1String("critical"))
        return colors().critical;
    if (severity == QLatin1String("high"))
        return colors().high;
    if (severity == QLatin1String("medium"))
        return colors().medium;
    return colors().low;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<ContrastPair> contrastPairs(const Colors &c)
{
    QList<ContrastPair> pairs;
    const std::pair<const char *, QColor> backgrounds[] = {
        {"window", c.window},
        {"base", c.base},
        {"alternate rows", c.alternateBase},
        {"card", c.card},
    };
    const std::pair<const char *, QColor> texts[] = {
        {"text", c.text},
        {"muted text", c.mutedText},
        {"placeholder", c.placeholder},
        {"link", c.link},
        {"good", c.good},
        {"warn", c.warn},
        {"bad", c.bad},
        {"info", c.info},
        {"muted", c.muted},
    };
    for (const auto &[textName, text] : texts) {
        for (const auto &[backgroundName, background] : backgrounds)
            pairs.append({QStringLiteral("%1 on %2")
                              .arg(QLatin1StringView(textName), QLatin1StringView(backgroundName)),
                          text, background});
    }
    pairs.append({QStringLiteral("selected row"), c.highlightedText, c.highlight});
    pairs.append({QStringLiteral("navigation"), c.sidebarText, c.sidebar});
    pairs.append({QStringLiteral("navigation, hovered"), c.sidebarText, c.sidebarHover});
    pairs.append(
        {QStringLiteral("navigation, selected"), c.sidebarSelectedText, c.sidebarSelected});
    pairs.append({QStringLiteral("button"), c.text, c.button});
    const std::pair<const char *, QColor> messages[] = {
        {"info message", c.infoBackground},
        {"success message", c.successBackground},
        {"warning message", c.warningBackground},
        {"error message", c.errorBackground},
    };
    for (const auto &[name, background] : messages)
        pairs.append({QString::fromLatin1(name), c.text, background});
    const std::pair<const char *, Badge> badges[] = {
        {"critical badge", c.critical},
        {"high badge", c.high},
        {"medium badge", c.medium},
        {"low badge", c.low},
    };
    for (const auto &[name, badge] : badges)
        pairs.append({QString::fromLatin1(name), badge.text, badge.background});
    pairs.append({QStringLiteral("alarm banner"), c.alarm.text, c.alarm.background});
    pairs.append({QStringLiteral("good on its tint"), c.good, c.goodTint});
    pairs.append({QStringLiteral("info on its tint"), c.info, c.infoTint});
    pairs.append({QStringLiteral("warn on its tint"), c.warn, c.warnTint});
    pairs.append({QStringLiteral("bad on its tint"), c.bad, c.badTint});
    pairs.append({QStringLiteral("muted on its tint"), c.muted, c.mutedTint});
    pairs.append({QStringLiteral("text on a tint"), c.text, c.warnTint});
    pairs.append({QStringLiteral("chart value"), c.chartBarText, c.chartBar});
    return pairs;
}

void markCard(QWidget *widget)
{
    widget->setProperty("card", true);
}

void markMuted(QWidget *widget)
{
    widget->setProperty("muted", true);
}

QString span(Tone tone, const QString &html, bool bold)
{
    return QStringLiteral("<span style='color:%1;%2'>%3</span>")
        .arg(color(tone).name(), bold ? QStringLiteral(" font-weight:600") : QString(), html);
}

QString badgeSpan(const Badge &badge, const QString &text)
{
    return QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
        .arg(badge.background.name(), badge.text.name(), text.toHtmlEscaped());
}

QIcon icon(Icon which)
{
    static QHash<int, QIcon> cache;
    const int key = int(which) * 2 + (isDark() ? 1 : 0);
    const auto it = cache.constFind(key);
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
    case Icon::Bell:
        name = QStringLiteral("bell");
        break;
    case Icon::Assets:
        name = QStringLiteral("assets");
        break;
    case Icon::Tasks:
        name = QStringLiteral("tasks");
        break;
    }
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    const bool isGlyph = which == Icon::Refresh || which == Icon::Bell;
    const QIcon loaded = isGlyph ? glyph(path, colors().text) : QIcon(path);
    cache.insert(key, loaded);
    return loaded;
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1StringView("active"))
        return QCoreApplication::translate("cc::ui::theme", "Active");
    if (status == QLatin1StringView("pending"))
        return QCoreApplication::translate("cc::ui::theme", "Pending");
    if (status == QLatin1StringView("approved"))
        return QCoreApplication::translate("cc::ui::theme", "Approved");
    if (status == QLatin1StringView("denied"))
        return QCoreApplication::translate("cc::ui::theme", "Denied");
    if (status == QLatin1StringView("cancelled"))
        return QCoreApplication::translate("cc::ui::theme", "Cancelled");
    if (status == QLatin1StringView("expired"))
        return QCoreApplication::translate("cc::ui::theme", "Expired");
    if (status == QLatin1StringView("revoked"))
        return QCoreApplication::translate("cc::ui::theme", "Revoked");
    if (status == QLatin1StringView("offboarded"))
        return QCoreApplication::translate("cc::ui::theme", "Offboarded");
    if (status == QLatin1StringView("retired"))
        return QCoreApplication::translate("cc::ui::theme", "Retired");
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

} // namespace cc::ui::theme
