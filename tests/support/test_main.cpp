// Test entry point: creates the Qt application object the module needs, forces the offscreen
// platform and a fixed DPI so rendering tests give the same pixels everywhere, and sets a
// non-C locale on purpose so that number formatting bugs show up.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

#if defined(LB_TEST_APP_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(LB_TEST_APP_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
using TestApplication = QCoreApplication;
#endif

#include <clocale>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_FONT_DPI", "96");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    std::setlocale(LC_ALL, "sv_SE.UTF-8"); // decimal comma where the system has the locale
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));

    int qtArgc = 1;
    TestApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
