// The Swedish catalogues are complete: every string the code marks for translation has a finished
// Swedish translation, in the context the program looks it up in.

#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

namespace {

struct Message {
    QString context;
    QString source;
    bool finished = false;
};

std::vector<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool obsolete = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                                  xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.finished = !unfinished && !obsolete && !text.trimmed().isEmpty();
            out.push_back(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList catalogues()
{
    QDir dir(QStringLiteral(LB_SOURCE_DIR "/resources/translations"));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*_sv.ts")}, QDir::Files))
        out << dir.filePath(f);
    return out;
}

} // namespace

TEST_CASE("every entry in the Swedish catalogues is translated", "[i18n]")
{
    const QStringList files = catalogues();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &file : files) {
        for (const Message &m : readCatalogue(file)) {
            INFO(file.toStdString() << ": [" << m.context.toStdString() << "] " << m.source.toStdString());
            CHECK(m.finished);
        }
    }
}

TEST_CASE("every translatable string in the code is in a Swedish catalogue under its context", "[i18n]")
{
    std::set<std::pair<QString, QString>> translated;
    for (const QString &file : catalogues())
        for (const Message &m : readCatalogue(file))
            if (m.finished)
                translated.insert({m.context, m.source});

    // Extract the strings from the sources afresh, the same way the catalogues are made.
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("all_sv.ts"));
    QString out, err;
    const int rc = lb::test::runProgram(QStringLiteral(LB_LUPDATE),
                                        {QStringLiteral("-I"), QStringLiteral(LB_SOURCE_DIR "/src"),
                                         QStringLiteral("-locations"), QStringLiteral("none"),
                                         QStringLiteral(LB_SOURCE_DIR "/src"), QStringLiteral(LB_SOURCE_DIR "/ui"),
                                         QStringLiteral("-ts"), extracted},
                                        &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    const std::vector<Message> all = readCatalogue(extracted);
    REQUIRE(all.size() > 100);
    for (const Message &m : all) {
        INFO("[" << m.context.toStdString() << "] " << m.source.toStdString());
        CHECK(translated.count({m.context, m.source}) == 1);
    }
}
