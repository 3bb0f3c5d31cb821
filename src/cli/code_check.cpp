#include "cli/code_check.h"

#include "io/category_matcher.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Codes)
};
} // namespace

QStringList sourceNames(const store::Store &store)
{
    return sourceNames(*store::readerFor(store));
}

QString checkCategoryCodes(const store::Store &store, const QStringList &codes)
{
    return checkCategoryCodes(*store::readerFor(store), codes);
}

QString checkSources(const store::Store &store, const QStringList &names)
{
    return checkSources(*store::readerFor(store), names);
}

QStringList sourceNames(const store::StoreReader &store)
{
    QStringList out;
    if (auto counts = store.countIncidents({}, store::GroupBy::Source))
        for (const store::GroupCount &g : *counts)
            if (!g.key.isEmpty())
                out << g.key;
    return out;
}

QString checkCategoryCodes(const store::StoreReader &store, const QStringList &codes)
{
    auto cats = store.categories();
    if (!cats)
        return cats.errorMessage();
    QStringList known;
    for (const Category &c : *cats)
        known << c.code;
    for (const QString &c : codes)
        if (!known.contains(c.trimmed()))
            return Tr::tr("%1 is not a category code of this store. The codes are: %2.")
                .arg(c, known.join(QLatin1String(", ")));
    return {};
}

QString checkSources(const store::StoreReader &store, const QStringList &names)
{
    const QStringList known = sourceNames(store);
    for (const QString &n : names)
        if (!known.contains(n.trimmed()))
            return known.isEmpty() ? Tr::tr("%1 is not a reporting organisation of this store; it has no incidents "
                                            "with one.")
                                         .arg(n)
                                   : Tr::tr("%1 is not a reporting organisation of this store. They are: %2.")
                                         .arg(n, known.join(QLatin1String(", ")));
    return {};
}

Result<QString> resolveValueCode(const store::StoreReader &store, io::ImportKind kind, const QString &code)
{
    if (kind == io::ImportKind::Incidents) {
        auto cats = store.categories();
        if (!cats)
            return cats.error();
        const auto matcher = io::CategoryMatcher::forCategories(*cats);
        if (const QString c = matcher.match(code); !c.isEmpty())
            return c;
        return Error{Tr::tr("%1 is not a category code of this store. The codes are: %2.")
                         .arg(code, matcher.codes().join(QLatin1String(", ")))};
    }
    if (kind == io::ImportKind::Findings) {
        auto kinds = store.findingKinds();
        if (!kinds)
            return kinds.error();
        const auto matcher = io::CategoryMatcher::forFindingKinds(*kinds);
        if (const QString c = matcher.match(code); !c.isEmpty())
            return c;
        return Error{Tr::tr("%1 is not a kind of finding of this store. The kinds are: %2.")
                         .arg(code, matcher.codes().join(QLatin1String(", ")))};
    }
    return code;
}

} // namespace lb::cli
