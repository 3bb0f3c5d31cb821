#include "app/import_tasks.h"

#include "core/crs.h"
#include "io/import_warnings.h"
#include "io/source_reader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lb::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::ImportWizard)
};

Result<std::unique_ptr<store::Store>> openStore(const QString &path, store::Store::Mode mode)
{
    return store::Store::open(path, mode);
}

// The centre of the municipality outline in WGS 84: the CRS guess uses it to pick the SWEREF 99
// local zone the numbers belong to.
std::optional<PointXY> municipalityCentre(const store::Store &st)
{
    auto areas = st.areas(QStringLiteral("municipality"));
    if (!areas || areas->empty())
        return std::nullopt;
    Extent e;
    for (const Area &a : *areas)
        e.include(extentOf(a.geometry));
    auto t = CoordinateTransform::create(st.epsg(), 4326);
    if (!t || e.isEmpty())
        return std::nullopt;
    return t->transform(e.center());
}

} // namespace

ImportStoreInfo readImportStoreInfo(const QString &storePath)
{
    ImportStoreInfo info;
    auto st = openStore(storePath, store::Store::Mode::ReadOnly);
    if (!st) {
        info.error = st.errorMessage();
        return info;
    }
    info.name = (*st)->name();
    info.epsg = (*st)->epsg();
    info.referenceLonLat = municipalityCentre(**st);
    if (auto cats = (*st)->categories())
        info.categories = std::move(*cats);
    if (auto kinds = (*st)->findingKinds())
        info.findingKinds = std::move(*kinds);
    if (auto names = io::profileNames(**st)) {
        for (const QString &name : *names)
            if (auto mapping = io::loadProfile(**st, name))
                info.profiles.insert(name, *mapping);
    }
    return info;
}

ProbeOutcome probeSource(const QString &path, std::optional<PointXY> referenceLonLat)
{
    ProbeOutcome out;
    auto probe = io::probeFile(path, 5, 500, referenceLonLat);
    if (!probe)
        out.error = probe.errorMessage();
    else if (probe->layers.empty())
        out.error = Tr::tr("%1 holds no table or layer that can be imported.").arg(path);
    else
        out.probe = std::move(*probe);
    return out;
}

ValueScanOutcome scanColumnValues(const QString &path, const QString &layer, const QString &column, Feedback &feedback)
{
    ValueScanOutcome out;
    auto reader = io::SourceReader::open(path, layer);
    if (!reader) {
        out.error = reader.errorMessage();
        return out;
    }
    const int index = (*reader)->columnIndex(column);
    if (index < 0) {
        out.error = Tr::tr("The file has no column %1.").arg(column);
        return out;
    }
    // Keyed by the importer's normalised form, showing the spelling seen first.
    QHash<QString, qsizetype> slot;
    while ((*reader)->next()) {
        if ((++out.rowsScanned & 4095) == 0) {
            if (feedback.isCanceled()) {
                out.canceled = true;
                return out;
            }
            feedback.setProgress(100.0 * (*reader)->progress());
        }
        const QString text = (*reader)->text(index).simplified();
        if (text.isEmpty())
            continue;
        const QString key = io::normalisedValue(text);
        auto it = slot.find(key);
        if (it == slot.end()) {
            slot.insert(key, static_cast<qsizetype>(out.values.size()));
            out.values.push_back({text, 1});
        } else {
            ++out.values[static_cast<size_t>(*it)].rows;
        }
    }
    std::stable_sort(out.values.begin(), out.values.end(),
                     [](const ValueCount &a, const ValueCount &b) { return a.rows > b.rows; });
    return out;
}

