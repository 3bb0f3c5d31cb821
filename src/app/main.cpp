// lagesbild: the desktop program. A thin executable over lb_app so the GUI tests drive the same
// window. `lagesbild [STORE]` opens a store file or a shared store (a postgresql:// connection
// string, the password from ~/.pgpass or asked for); without one the window offers to open or
// create one.
// The hidden option --screenshot FILE saves the window once the first map is drawn and quits
// (used to check the real window under Xvfb).

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/translations.h"
#include "io/network_guard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    // --help and --version print text and quit: they must work without a display (over ssh, in a
    // terminal without X), so they do not ask for a window system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") &&
            !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Lägesbild"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lagesbild"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/lagesbild.svg")));
    lb::installTranslations();
    // No file the user opens may make the program reach the network.
    lb::io::disableNetworkAccess();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("lb::app::Main", "Lägesbild: the local picture of crime and safety."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("STORE"),
        QApplication::translate(
            "lb::app::Main", "A store to open: a file (.gpkg) or a shared store's postgresql:// connection string."));
    const QCommandLineOption extentOption(
        QStringLiteral("extent"),
        QApplication::translate("lb::app::Main", "Show this extent (in the store's coordinates) when the store opens."),
        QStringLiteral("minx,miny,maxx,maxy"));
    parser.addOption(extentOption);
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    lb::app::MainWindow window;
    if (parser.isSet(extentOption)) {
        const QStringList parts = parser.value(extentOption).split(QLatin1Char(','));
        double v[4] = {0, 0, 0, 0};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i)
            v[i] = QLocale::c().toDouble(parts[i].trimmed(), &ok);
        if (!ok) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("lb::app::Main",
                                                            "--extent must be four numbers: minx,miny,maxx,maxy.")));
            return 2;
        }
        window.setStartExtent(lb::Extent::fromCorners(v[0], v[1], v[2], v[3]));
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openStore(parser.positionalArguments().first());

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        auto save = [&window, out] {
            // Let the status bar and the dock settle for one more turn before grabbing.
            QTimer::singleShot(300, &window, [&window, out] {
                window.grab().save(out);
                QCoreApplication::exit(0);
            });
        };
        if (parser.positionalArguments().isEmpty())
            save();
        else
            QObject::connect(window.canvas(), &lb::app::MapCanvas::renderFinished, &window, save,
                             Qt::SingleShotConnection);
        QObject::connect(&window, &lb::app::MainWindow::storeFailed, &app, [] { QCoreApplication::exit(1); });
    }
    return app.exec();
}
