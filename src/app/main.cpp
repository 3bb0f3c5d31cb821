// lagesbild: the desktop program. A thin executable over lb_app so the GUI tests drive the same
// window. `lagesbild [FILE]` opens a store; without one the window offers to open or create one.
// The hidden option --screenshot FILE saves the window once the first map is drawn and quits
// (used to check the real window under Xvfb).

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Lägesbild"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lagesbild"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/lagesbild.svg")));
    lb::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("lb::app::Main", "Lägesbild: the local picture of crime and safety."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("lb::app::Main", "A store to open (.gpkg)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    lb::app::MainWindow window;
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
