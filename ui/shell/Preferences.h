#pragma once

// What a person sets for their own console, kept in QSettings: the theme (light, dark or the
// system's) and the language (the system's unless chosen). A choice made on the command line
// (--theme, --lang) holds for that run and wins over the saved one, which it does not change.

#include "widgets/Theme.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace cc::ui {

class Preferences
{
public:
    static Preferences &instance();

    // What the console uses now: the command line's choice, else the saved one.
    theme::Mode themeMode() const;
    bool themeFromCommandLine() const { return m_themeOverride.has_value(); }
    void setThemeOverride(theme::Mode mode) { m_themeOverride = mode; }
    void saveThemeMode(theme::Mode mode);

    QString language() const; // "de", "fr", "en", or empty for the system's
    bool languageFromCommandLine() const { return !m_languageOverride.isEmpty(); }
    void setLanguageOverride(const QString &language) { m_languageOverride = language; }
    void saveLanguage(const QString &language);

private:
    Preferences() = default;
    std::optional<theme::Mode> m_themeOverride;
    QString m_languageOverride;
};

// Loads the console's translation for language ("de", "fr", "en"; empty: the system's first
// language the console has), and Qt's own for its standard buttons; returns the language used.
// English is loaded too: it holds the English plural forms ("1 day", "2 days").
QString installTranslations(const QString &language);

// Console > Preferences: the theme applies at once; a new language at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

signals:
    void themeChanged();

private:
    void apply();

    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace cc::ui
