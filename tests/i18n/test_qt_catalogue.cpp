// Qt's own strings (wizard buttons, file dialogs) are Swedish too when the program speaks Swedish:
// the program loads Qt's Swedish catalogue beside its own.

#include "core/translations.h"
#include "support/catch_qt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

TEST_CASE("Qt's own strings are translated when the program speaks Swedish", "[i18n]")
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFileInfo::exists(dir + QStringLiteral("/qt_sv.qm")) &&
        !QFileInfo::exists(dir + QStringLiteral("/qtbase_sv.qm"))) {
        WARN("Qt's Swedish catalogue is not installed (Debian: qt6-translations-l10n)");
        return;
    }
    qputenv("LAGESBILD_LANG", "sv");
    lb::installTranslations();
    qunsetenv("LAGESBILD_LANG");
    // The import wizard's buttons and the file dialog come from Qt.
    CHECK(QCoreApplication::translate("QWizard", "&Next >") != QLatin1String("&Next >"));
    CHECK(QCoreApplication::translate("QWizard", "&Finish") != QLatin1String("&Finish"));
    CHECK(QCoreApplication::translate("QFileDialog", "File &name:") != QLatin1String("File &name:"));
}
