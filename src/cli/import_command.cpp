// lagesbild-cli import FILE --store S --kind K [options]: imports records with a field mapping
// (suggested from the column names, taken from a saved profile, adjusted with --map/--set/--value),
// prints the summary with rejected rows per reason, and exits non-zero when nothing was imported.
// Also lists import batches (--batches) and undoes one (--undo N).

#include "cli/cli_support.h"
#include "cli/code_check.h"
#include "cli/kill_switch.h"
#include "core/crs.h"
#include "io/builtin_profiles.h"
#include "io/category_matcher.h"
#include "io/column_synonyms.h"
#include "io/crs_guess.h"
#include "io/import_warnings.h"
#include "io/importer.h"
#include "io/probe.h"
#include "pgstore/pg_import_target.h"
#include "store/import_catalog.h"
#include "store/import_target.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Import)
};

// Splits "a=b" at the first '='.
bool splitPair(const QString &text, QString &key, QString &value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    key = text.left(eq).trimmed();
    value = text.mid(eq + 1).trimmed();
    return true;
}

// The taxonomy the values of this kind are matched against; none for kinds without one.
std::optional<io::CategoryMatcher> valueMatcher(const store::StoreReader &store, io::ImportKind kind)
{
    if (kind == io::ImportKind::Incidents)
        if (auto cats = store.categories())
            return io::CategoryMatcher::forCategories(*cats);
    if (kind == io::ImportKind::Findings)
        if (auto kinds = store.findingKinds())
            return io::CategoryMatcher::forFindingKinds(*kinds);
    return std::nullopt;
}

// Maps each value of the file's category (or kind) column that matches nothing by itself and has
// no entry yet to its proposed code, and says so.
bool acceptProposals(const store::StoreReader &store, const QString &file, io::FieldMapping &mapping, CommandIo io)
{
    const auto matcher = valueMatcher(store, mapping.kind);
    const QString field =
        mapping.kind == io::ImportKind::Findings ? QStringLiteral("kind") : QStringLiteral("category");
    if (!matcher || !mapping.hasColumn(field))
        return true;
    auto values = io::distinctValues(file, mapping.layer, mapping.columns.value(field));
    if (!values) {
        io.err << values.errorMessage() << '\n';
        return false;
    }
    for (const QString &v : *values) {
        if (mapping.valueMap.contains(io::normalisedValue(v)))
            continue;
        if (const auto p = matcher->propose(v)) {
            mapping.setValue(v, p->code);
            io.out << Tr::tr("Mapped \"%1\" to %2 (%3), as proposed.")
                          .arg(v, p->code, localizedLabel(p->labelSv, p->labelEn))
                   << '\n';
        }
    }
    return true;
}

int listBatches(store::Store &store, CommandIo io)
{
    auto batches = io::importBatches(store);
    if (!batches) {
        io.err << batches.errorMessage() << '\n';
        return 1;
    }
    for (const store::ImportBatch &b : *batches)
        io.out << Tr::tr("Batch %1: %2 %3, %4 read, %5 accepted, %6 already present, %7 identical in the file, "
                         "%8 rejected%9")
                      .arg(b.id)
                      .arg(b.kind, b.sourceFile)
                      .arg(b.rowsRead)
                      .arg(b.rowsAccepted)
                      .arg(b.rowsDuplicate)
                      .arg(b.rowsIdentical)
                      .arg(b.rowsRejected)
                      .arg(b.undoneAt.isEmpty() ? QString()
                                                : QStringLiteral(" — ") + Tr::tr("undone %1").arg(b.undoneAt))
               << '\n';
    return 0;
}

// After a write: the store file alone must hold it, not only its write-ahead log (a copy of the
// .gpkg file, or a disk that fills up later, would otherwise lose the import).
bool completeOnDisk(store::Store &store, CommandIo io)
{
    if (Status s = store.checkpoint(); !s) {
        io.err << s.errorMessage() << '\n';
        return false;
    }
    return true;
}

