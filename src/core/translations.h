#pragma once

// Installs the Qt translators for the UI language: every catalogue compiled into the program
// under :/i18n plus Qt's own. Swedish is used on a Swedish locale or when LAGESBILD_LANG=sv;
// LAGESBILD_LANG=en forces English. Qt's own catalogue (qtbase_sv or qt_sv) is loaded from Qt's
// translations folder when present. Call once on the GUI thread after the application object
// exists.

#include <QLocale>

namespace lb {

QLocale uiLocale();
void installTranslations();

} // namespace lb
