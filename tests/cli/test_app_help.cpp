// `lagesbild --help` and `--version` answer in a terminal without a display instead of aborting
// because Qt finds no window system.

#include "support/catch_qt.h"

#include <QProcess>
#include <QProcessEnvironment>

TEST_CASE("lagesbild --help and --version work without a display", "[cli][app]")
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LAGESBILD_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LB_APP_PATH), {option});
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO(option.toStdString() << "\n" << out.toStdString() << err.toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        if (option == QLatin1String("--help"))
            CHECK(out.contains(QLatin1String("Usage:")));
        else
            CHECK(out.contains(QStringLiteral("Lägesbild")));
    }
}
