#pragma once

// Reads the Swedish catalogues (resources/translations/*_sv.ts) the way the tests need them:
// one entry per message with its context, source and every translated form.

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::test {

struct CatalogueMessage {
    QString context;
    QString source;
    QStringList forms; // the translation, or its plural forms
    bool finished = false;
};

// Every message of one catalogue; REQUIREs that the file is well-formed XML.
std::vector<CatalogueMessage> readCatalogue(const QString &path);
// The Swedish catalogues in the source tree.
QStringList swedishCatalogues();

} // namespace lb::test
