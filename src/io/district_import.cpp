#include "io/district_import.h"

#include "io/probe.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::DistrictImport)
};
} // namespace

Result<DistrictFields> districtNameFields(const QString &path)
{
    auto probed = probeFile(path, 3, 50);
    if (!probed)
        return Error{probed.errorMessage()};
    if (probed->layers.empty() || probed->layers.front().geometryType.isEmpty())
        return Error{Tr::tr("%1 holds no layer with areas.").arg(QFileInfo(path).fileName())};
    DistrictFields out;
    for (const ProbeField &f : probed->layers.front().fields)
        out.fields << f.name;
    // The same synonyms as the import wizard's suggestion for an area's name.
    const FieldMapping suggested = suggestMapping(ImportKind::Areas, out.fields);
    out.suggested = suggested.columns.value(QStringLiteral("name"));
    return out;
}

Result<ImportSummary> importDistricts(store::Store &store, const QString &path, const QString &nameField,
                                      Feedback &feedback)
{
    if (nameField.isEmpty())
        return Error{Tr::tr("Choose the field that holds the districts' names.")};
    FieldMapping mapping;
    mapping.kind = ImportKind::Areas;
    mapping.columns.insert(QStringLiteral("name"), nameField);
    mapping.constants.insert(QStringLiteral("kind"), QStringLiteral("district"));
    auto importer = Importer::create(store, path, mapping);
    if (!importer)
        return Error{importer.errorMessage()};
    auto summary = (*importer)->run(feedback);
    if (!summary)
        return Error{summary.errorMessage()};
    if (summary->refusedForPersonalData)
        return Error{Tr::tr("The districts in %1 look like they hold personal data; import them with File › Import "
                            "data, where you can choose what to do with it.")
                         .arg(QFileInfo(path).fileName())};
    return summary;
}

} // namespace lb::io
