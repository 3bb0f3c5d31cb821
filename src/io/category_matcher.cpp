#include "io/category_matcher.h"

#include "io/column_synonyms.h"
#include "io/source_reader.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lb::io {

namespace {

// Words that say nothing about a category.
bool isFiller(const QString &w)
{
    static const QSet<QString> words = {QStringLiteral("and"),    QStringLiteral("och"),   QStringLiteral("of"),
                                        QStringLiteral("the"),    QStringLiteral("i"),     QStringLiteral("av"),
                                        QStringLiteral("mot"),    QStringLiteral("on"),    QStringLiteral("other"),
                                        QStringLiteral("ovrigt"), QStringLiteral("ovriga")};
    return words.contains(w);
}

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &w : text.split(split, Qt::SkipEmptyParts)) {
        const QString f = foldedName(w);
        if (!f.isEmpty() && !isFiller(f))
            out.insert(f);
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(static_cast<size_t>(b.size()) + 1), cur(prev.size());
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[static_cast<size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[static_cast<size_t>(j)] =
                std::min({sub, prev[static_cast<size_t>(j)] + 1, cur[static_cast<size_t>(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return prev.back();
}

// 0 when unrelated; higher is closer.
double closeness(const QString &value, const QString &label)
{
    if (label.isEmpty())
        return 0.0;
    const QString fv = foldedName(value), fl = foldedName(label);
    if (fv.size() >= 5 && editDistance(fv, fl) <= (fl.size() >= 7 ? 2 : 1))
        return 0.95;
    const QSet<QString> v = wordsOf(value), l = wordsOf(label);
    if (v.isEmpty() || l.isEmpty())
        return 0.0;
    const qsizetype common = QSet<QString>(v).intersect(l).size();
    if (common == 0)
        return 0.0;
    const double jaccard = static_cast<double>(common) / static_cast<double>(QSet<QString>(v).unite(l).size());
    // Every word of one in the other ("Burglary" in "Burglary and theft") is closer than a shared word.
    return (common == v.size() || common == l.size()) ? 0.5 + jaccard / 2.0 : jaccard / 2.0;
}

} // namespace

CategoryMatcher::CategoryMatcher(std::vector<TaxonomyEntry> entries)
    : m_entries(std::move(entries))
{}

CategoryMatcher CategoryMatcher::forCategories(const std::vector<Category> &categories)
{
    std::vector<Category> sorted = categories;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Category &a, const Category &b) { return a.sortOrder < b.sortOrder; });
    std::vector<TaxonomyEntry> e;
    for (const Category &c : sorted)
        e.push_back({c.code, c.labelSv, c.labelEn});
    return CategoryMatcher(std::move(e));
}

CategoryMatcher CategoryMatcher::forFindingKinds(const std::vector<FindingKind> &kinds)
{
    std::vector<TaxonomyEntry> e;
    for (const FindingKind &k : kinds)
        e.push_back({k.code, k.labelSv, k.labelEn});
    return CategoryMatcher(std::move(e));
}

QString CategoryMatcher::match(const QString &value) const
{
    const QString f = foldedName(value);
    if (f.isEmpty())
        return {};
    for (const TaxonomyEntry &e : m_entries)
        if (foldedName(e.code) == f || foldedName(e.labelSv) == f || foldedName(e.labelEn) == f)
            return e.code;
    return {};
}

std::optional<TaxonomyEntry> CategoryMatcher::propose(const QString &value) const
{
    if (!match(value).isEmpty())
        return std::nullopt;
    const TaxonomyEntry *best = nullptr;
    double bestScore = 0.0;
    for (const TaxonomyEntry &e : m_entries) {
        const double s = std::max(closeness(value, e.labelSv), closeness(value, e.labelEn));
        if (s > bestScore) {
            bestScore = s;
            best = &e;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

QStringList CategoryMatcher::codes() const
{
    QStringList out;
    for (const TaxonomyEntry &e : m_entries)
        out << e.code;
    return out;
}

Result<QStringList> distinctValues(const QString &path, const QString &layer, const QString &column)
{
    QString name = layer; // a profile's layer may be last month's file name (see Importer::create)
    if (auto names = SourceReader::layerNames(path); names && names->size() == 1)
        name.clear();
    auto reader = SourceReader::open(path, name);
    if (!reader)
        return reader.error();
    SourceReader &r = **reader;
    const int index = r.columnIndex(column);
    if (index < 0)
        return Error{QCoreApplication::translate("lb::io::Importer",
                                                 "The file has no column %1 (mapped to %2). Its columns are: %3.")
                         .arg(column, QStringLiteral("category"), r.columns().join(QLatin1String(", ")))};
    QSet<QString> seen;
    QStringList out;
    while (r.next()) {
        if (r.isNull(index) || r.raw(index).empty())
            continue;
        const QString v = r.text(index).trimmed();
        if (!v.isEmpty() && !seen.contains(v)) {
            seen.insert(v);
            out << v;
        }
    }
    return out;
}

} // namespace lb::io
