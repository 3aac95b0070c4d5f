// compliance-console: the desktop console. Everything but argument parsing lives in cc_ui.

#include "shell/ConsoleLauncher.h"
#include "shell/PageRegistry.h"
#include "shell/Preferences.h"
#include "widgets/Theme.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ComplianceConsole"));
    QApplication::setApplicationName(QStringLiteral("compliance-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Compliance Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("compliance-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compliance-console.svg")));
    // The launcher decides when the console is done (the login dialog closes before the main
    // window opens).
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console of the compliance store."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Server to sign in to."),
                                          QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Once the main window has loaded, save it as a PNG and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Demo mode: start compliance-stored on this seeded store "
                                "and sign in with its demo account."),
        QStringLiteral("DIR"));
    const QCommandLineOption demoUserOption(
        QStringLiteral("demo-user"),
        QApplication::translate("main",
                                "With --demo: sign in as another demo user instead of the "
                                "compliance officer: ceo, cto, manager, employee or admin."),
        QStringLiteral("NAME"));
    // The pages from their one list, so that the help names every page there is.
    QStringList pages;
    for (const cc::ui::PageType &type : cc::ui::pageTypes())
        pages << type.id;
    pages.sort();
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main",
                                "Page to show first (tasks, everyone's home page, when not "
                                "given): %1.")
            .arg(pages.join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("benchmark-first-paint"),
        QApplication::translate("main",
                                "Print a line once the Audit page has painted its first rows, "
                                "with the peak memory, and exit (bench/bench_console)."));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main",
                                "Colours for this run: light, dark or system (the system's); "
                                "overrides Preferences without changing them."),
        QStringLiteral("THEME"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language for this run: en, de or fr; by default the system's. "
                                "Messages from the server stay in English."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({serverOption, screenshotOption, demoOption, demoUserOption, pageOption,
                       firstPaintOption, themeOption, languageOption});
    parser.process(app);

    cc::ui::Preferences &preferences = cc::ui::Preferences::instance();
    if (parser.isSet(themeOption)) {
        const std::optional<cc::ui::theme::Mode> mode
            = cc::ui::theme::modeFromName(parser.value(themeOption));
        if (!mode) {
            std::fprintf(stderr,
                         "compliance-console: --theme takes light, dark or system (got \"%s\")\n",
                         qUtf8Printable(parser.value(themeOption)));
            return 2;
        }
        preferences.setThemeOverride(*mode);
    }
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption).toLower();
        if (language != QLatin1String("en") && language != QLatin1String("de")
            && language != QLatin1String("fr")) {
            std::fprintf(stderr, "compliance-console: --lang takes en, de or fr (got \"%s\")\n",
                         qUtf8Printable(parser.value(languageOption)));
            return 2;
        }
        preferences.setLanguageOverride(language);
    }
    cc::ui::installTranslations(preferences.language());
    cc::ui::theme::apply(preferences.themeMode());

    cc::ui::ConsoleLauncher::Options options;
    if (parser.isSet(serverOption)) {
        options.server = QUrl::fromUserInput(parser.value(serverOption));
        if (!options.server.isValid()) {
            std::fprintf(stderr, "compliance-console: invalid --server URL\n");
            return 2;
        }
    }
    options.screenshotFile = parser.value(screenshotOption);
    options.demoDir = parser.value(demoOption);
    options.demoUser = parser.value(demoUserOption);
    if (!options.demoUser.isEmpty() && options.demoDir.isEmpty()) {
        std::fprintf(stderr, "compliance-console: --demo-user needs --demo\n");
        return 2;
    }
    options.page = parser.value(pageOption);
    options.benchmarkFirstPaint = parser.isSet(firstPaintOption);

    cc::ui::ConsoleLauncher launcher(options);
    QObject::connect(&launcher, &cc::ui::ConsoleLauncher::finished, &app, &QApplication::exit,
                     Qt::QueuedConnection);
    launcher.start();
    return app.exec();
}