PreviewOutcome previewSource(const QString &storePath, const QString &path, const io::FieldMapping &mapping, int rows)
{
    PreviewOutcome out;
    auto st = openStore(storePath, store::Store::Mode::ReadOnly);
    if (!st) {
        out.error = st.errorMessage();
        return out;
    }
    auto importer = io::Importer::create(**st, path, mapping);
    if (!importer) {
        out.error = importer.errorMessage();
        return out;
    }
    auto preview = (*importer)->preview(rows);
    if (!preview) {
        out.error = preview.errorMessage();
        return out;
    }
    out.rows = std::move(*preview);
    Feedback unused;
    if (auto found = (*importer)->scanPersonalData(unused))
        out.personalData = std::move(*found);
    out.sourceEpsg = (*importer)->sourceEpsg();
    out.crsExplanation = (*importer)->crsExplanation();
    for (const io::PreviewRow &r : out.rows)
        for (auto it = r.stored.begin(); it != r.stored.end(); ++it)
            if (!out.storedColumns.contains(it.key()))
                out.storedColumns << it.key();
    return out;
}

RunOutcome runSourceImport(const QString &storePath, const QString &path, const io::FieldMapping &mapping,
                           const QString &profileName, io::PersonalDataChoice personalData, Feedback &feedback)
{
    RunOutcome out;
    auto st = openStore(storePath, store::Store::Mode::ReadWrite);
    if (!st) {
        out.error = st.errorMessage();
        return out;
    }
    auto importer = io::Importer::create(**st, path, mapping);
    if (!importer) {
        out.error = importer.errorMessage();
        return out;
    }
    out.crsExplanation = (*importer)->crsExplanation();
    // Asked before the import writes, when only the older areas carry the names.
    if (auto names = io::areaNamesAlreadyInStore(**st, path, mapping); names && !names->isEmpty())
        out.areaWarning = io::areaNamesWarning(*names);
    (*importer)->setPersonalDataChoice(personalData);
    auto summary = (*importer)->run(feedback, profileName);
    if (!summary) {
        out.error = summary.errorMessage();
        return out;
    }
    if (summary->refusedForPersonalData) {
        out.error = Tr::tr("the columns to be imported hold personal data (%1). Go back and choose whether to "
                           "replace it with markers or keep it.")
                        .arg(summary->personalData.describe().join(QLatin1String("; ")));
        return out;
    }
    out.summary = *summary;
    // The store file alone must hold the import (a copy of it, or a disk that fills up later).
    if (Status s = (*st)->checkpoint(); !s)
        out.error = s.errorMessage();
    return out;
}

BatchesOutcome readImportBatches(const QString &storePath)
{
    BatchesOutcome out;
    auto st = openStore(storePath, store::Store::Mode::ReadOnly);
    if (!st) {
        out.error = st.errorMessage();
        return out;
    }
    auto batches = io::importBatches(**st);
    if (!batches)
        out.error = batches.errorMessage();
    else
        out.batches = std::move(*batches);
    return out;
}

RejectsOutcome readImportRejects(const QString &storePath, std::int64_t batchId)
{
    RejectsOutcome out;
    auto st = openStore(storePath, store::Store::Mode::ReadOnly);
    if (!st) {
        out.error = st.errorMessage();
        return out;
    }
    store::ImportCatalog catalog(**st);
    auto rejects = catalog.rejects(batchId);
    if (!rejects)
        out.error = rejects.errorMessage();
    else
        out.rejects = std::move(*rejects);
    return out;
}

QString undoBatch(const QString &storePath, std::int64_t batchId)
{
    auto st = openStore(storePath, store::Store::Mode::ReadWrite);
    if (!st)
        return st.errorMessage();
    if (Status s = io::undoImportBatch(**st, batchId); !s)
        return s.errorMessage();
    return (*st)->checkpoint().errorMessage();
}

QString saveMappingProfile(const QString &storePath, const QString &name, const io::FieldMapping &mapping)
{
    auto st = openStore(storePath, store::Store::Mode::ReadWrite);
    if (!st)
        return st.errorMessage();
    return io::saveProfile(**st, name, mapping).errorMessage();
}

} // namespace lb::app
