#include "shell/Preferences.h"

#include "widgets/Accessible.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
} // namespace

Preferences &Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

theme::Mode Preferences::themeMode() const
{
    if (m_themeOverride)
        return *m_themeOverride;
    return theme::modeFromName(QSettings().value(kThemeKey).toString())
        .value_or(theme::Mode::System);
}

void Preferences::saveThemeMode(theme::Mode mode)
{
    QSettings().setValue(kThemeKey, theme::modeName(mode));
}

QString Preferences::language() const
{
    if (!m_languageOverride.isEmpty())
        return m_languageOverride;
    return QSettings().value(kLanguageKey).toString();
}

void Preferences::saveLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString installTranslations(const QString &language)
{
    static const QStringList available
        = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    QString chosen = available.contains(language) ? language : QString();
    if (chosen.isEmpty()) {
        for (const QString &wanted : QLocale::system().uiLanguages()) {
            const QString code = wanted.section(QLatin1Char('-'), 0, 0).toLower();
            if (available.contains(code)) {
                chosen = code;
                break;
            }
        }
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en");
    // Owned by the application; installed once per run, before any window exists.
    const auto install = [](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(QStringLiteral("compliance_") + chosen, QStringLiteral(":/i18n"));
    if (chosen != QLatin1String("en"))
        install(QStringLiteral("qtbase_") + chosen,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Preferences &preferences = Preferences::instance();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), theme::modeName(theme::Mode::System));
    m_theme->addItem(tr("Light"), theme::modeName(theme::Mode::Light));
    m_theme->addItem(tr("Dark"), theme::modeName(theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(theme::modeName(preferences.themeMode())));
    m_theme->setEnabled(!preferences.themeFromCommandLine());
    describe(m_theme, tr("Theme"), tr("Light, dark, or the system's colours"));
    form->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language in its own words.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language())));
    m_language->setEnabled(!preferences.languageFromCommandLine());
    describe(m_language, tr("Language"), tr("The console's language, from its next start"));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    theme::markMuted(m_note);
    QStringList notes {tr("A new language applies the next time the console starts. Messages "
                          "from the server stay in English.")};
    if (preferences.themeFromCommandLine() || preferences.languageFromCommandLine())
        notes << tr("Settings given on the command line (--theme, --lang) hold for this run.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    describe(buttons->button(QDialogButtonBox::Ok), tr("OK"), tr("Keep these preferences"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"),
             tr("Close without changing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PreferencesDialog::apply()
{
    Preferences &preferences = Preferences::instance();
    if (m_theme->isEnabled()) {
        const theme::Mode mode
            = theme::modeFromName(m_theme->currentData().toString()).value_or(theme::Mode::System);
        preferences.saveThemeMode(mode);
        if (mode != theme::mode()) {
            theme::apply(mode);
            emit themeChanged();
        }
    }
    if (m_language->isEnabled())
        preferences.saveLanguage(m_language->currentData().toString());
    accept();
}

} // namespace cc::ui