void printSummary(const io::ImportSummary &s, const io::Importer &imp, const store::ImportTarget &store,
                  int showRejects, CommandIo io)
{
    io.out << Tr::tr("Batch: %1").arg(s.batchId) << '\n';
    if (imp.sourceEpsg() > 0)
        io.out << Tr::tr("Source CRS: %1").arg(imp.crsExplanation()) << '\n';
    io.out << Tr::tr("Rows read: %1").arg(s.rowsRead) << '\n';
    if (s.repeatOf > 0)
        io.out << Tr::tr("The same file was imported with the same settings in batch %1: its rows were recognised "
                         "without reading them again.")
                      .arg(s.repeatOf)
               << '\n';
    io.out << Tr::tr("Accepted: %1").arg(s.accepted) << '\n';
    io.out << Tr::tr("Already in the store: %1").arg(s.duplicates) << '\n';
    io.out << Tr::tr("Identical rows in this file (same reference id, not added again): %1").arg(s.identical) << '\n';
    if (s.copies > 0)
        io.out << Tr::tr(
                      "Rows identical to an earlier row but without a reference id (each an incident of its own): %1")
                      .arg(s.copies)
               << '\n';
    io.out << Tr::tr("Rejected: %1").arg(s.rejected) << '\n';
    if (s.repairedGeometries > 0)
        io.out << Tr::tr("Invalid polygons repaired: %1").arg(s.repairedGeometries) << '\n';
    for (int r = 0; r < io::kRejectReasonCount; ++r)
        if (const auto n = s.rejectedByReason[static_cast<size_t>(r)])
            io.out << "  " << io::label(static_cast<io::RejectReason>(r)) << " ("
                   << io::code(static_cast<io::RejectReason>(r)) << "): " << n << '\n';
    if (const auto invalid = s.rejectedByReason[static_cast<size_t>(io::RejectReason::InvalidGeometry)])
        io.out << Tr::tr("%1 polygons are invalid (a ring crosses itself or is not closed) and were not imported. "
                         "Import again with --repair-geometry to repair them.")
                      .arg(invalid)
               << '\n';
    if (!s.unknownValues.isEmpty()) {
        io.out << Tr::tr("Values without a category (map them with --value \"VALUE=CODE\" and import again):") << '\n';
        const std::optional<io::CategoryMatcher> matcher = valueMatcher(store.reader(), imp.mapping().kind);
        bool proposed = false;
        for (auto it = s.unknownValues.begin(); it != s.unknownValues.end(); ++it) {
            io.out << "  \"" << it.key() << "\": " << Tr::tr("%n row(s)", nullptr, static_cast<int>(it.value()));
            if (const auto p = matcher ? matcher->propose(it.key()) : std::nullopt) {
                io.out << " — "
                       << Tr::tr("perhaps %1 (%2): --value \"%3=%1\"")
                              .arg(p->code, localizedLabel(p->labelSv, p->labelEn), it.key());
                proposed = true;
            }
            io.out << '\n';
        }
        if (proposed)
            io.out << Tr::tr("Import again with --accept-proposals to map the values as proposed.") << '\n';
    }
    if (showRejects > 0 && s.rejected > 0) {
        if (auto rejects = store.rejects(s.batchId, showRejects)) {
            io.out << Tr::tr("First rejected rows:") << '\n';
            for (const store::ImportReject &r : *rejects)
                io.out << "  " << Tr::tr("row %1").arg(r.rowNumber) << ": " << io::labelForCode(r.reasonCode) << " — "
                       << r.reason << '\n';
        }
    }
    io.out
        << Tr::tr("Time: %1 s, %2 rows per second").arg(s.seconds, 0, 'f', 2).arg(static_cast<qint64>(s.rowsPerSecond))
        << '\n';
}
void printPersonalData(const io::PersonalDataReport &report, io::PersonalDataChoice choice, CommandIo io)
{
    if (!report.any()) {
        io.out << Tr::tr("Personal data: none found.") << '\n';
        return;
    }
    io.out << Tr::tr("Personal data found (values masked):") << '\n';
    for (const QString &l : report.describe())
        io.out << "  " << l << '\n';
    if (report.inMappedColumns()) {
        if (choice == io::PersonalDataChoice::Redact)
            io.out << Tr::tr("Replaced %n value(s) with markers such as [personnummer].", nullptr,
                             static_cast<int>(report.valuesRedacted))
                   << '\n';
        else
            io.out << Tr::tr("Kept the personal data in the imported columns, as chosen.") << '\n';
    }
    if (std::any_of(report.columns.begin(), report.columns.end(), [](const auto &c) { return !c.mapped; }))
        io.out << Tr::tr("Columns that are not imported are not copied into the store, not even for rejected rows.")
               << '\n';
}
// The built-in profile to use for a file the probe recognised as `recognised`: that one, or its
// sibling for the kind asked for (FixMyStreet reports as findings); none when the kind does not fit.
QString recognisedProfile(const QString &recognised, bool kindGiven, io::ImportKind kind)
{
    if (recognised.isEmpty() || !kindGiven || io::builtinProfile(recognised)->kind == kind)
        return recognised;
    const QString family = recognised.section(QLatin1Char('-'), 0, 0);
    for (const QString &name : io::builtinProfileNames())
        if (name.section(QLatin1Char('-'), 0, 0) == family && io::builtinProfile(name)->kind == kind)
            return name;
    return {};
}
} // namespace

