#include "io/import_warnings.h"

#include "io/category_matcher.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace lb::io {

Result<QStringList> areaNamesAlreadyInStore(store::Store &store, const QString &path, const FieldMapping &mapping)
{
    if (mapping.kind != ImportKind::Areas)
        return QStringList{};
    auto areas = store.areas();
    if (!areas)
        return areas.error();
    QSet<QString> known;
    for (const Area &a : *areas)
        known.insert(normalisedValue(a.name));
    QStringList names;
    if (mapping.hasColumn(QStringLiteral("name"))) {
        auto values = distinctValues(path, mapping.layer, mapping.columns.value(QStringLiteral("name")));
        if (!values)
            return values.error();
        names = *values;
    } else if (const QString fixed = mapping.constants.value(QStringLiteral("name")); !fixed.isEmpty()) {
        names << fixed;
    }
    QStringList out;
    for (const QString &n : names)
        if (known.contains(normalisedValue(n)))
            out << n;
    return out;
}

QString areaNamesWarning(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    return QCoreApplication::translate("lb::io::Importer",
                                       "The store already has areas called %1. District boundaries change between "
                                       "years: the import adds these as further areas of the same name. Undo the "
                                       "import and remove or rename the old areas if the new ones replace them.")
        .arg(names.join(QLatin1String(", ")));
}

} // namespace lb::io
