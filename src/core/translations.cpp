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

void installTranslations()
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Swedish)
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
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString &file : dir.entryList({QStringLiteral("*_sv.qm")}, QDir::Files)) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(dir.filePath(file)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace lb