int runImport(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import records from a file into a store."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The file to import."));
    const QCommandLineOption storeOpt(QStringLiteral("store"), Tr::tr("The store."), QStringLiteral("STORE"));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), Tr::tr("incidents, pins, answers, findings or areas."),
                                     QStringLiteral("K"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        Tr::tr("Use this saved mapping profile, or a built-in one: %1; a new name saves the mapping after the import.")
            .arg(io::builtinProfileNames().join(QLatin1String(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption saveOpt(QStringLiteral("save-profile"), Tr::tr("Save the mapping under this name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption mapOpt(QStringLiteral("map"), Tr::tr("Map a field to a column (repeatable)."),
                                    QStringLiteral("field=column"));
    const QCommandLineOption setOpt(QStringLiteral("set"), Tr::tr("Give a field a fixed value (repeatable)."),
                                    QStringLiteral("field=value"));
    const QCommandLineOption valueOpt(QStringLiteral("value"),
                                      Tr::tr("Map a source category or kind value to a code (repeatable)."),
                                      QStringLiteral("value=code"));
    const QCommandLineOption crsOpt(QStringLiteral("crs"), Tr::tr("The CRS of the coordinates, overriding the guess."),
                                    QStringLiteral("EPSG:N"));
    const QCommandLineOption swapOpt(QStringLiteral("swap-xy"), Tr::tr("The x column holds northings or latitudes."));
    const QCommandLineOption layerOpt(QStringLiteral("layer"), Tr::tr("The layer or sheet to import."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption keepOpt(QStringLiteral("keep-outside"),
                                     Tr::tr("Keep points outside the municipality or the CRS's area of use."));
    const QCommandLineOption repairOpt(
        QStringLiteral("repair-geometry"),
        Tr::tr("Repair invalid polygons (rings that cross themselves or are not closed) instead of rejecting them."));
    const QCommandLineOption joinOpt(QStringLiteral("join"),
                                     Tr::tr("A second table joined to each row (e.g. respondents)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption joinKeyOpt(QStringLiteral("join-key"), Tr::tr("The key column of the joined table."),
                                        QStringLiteral("COLUMN"));
    const QCommandLineOption joinOnOpt(QStringLiteral("join-on"), Tr::tr("The column of FILE holding the key."),
                                       QStringLiteral("COLUMN"));
    const QCommandLineOption previewOpt(QStringLiteral("preview"),
                                        Tr::tr("Show the first N rows as they would be stored; write nothing."),
                                        QStringLiteral("N"));
    const QCommandLineOption rejectsOpt(QStringLiteral("show-rejects"), Tr::tr("List the first N rejected rows."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption batchesOpt(QStringLiteral("batches"), Tr::tr("List the import batches of the store."));
    const QCommandLineOption undoOpt(QStringLiteral("undo"), Tr::tr("Undo import batch N."), QStringLiteral("N"));
    const QCommandLineOption progressOpt(QStringLiteral("progress"), Tr::tr("Print progress to standard error."));
    const QCommandLineOption personalOpt(
        QStringLiteral("personal-data"),
        Tr::tr("What to do with personal identity numbers, phone numbers and e-mail addresses in the imported "
               "columns: redact (replace them with markers such as [personnummer]) or keep. Needed when the "
               "file holds any."),
        QStringLiteral("redact|keep"));
    const QCommandLineOption acceptOpt(
        QStringLiteral("accept-proposals"),
        Tr::tr("Map category values that are close to one category (\"Burglary\" and \"Burglary and theft\") to it."));
    parser.addOption(acceptOpt);
    parser.addOptions({storeOpt,  kindOpt,    profileOpt, saveOpt,    mapOpt,    setOpt,      valueOpt,
                       crsOpt,    swapOpt,    layerOpt,   keepOpt,    repairOpt, joinOpt,     joinKeyOpt,
                       joinOnOpt, previewOpt, rejectsOpt, batchesOpt, undoOpt,   progressOpt, personalOpt});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("import"), args, io, &rc))
        return rc;
    if (!parser.isSet(storeOpt)) {
        io.err << Tr::tr("import needs --store.") << '\n';
        return 2;
    }
    const bool preview = parser.isSet(previewOpt);
    // A store file, or a shared store on a server (incidents only; its batches are listed and
    // undone from a copy of the store for now).
    std::unique_ptr<store::Store> store;
    std::unique_ptr<store::ImportTarget> target;
    if (store::isServerLocation(parser.value(storeOpt))) {
        if (parser.isSet(batchesOpt) || parser.isSet(undoOpt) || parser.isSet(saveOpt)) {
            io.err << Tr::tr("--batches, --undo and --save-profile work on a store file, not yet on a shared store "
                             "on a server.")
                   << '\n';
            return 2;
        }
        auto opened = pgstore::PgImportTarget::open(parser.value(storeOpt));
        if (!opened) {
            io.err << opened.errorMessage() << '\n';
            return 1;
        }
        target = std::move(*opened);
    } else {
        store = openStore(parser.value(storeOpt), io,
                          preview ? store::Store::Mode::ReadOnly : store::Store::Mode::ReadWrite);
        if (!store)
            return 1;
        target = store::importTargetFor(*store);
    }
    if (store && parser.isSet(batchesOpt))
        return listBatches(*store, io);
    if (store && store->isReadOnly() && !preview && !parser.isSet(batchesOpt)) {
        // openStore has said why the store is read-only.
        io.err << Tr::tr("Nothing was imported or undone.") << '\n';
        return 1;
    }
    if (parser.isSet(undoOpt)) {
        if (Status s = io::undoImportBatch(*store, parser.value(undoOpt).toLongLong()); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
        io.out << Tr::tr("Undid import batch %1.").arg(parser.value(undoOpt)) << '\n';
        return completeOnDisk(*store, io) ? 0 : 1;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("import needs exactly one file.") << '\n';
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    auto personalData = io::PersonalDataChoice::Ask;
    if (parser.isSet(personalOpt)) {
        const auto choice = io::personalDataChoiceFromString(parser.value(personalOpt));
        if (!choice || *choice == io::PersonalDataChoice::Ask) {
            io.err << Tr::tr("--personal-data needs redact or keep, not %1.").arg(parser.value(personalOpt)) << '\n';
            return 2;
        }
        personalData = *choice;
    }

    // The mapping: a saved profile, or suggestions from the column names; then the options.
    io::FieldMapping mapping;
    const QString profileName = parser.value(profileOpt);
    bool profileExists = false;
    if (!profileName.isEmpty() && store) {
        if (auto names = io::profileNames(*store); names && names->contains(profileName.trimmed())) {
            auto loaded = io::loadProfile(*store, profileName);
            if (!loaded) {
                io.err << loaded.errorMessage() << '\n';
                return 1;
            }
            mapping = *loaded;
            profileExists = true;
        }
    }
    // A built-in profile: named with --profile (when the store has no saved one of that name), or
    // recognised by the probe below when neither a profile nor a kind is given.
    QString builtinName;
    if (!profileExists && io::builtinProfileNames().contains(profileName.trimmed()))
        builtinName = profileName.trimmed();
    if (!store && !profileName.isEmpty() && builtinName.isEmpty()) {
        io.err << Tr::tr("Saved mapping profiles are kept in store files; with a shared store on a server, use a "
                         "built-in profile (%1) or --map.")
                      .arg(io::builtinProfileNames().join(QLatin1String(", ")))
               << '\n';
        return 2;
    }
    if (parser.isSet(kindOpt)) {
        const auto kind = io::importKindFromString(parser.value(kindOpt));
        if (!kind) {
            io.err << Tr::tr("%1 is not a record kind; use incidents, pins, answers, findings or areas.")
                          .arg(parser.value(kindOpt))
                   << '\n';
            return 2;
        }
        if (profileExists && *kind != mapping.kind) {
            io.err << Tr::tr("The profile %1 imports %2, not %3.")
                          .arg(profileName, io::toString(mapping.kind), io::toString(*kind))
                   << '\n';
            return 2;
        }
        mapping.kind = *kind;
    }
    const bool kindGiven = parser.isSet(kindOpt) || profileExists || !builtinName.isEmpty();
    if (parser.isSet(layerOpt))
        mapping.layer = parser.value(layerOpt);
    if (!profileExists) {
        auto probe = io::probeFile(file, 5, 500);
        if (!probe) {
            io.err << probe.errorMessage() << '\n';
            return 1;
        }
        const io::ProbeLayer *layer = &probe->layers.front();
        for (const io::ProbeLayer &l : probe->layers)
            if (l.name == mapping.layer)
                layer = &l;
        QStringList columns;
        for (const io::ProbeField &f : layer->fields)
            columns << f.name;
        if (builtinName.isEmpty() && profileName.isEmpty())
            builtinName = recognisedProfile(layer->profile, parser.isSet(kindOpt), mapping.kind);
        if (!kindGiven && builtinName.isEmpty()) {
            io.err << Tr::tr("import needs --kind (or an existing --profile).") << '\n';
            return 2;
        }
        const QString keepLayer = mapping.layer;
        if (!builtinName.isEmpty()) {
            const auto kind = mapping.kind;
            mapping = *io::builtinProfile(builtinName, columns);
            if (parser.isSet(kindOpt) && kind != mapping.kind) {
                io.err << Tr::tr("The profile %1 imports %2, not %3.")
                              .arg(builtinName, io::toString(mapping.kind), io::toString(kind))
                       << '\n';
                return 2;
            }
            io.out << Tr::tr("Built-in profile: %1 (%2)").arg(builtinName, io::builtinProfileTitle(builtinName))
                   << '\n';
        } else {
            mapping = io::suggestMapping(mapping.kind, columns);
            if (io::isPointKind(mapping.kind) && layer->coordinates.isValid()) {
                mapping.columns.insert(QStringLiteral("x"), layer->coordinates.x);
                mapping.columns.insert(QStringLiteral("y"), layer->coordinates.y);
            }
        }
        mapping.layer = keepLayer;
    }
    QString key, value;
    for (const QString &m : parser.values(mapOpt)) {
        if (!splitPair(m, key, value)) {
            io.err << Tr::tr("--map needs field=column, not %1.").arg(m) << '\n';
            return 2;
        }
        // A field mapped twice by suggestion would otherwise keep the suggested column elsewhere.
        for (auto it = mapping.columns.begin(); it != mapping.columns.end();)
            it = (it.value() == value && it.key() != key && !value.isEmpty()) ? mapping.columns.erase(it)
                                                                              : std::next(it);
        if (value.isEmpty())
            mapping.columns.remove(key);
        else
            mapping.columns.insert(key, value);
    }
    for (const QString &m : parser.values(setOpt)) {
        if (!splitPair(m, key, value)) {
            io.err << Tr::tr("--set needs field=value, not %1.").arg(m) << '\n';
            return 2;
        }
        mapping.constants.insert(key, value);
    }
    for (const QString &m : parser.values(valueOpt)) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << Tr::tr("--value needs value=code, not %1.").arg(m) << '\n';
            return 2;
        }
        auto code = resolveValueCode(target->reader(), mapping.kind, m.mid(eq + 1).trimmed());
        if (!code) {
            io.err << code.errorMessage() << '\n';
            return 2;
        }
        mapping.setValue(m.left(eq), *code);
    }
    if (parser.isSet(crsOpt)) {
        mapping.sourceEpsg = parseEpsg(parser.value(crsOpt));
        if (mapping.sourceEpsg <= 0) {
            io.err << Tr::tr("%1 is not a CRS; write it as EPSG:3006.").arg(parser.value(crsOpt)) << '\n';
            return 2;
        }
    }
    if (parser.isSet(swapOpt))
        mapping.swapAxes = true;
    if (parser.isSet(keepOpt))
        mapping.keepOutside = true;
    if (parser.isSet(repairOpt))
        mapping.repairGeometry = true;
    if (parser.isSet(joinOpt))
        mapping.join = {parser.value(joinOpt), {}, parser.value(joinKeyOpt), parser.value(joinOnOpt)};

    if (parser.isSet(acceptOpt) && !acceptProposals(target->reader(), file, mapping, io))
        return 1;
    auto importer = io::Importer::create(*target, file, mapping);
    if (!importer) {
        io.err << importer.errorMessage() << '\n';
        return 1;
    }
    io::Importer &imp = **importer;
    imp.setPersonalDataChoice(personalData);
    if (auto names =
            store ? io::areaNamesAlreadyInStore(*store, file, imp.mapping()) : Result<QStringList>(QStringList());
        names && !names->isEmpty())
        io.out << Tr::tr("Warning: %1").arg(io::areaNamesWarning(*names)) << '\n';
    for (const QString &w : io::unmappedWarnings(imp.mapping(), imp.columns()))
        io.out << Tr::tr("Warning: %1 Map it with --map FIELD=COLUMN.").arg(w) << '\n';

    if (preview) {
        auto rows = imp.preview(parser.value(previewOpt).toInt());
        if (!rows) {
            io.err << rows.errorMessage() << '\n';
            return 1;
        }
        if (imp.sourceEpsg() > 0)
            io.out << Tr::tr("Source CRS: %1").arg(imp.crsExplanation()) << '\n';
        for (const io::PreviewRow &r : *rows) {
            QString line = Tr::tr("row %1").arg(r.rowNumber) + QStringLiteral(": ");
            if (r.status == io::PreviewRow::Status::Rejected) {
                line +=
                    Tr::tr("rejected") + QStringLiteral(" — ") + io::label(r.reason) + QStringLiteral(": ") + r.detail;
            } else {
                line +=
                    r.status == io::PreviewRow::Status::Duplicate ? Tr::tr("already in the store") : Tr::tr("accepted");
                QStringList parts;
                for (auto it = r.stored.begin(); it != r.stored.end(); ++it)
                    parts << it.key() + QLatin1Char('=') + it.value();
                line += QStringLiteral(" — ") + parts.join(QLatin1String("; "));
            }
            io.out << line << '\n';
        }
        Feedback quiet;
        if (auto found = imp.scanPersonalData(quiet); found && found->any()) {
            io.out << Tr::tr("Personal data in the file (values masked):") << '\n';
            for (const QString &l : found->describe())
                io.out << "  " << l << '\n';
            if (found->inMappedColumns() && personalData == io::PersonalDataChoice::Ask)
                io.out << Tr::tr("Choose --personal-data redact or --personal-data keep for the import.") << '\n';
        }
        return 0;
    }

    KillSwitch killSwitch(target->path());
    Feedback feedback([&](double percent, const QString &message) {
        killSwitch.progress(percent, message);
        if (parser.isSet(progressOpt) && !message.isEmpty())
            io.err << QStringLiteral("%1 % ").arg(percent, 0, 'f', 0) << message << '\n';
    });
    auto summary = imp.run(feedback, !builtinName.isEmpty() && !parser.isSet(saveOpt)
                                         ? builtinName
                                         : (profileName.isEmpty() ? parser.value(saveOpt) : profileName));
    if (!summary) {
        io.err << summary.errorMessage() << '\n';
        return 1;
    }
    if (summary->refusedForPersonalData) {
        io.err << Tr::tr("%1 holds personal data in columns that would be imported (values masked):").arg(file) << '\n';
        for (const QString &l : summary->personalData.describe())
            io.err << "  " << l << '\n';
        io.err << Tr::tr("Nothing was imported. Choose what to do with it: --personal-data redact replaces each "
                         "value with a marker such as [personnummer]; --personal-data keep stores the values as "
                         "they are.")
               << '\n';
        return 1;
    }
    io.out << Tr::tr("Imported %1 into %2 as %3.").arg(file, target->path(), io::toString(mapping.kind)) << '\n';
    printSummary(*summary, imp, *target, parser.value(rejectsOpt).toInt(), io);
    printPersonalData(summary->personalData, summary->personalDataChoice, io);

    const QString saveName = parser.isSet(saveOpt)                       ? parser.value(saveOpt)
                             : (profileExists || !builtinName.isEmpty()) ? QString()
                                                                         : profileName;
    if (!saveName.isEmpty() && store) {
        if (Status s = io::saveProfile(*store, saveName, imp.mapping()); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
        io.out << Tr::tr("Saved the mapping as profile %1.").arg(saveName) << '\n';
    }
    if (store && !completeOnDisk(*store, io))
        return 1;
    if (summary->accepted + summary->duplicates + summary->identical == 0) {
        io.err << Tr::tr("Nothing could be imported; see the reasons above.") << '\n';
        return 1;
    }
    return 0;
}

} // namespace lb::cli
