// The Swedish catalogues say what the English says, in Swedish: no entry is mangled (a doubled
// word, a stray "amp;", lost placeholders or shortcuts), none is a copy of its English source
// unless the word is the same in both languages, and every translation uses the glossary's words.

#include "catalogue_reader.h"
#include "support/catch_qt.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using lb::test::CatalogueMessage;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList out(found.begin(), found.end());
    out.sort();
    return out;
}

int shortcutMarks(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?=\\w)"), QRegularExpression::UseUnicodePropertiesOption);
    return static_cast<int>(text.count(re));
}

// What is wrong with one translated form, or an empty string.
QString defect(const QString &source, const QString &form)
{
    static const QRegularExpression doubled(QStringLiteral("\\b(\\w{4,}) \\1\\b"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = doubled.match(form); m.hasMatch())
        return QStringLiteral("doubled word \"%1\"").arg(m.captured(1));
    if (form.contains(QLatin1String("amp;")) || form.contains(QLatin1String("&lt;")) ||
        form.contains(QLatin1String("&gt;")))
        return QStringLiteral("an escaped entity left in the text");
    if (placeholders(source) != placeholders(form))
        return QStringLiteral("placeholders %1 instead of %2")
            .arg(placeholders(form).join(QLatin1Char(',')), placeholders(source).join(QLatin1Char(',')));
    if (shortcutMarks(source) != shortcutMarks(form))
        return QStringLiteral("%1 keyboard shortcut marks instead of %2")
            .arg(shortcutMarks(form))
            .arg(shortcutMarks(source));
    if (source.trimmed().endsWith(QChar(0x2026)) != form.trimmed().endsWith(QChar(0x2026)))
        return QStringLiteral("the ellipsis (a dialog follows) is lost or added");
    return {};
}

// True when `text` has nothing to translate once placeholders, numbers, units and the words that
// are the same in Swedish and English are taken out (see docs/glossary.md).
bool sameInBothLanguages(const QString &source)
{
    static const QSet<QString> identicalSources = {
        QStringLiteral("Status"),       QStringLiteral("Position"), QStringLiteral("Position (E N)"),
        QStringLiteral("Import"),       QStringLiteral("Period:"),  QStringLiteral("Format: %1"),
        QStringLiteral("Epanechnikov"), QStringLiteral("OK"),       QStringLiteral("SWEREF 99 TM"),
    };
    if (identicalSources.contains(source))
        return true;
    static const QSet<QString> identicalWords = {
        QStringLiteral("m"),     QStringLiteral("km"),        QStringLiteral("km²"),   QStringLiteral("p"),
        QStringLiteral("per"),   QStringLiteral("E"),         QStringLiteral("N"),     QStringLiteral("Gi"),
        QStringLiteral("EPSG"),  QStringLiteral("Lägesbild"), QStringLiteral("kr"),    QStringLiteral("polygon"),
        QStringLiteral("Start"), QStringLiteral("h"),         QStringLiteral("Filter")};
    QString rest = source;
    rest.remove(QRegularExpression(QStringLiteral("%L?(\\d+|n)")));
    static const QRegularExpression word(QStringLiteral("[\\w²]+"), QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString w = it.next().captured(0);
        bool number = false;
        w.toDouble(&number);
        if (!number && !identicalWords.contains(w))
            return false;
    }
    return true;
}

struct GlossaryRow {
    QString english, swedish;
    QStringList forbidden;
};

std::vector<GlossaryRow> readGlossary()
{
    QFile file(QStringLiteral(LB_SOURCE_DIR "/docs/glossary.md"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    std::vector<GlossaryRow> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() != 5 || cells[1].trimmed() == QLatin1String("English") ||
            cells[1].startsWith(QLatin1String("---")))
            continue;
        GlossaryRow row{cells[1].trimmed(), cells[2].trimmed(), {}};
        for (const QString &w : cells[3].split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!w.trimmed().isEmpty())
                row.forbidden << w.trimmed();
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("no Swedish translation is mangled", "[i18n]")
{
    int checked = 0;
    for (const QString &file : lb::test::swedishCatalogues())
        for (const CatalogueMessage &m : lb::test::readCatalogue(file))
            for (const QString &form : m.forms) {
                INFO(file.toStdString() << ": [" << m.context.toStdString() << "] " << m.source.toStdString() << " => "
                                        << form.toStdString());
                CHECK(defect(m.source, form).toStdString() == "");
                ++checked;
            }
    CHECK(checked > 500);
}

TEST_CASE("the mangled-entry check catches the mistakes it is meant for", "[i18n]")
{
    CHECK_FALSE(
        defect(QStringLiteral("Create &demo store…"), QStringLiteral("Skapa Skapa &demolager…amp;demodatalager…"))
            .isEmpty());
    CHECK_FALSE(defect(QStringLiteral("%1 of %2"), QStringLiteral("%1 av")).isEmpty());
    CHECK_FALSE(defect(QStringLiteral("&Open…"), QStringLiteral("Öppna…")).isEmpty());
    CHECK_FALSE(defect(QStringLiteral("Open…"), QStringLiteral("Öppna")).isEmpty());
    CHECK(defect(QStringLiteral("each an incident"), QStringLiteral("var och en en händelse")).isEmpty());
    CHECK(defect(QStringLiteral("&Open…"), QStringLiteral("Ö&ppna…")).isEmpty());
}

TEST_CASE("no Swedish translation is a copy of its English source", "[i18n]")
{
    for (const QString &file : lb::test::swedishCatalogues())
        for (const CatalogueMessage &m : lb::test::readCatalogue(file))
            for (const QString &form : m.forms) {
                if (form.trimmed() != m.source.trimmed())
                    continue;
                INFO(file.toStdString() << ": [" << m.context.toStdString() << "] " << m.source.toStdString());
                CHECK(sameInBothLanguages(m.source));
            }
    CHECK_FALSE(sameInBothLanguages(QStringLiteral("Hot spots (Gi*), %1")));
    CHECK(sameInBothLanguages(QStringLiteral("%1–%2 m")));
}

TEST_CASE("the Swedish catalogues use the glossary's words", "[i18n]")
{
    const std::vector<GlossaryRow> glossary = readGlossary();
    REQUIRE(glossary.size() >= 10);
    const auto store = std::find_if(glossary.begin(), glossary.end(),
                                    [](const GlossaryRow &r) { return r.english.startsWith(QLatin1String("store")); });
    REQUIRE(store != glossary.end());
    CHECK(store->swedish == QLatin1String("datalager"));
    CHECK(store->forbidden.contains(QLatin1String("databas")));
    for (const QString &file : lb::test::swedishCatalogues())
        for (const CatalogueMessage &m : lb::test::readCatalogue(file))
            for (QString form : m.forms) {
                // Option names such as --hotspots are the program's words, not Swedish ones.
                form.remove(QRegularExpression(QStringLiteral("--[a-z][a-z0-9-]*")));
                for (const GlossaryRow &row : glossary)
                    for (const QString &bad : row.forbidden) {
                        INFO(file.toStdString() << ": [" << m.context.toStdString() << "] " << form.toStdString()
                                                << " uses \"" << bad.toStdString() << "\"; the glossary says \""
                                                << row.swedish.toStdString() << "\" for " << row.english.toStdString());
                        CHECK_FALSE(form.contains(bad, Qt::CaseInsensitive));
                    }
            }
}
