#include "catalogue_reader.h"

#include "support/catch_qt.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace lb::test {

std::vector<CatalogueMessage> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<CatalogueMessage> out;
    QString context;
    CatalogueMessage current;
    bool inTranslation = false;
    QString type;
    QString plain;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            const bool unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                                    type == QLatin1String("obsolete");
            if (current.forms.isEmpty())
                current.forms << plain; // a translation without plural forms
            bool empty = false;
            for (const QString &f : current.forms)
                empty = empty || f.trimmed().isEmpty();
            current.finished = !unfinished && !empty;
            out.push_back(current);
            continue;
        }
        if (xml.isCharacters() && inTranslation) {
            plain += xml.text();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = CatalogueMessage{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            inTranslation = true;
            plain.clear();
            type = xml.attributes().value(QLatin1String("type")).toString();
        } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
            current.forms << xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList swedishCatalogues()
{
    QDir dir(QStringLiteral(LB_SOURCE_DIR "/resources/translations"));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*_sv.ts")}, QDir::Files))
        out << dir.filePath(f);
    return out;
}

} // namespace lb::test
