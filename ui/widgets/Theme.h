#pragma once

// Every colour of the console, in one place per theme (light and dark), and the choice between
// them: light, dark, or whatever the system uses. Pages never name a colour: they ask for a role
// (a tone for text, a badge, a tint) and the theme answers. contrastPairs() lists every text
// and background the theme puts together, so a test can hold each to WCAG AA (4.5:1).
//
// Also the console's small icons and the words and colours of the statuses every table shows.

#include "ApiTypes.h"

#include <optional>

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace cc::ui::theme {

enum class Mode { System, Light, Dark };
QString modeName(Mode mode); // "system", "light", "dark"
std::optional<Mode> modeFromName(const QString &name);

// Text that says how something stands, on any of the theme's backgrounds.
enum class Tone { Good, Warn, Bad, Info, Muted };

// Text on a coloured background: severity badges.
struct Badge
{
    QColor text;
    QColor background;
};

struct Colors
{
    bool dark = false;
    // Backgrounds.
    QColor window, base, alternateBase, card, border, button, highlight;
    // Text on them.
    QColor text, mutedText, placeholder, highlightedText, link;
    // The navigation on the left.
    QColor sidebar, sidebarHover, sidebarText, sidebarSelected, sidebarSelectedText;
    // Tones.
    QColor good, warn, bad, info, muted;
    // Message bars and banners: background and border; their text is `text`.
    QColor infoBackground, infoBorder, successBackground, successBorder, warningBackground,
        warningBorder, errorBackground, errorBorder;
    // Severity badges: critical, high, medium, low.
    Badge critical, high, medium, low;
    // The alarm across every window when the audit chain is broken: text on solid red.
    Badge alarm;
    // Tinted backgrounds behind a tone (an asset's review state, the calendar's cards).
    QColor goodTint, infoTint, warnTint, badTint, mutedTint;
    // Charts: bars, and the value written on them.
    QColor chartBar, chartBarText;
};

const Colors &light();
const Colors &dark();
// The theme in use (light until apply() says otherwise).
const Colors &colors();
Mode mode(); // as chosen: System stays System
bool isDark();

// Sets the application's palette and style sheet for mode; System follows the platform's
// palette as it was when the console started.
void apply(Mode mode);

QColor color(Tone tone);
QColor tint(Tone tone);
Badge severityBadge(int severity); // incidents: 1 critical … 4 low
Badge alertBadge(const QString &severity); // alerts: critical, high, medium, low

// A foreground and a background the theme puts together, and the contrast they must reach.
struct ContrastPair
{
    QString name;
    QColor foreground;
    QColor background;
};
QList<ContrastPair> contrastPairs(const Colors &colors);
double contrastRatio(const QColor &a, const QColor &b); // WCAG 2.1 relative luminance

// Styles a widget as a card (a bordered panel: tiles, detail panes) or a muted caption; the
// application style sheet draws them.
void markCard(QWidget *widget);
void markMuted(QWidget *widget);
// A rich-text span coloured for a tone or a badge, for labels that show HTML.
QString span(Tone tone, const QString &html, bool bold = false);
QString badgeSpan(const Badge &badge, const QString &text);

enum class Icon {
    Ok,
    Warning,
    Error,
    Info,
    Pii,
    Access,
    Users,
    App,
    Add,
    Tls,
    Refresh, // a glyph: drawn in the theme's text colour
    Bell, // a glyph
    Assets,
    Tasks // a checklist: what waits for the person
};
QIcon icon(Icon which);

QString statusLabel(const QString &status); // "active" → "Active"
QColor statusColor(const QString &status);
QIcon categoryIcon(const client::Policy &policy, const QString &category); // a lock for PII

} // namespace cc::ui::theme
