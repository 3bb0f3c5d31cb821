#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace lb {

QLocale uiLocale()
{
    const QString forced = qEnvironmentVariable("LAGESBILD_LANG");
    if (forced == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (forced == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

namespace {
void loadCatalogues(const QString &pattern)
{
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString &file : dir.entryList({pattern}, QDir::Files)) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(dir.filePath(file)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}
} // namespace

void installTranslations()
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    const bool swedish = locale.language() == QLocale::Swedish;
    // English needs a catalogue too: it holds the plural forms of the %n messages ("1 row", "2 rows").
    const QString catalogues = swedish ? QStringLiteral("*_sv.qm") : QStringLiteral("*_en.qm");
    loadCatalogues(catalogues);
    if (!swedish)
        return;
    // Qt's own strings (wizard buttons, file dialogs, standard buttons): Debian ships them as
    // qt_sv.qm (package qt6-translations-l10n); newer Qt splits them into qtbase_sv.qm.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &name : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto *qtTranslator = new QTranslator(QCoreApplication::instance());
        if (qtTranslator->load(locale, name, QStringLiteral("_"), qtDir)) {
            QCoreApplication::installTranslator(qtTranslator);
            break;
        }
        delete qtTranslator;
    }
}

} // namespace lb
