#include "io/importer.h"

#include "core/crs.h"
#include "io/crs_guess.h"
#include "io/row_converter.h"
#include "io/source_reader.h"
#include "io/value_parser.h"
#include "store/import_catalog.h"
#include "store/import_target.h"
#include "store/record_writer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::io {

store::RecordTable tableFor(ImportKind k)
{
    switch (k) {
    case ImportKind::Incidents:
        return store::RecordTable::Incidents;
    case ImportKind::Pins:
        return store::RecordTable::SurveyPins;
    case ImportKind::Answers:
        return store::RecordTable::SurveyAnswers;
    case ImportKind::Findings:
        return store::RecordTable::WalkFindings;
    case ImportKind::Areas:
        return store::RecordTable::Areas;
    }
    return store::RecordTable::Incidents;
}

namespace {

// The area of use of the store's CRS, as a box in store coordinates: the edges of the lon/lat box
// are densified before transforming because projected edges bend.
Extent crsAreaInStore(int epsg)
{
    auto info = crsInfo(epsg);
    if (!info || info->areaOfUseLonLat.isEmpty())
        return {};
    auto t = CoordinateTransform::create(4326, epsg);
    if (!t)
        return {};
    const Extent &a = info->areaOfUseLonLat;
    std::vector<PointXY> edge;
    constexpr int kSteps = 32;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        const double x = a.minX + f * a.width(), y = a.minY + f * a.height();
        edge.insert(edge.end(), {{x, a.minY}, {x, a.maxY}, {a.minX, y}, {a.maxX, y}});
    }
    t->transform(edge);
    Extent e;
    for (PointXY p : edge)
        if (std::isfinite(p.x) && std::isfinite(p.y))
            e.include(p);
    return e;
}

QMap<QString, QString> storedValues(const ConvertedRow &c, ImportKind kind)
{
    const auto xy = [](PointXY p) {
        return QStringLiteral("%1 %2").arg(p.x, 0, 'f', 2).arg(p.y, 0, 'f', 2);
    };
    switch (kind) {
    case ImportKind::Incidents:
        return {{QStringLiteral("geom"), xy(c.incident.position)},
                {QStringLiteral("occurred_at"), formatUtc(c.incident.occurredAt)},
                {QStringLiteral("time_precision"), toString(c.incident.timePrecision)},
                {QStringLiteral("category"), c.incident.category},
                {QStringLiteral("source"), c.incident.source},
                {QStringLiteral("source_ref"), c.incident.sourceRef},
                {QStringLiteral("location_precision"), toString(c.incident.locationPrecision)},
                {QStringLiteral("description"), c.incident.description}};
    case ImportKind::Pins:
        return {{QStringLiteral("geom"), xy(c.pin.position)},
                {QStringLiteral("survey_id"), QString::number(c.pin.surveyId)},
                {QStringLiteral("rating"), c.pin.rating ? QString::number(c.pin.rating) : QString()},
                {QStringLiteral("time_of_day"), toString(c.pin.timeOfDay)},
                {QStringLiteral("reason"), c.pin.reason},
                {QStringLiteral("comment"), c.pin.comment},
                {QStringLiteral("respondent"), c.pin.respondent}};
    case ImportKind::Answers:
        return {{QStringLiteral("survey_id"), QString::number(c.answer.surveyId)},
                {QStringLiteral("area_id"), QString::number(c.answer.areaId)},
                {QStringLiteral("indicator"), c.answer.indicator},
                {QStringLiteral("respondents"), QString::number(c.answer.respondents)},
                {QStringLiteral("share"), QString::number(c.answer.share)}};
    case ImportKind::Findings:
        return {{QStringLiteral("geom"), xy(c.finding.position)},
                {QStringLiteral("walk_id"), c.finding.walkId ? QString::number(c.finding.walkId) : QString()},
                {QStringLiteral("kind"), c.finding.kind},
                {QStringLiteral("status"), toString(c.finding.status)},
                {QStringLiteral("description"), c.finding.description},
                {QStringLiteral("responsible"), c.finding.responsible},
                {QStringLiteral("due_date"), c.finding.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("fixed_date"), c.finding.fixedDate.toString(Qt::ISODate)}};
    case ImportKind::Areas: {
        const Extent e = extentOf(c.area.geometry);
        return {{QStringLiteral("name"), c.area.name},
                {QStringLiteral("kind"), c.area.kind},
                {QStringLiteral("population"), c.area.population ? QString::number(c.area.population) : QString()},
                {QStringLiteral("extent"), QStringLiteral("%1 – %2").arg(xy({e.minX, e.minY}), xy({e.maxX, e.maxY}))}};
    }
    }
    return {};
}

} // namespace

Importer::Importer(store::ImportTarget &target, FieldMapping mapping)
    : m_target(target)
    , m_mapping(std::move(mapping))
{}
Importer::~Importer() = default;

QStringList Importer::columns() const
{
    return m_reader->columns();
}

Result<std::unique_ptr<Importer>> Importer::create(store::Store &store, const QString &path,
                                                   const FieldMapping &mapping)
{
    std::unique_ptr<store::ImportTarget> target = store::importTargetFor(store);
    auto imp = create(*target, path, mapping);
    if (imp)
        (*imp)->m_ownedTarget = std::move(target);
    return imp;
}

Result<std::unique_ptr<Importer>> Importer::create(store::ImportTarget &target, const QString &path,
                                                   const FieldMapping &mapping)
{
    if (!target.fileStore() && mapping.kind != ImportKind::Incidents)
        return Error{QCoreApplication::translate("lb::io::Importer",
                                                 "A shared store on a server takes imports of incidents only; "
                                                 "import %1 into a store file and copy it with copy-store.")
                         .arg(toString(mapping.kind))};
    // A CSV's only layer is named after the file: a profile saved with last month's file names a
    // layer this month's file does not have. A file with one layer is read whatever it is called.
    QString layer = mapping.layer;
    if (!layer.isEmpty())
        if (auto names = SourceReader::layerNames(path); names && names->size() == 1 && !names->contains(layer))
            layer.clear();
    auto reader = SourceReader::open(path, layer);
    if (!reader)
        return reader.error();
    if (Status s = validateMapping(mapping, (*reader)->columns(), (*reader)->hasGeometry()); !s)
        return s.error();
    std::unique_ptr<Importer> imp(new Importer(target, mapping));
    imp->m_mapping.layer = layer;
    imp->m_path = QFileInfo(path).absoluteFilePath();
    imp->m_reader = std::move(*reader);
    if (imp->m_mapping.layer.isEmpty())
        imp->m_mapping.layer = imp->m_reader->layerName();
    if (Status s = imp->settleCrs(); !s)
        return s.error();
    imp->m_crsArea = crsAreaInStore(target.reader().epsg());
    return imp;
}

Status Importer::settleCrs()
{
    const bool spatial = isPointKind(m_mapping.kind) || m_mapping.kind == ImportKind::Areas;
    if (!spatial)
        return {};
    const bool columns = m_mapping.hasColumn(QStringLiteral("x")) && m_mapping.hasColumn(QStringLiteral("y"));
    if (m_mapping.sourceEpsg > 0) {
        auto info = crsInfo(m_mapping.sourceEpsg);
        if (!info)
            return info.error();
        m_crsExplanation = QCoreApplication::translate("lb::io::Importer", "EPSG:%1 (%2), as given.")
                               .arg(m_mapping.sourceEpsg)
                               .arg(info->name);
        return {};
    }
    if (!columns && m_reader->epsg() > 0) {
        m_mapping.sourceEpsg = m_reader->epsg();
        m_crsExplanation =
            QCoreApplication::translate("lb::io::Importer", "EPSG:%1, from the file.").arg(m_mapping.sourceEpsg);
        return {};
    }
    // Guess from the values of the first rows.
    std::vector<PointXY> samples;
    const int xi = m_reader->columnIndex(m_mapping.columns.value(QStringLiteral("x")));
    const int yi = m_reader->columnIndex(m_mapping.columns.value(QStringLiteral("y")));
    m_reader->rewind();
    while (samples.size() < 500 && m_reader->next()) {
        if (columns && xi >= 0 && yi >= 0) {
            const auto x = parseNumber(m_reader->raw(xi)), y = parseNumber(m_reader->raw(yi));
            if (x && y)
                samples.push_back({*x, *y});
        } else if (m_reader->geometryKind() == SourceGeometry::Point) {
            samples.push_back(m_reader->point());
        } else if (m_reader->geometryKind() == SourceGeometry::Polygon) {
            const MultiPolygon mp = m_reader->polygons();
            if (!mp.empty() && !mp.front().rings.empty() && !mp.front().rings.front().empty())
                samples.push_back(mp.front().rings.front().front());
        }
        if (m_reader->rowNumber() > 5000)
            break;
    }
    m_reader->rewind();
    std::optional<PointXY> reference;
    const store::StoreReader &store = m_target.reader();
    if (const MultiPolygon m = storeMunicipality(store); !m.empty())
        if (auto t = CoordinateTransform::create(store.epsg(), 4326))
            reference = t->transform(extentOf(m).center());
    CrsHints hints{reference, store.epsg(), false};
    if (columns)
        hints.lonLatNames =
            namesLonLat(m_mapping.columns.value(QStringLiteral("x")), m_mapping.columns.value(QStringLiteral("y")));
    const CrsGuess guess = guessCrs(samples, hints);
    if (guess.epsg == 0)
        return Error{QCoreApplication::translate(
                         "lb::io::Importer", "Cannot tell the coordinate system of %1: %2 Give it with --crs EPSG:N.")
                         .arg(m_path, guess.explanation)};
    m_mapping.sourceEpsg = guess.epsg;
    if (columns)
        m_mapping.swapAxes = guess.swapAxes;
    m_crsExplanation = guess.explanation;
    return {};
}

Result<std::vector<PreviewRow>> Importer::preview(int rows)
{
    ConverterSetup setup{m_mapping.sourceEpsg, AreaMask(storeMunicipality(m_target.reader())), m_crsArea};
    auto converter =
        RowConverter::create(m_target.reader(), m_target.fileStore(), *m_reader, m_mapping, std::move(setup));
    if (!converter)
        return converter.error();
    (*converter)->setCreateReferencedRecords(false);
    // A file store tells duplicates of any kind; a server store, which takes incidents only, its own way.
    std::unique_ptr<store::RecordWriter> fileWriter;
    if (store::Store *file = m_target.fileStore()) {
        auto writer = store::RecordWriter::create(*file, tableFor(m_mapping.kind), false);
        if (!writer)
            return writer.error();
        fileWriter = std::move(*writer);
    }
    const auto held = [&](const ConvertedRow &c) {
        if (!fileWriter)
            return m_target.holdsIncident(c.hash, c.incident.source, c.incident.sourceRef);
        return fileWriter->contains(c.hash) ||
               (m_mapping.kind == ImportKind::Incidents &&
                fileWriter->containsIncidentRef(c.incident.source, c.incident.sourceRef));
    };
    std::vector<PreviewRow> out;
    ConvertedRow c;
    PersonalDataGuard guard(*m_reader, m_mapping, m_personalData);
    m_reader->rewind();
    while (static_cast<int>(out.size()) < rows && m_reader->next()) {
        PreviewRow p;
        p.rowNumber = m_reader->rowNumber();
        for (int i = 0; i < m_reader->columns().size(); ++i)
            p.source.insert(m_reader->columns()[i], m_reader->text(i));
        (*converter)->convert(*m_reader, c);
        const bool dup = c.ok && held(c);
        guard.inspect(*m_reader, c);
        if (!c.ok) {
            p.status = PreviewRow::Status::Rejected;
            p.reason = c.reason;
            p.detail = c.detail;
        } else {
            p.stored = storedValues(c, m_mapping.kind);
            if (c.hasRef && c.occurrence > 1) {
                p.status = PreviewRow::Status::Identical;
                out.push_back(std::move(p));
                continue;
            }
            p.status = dup ? PreviewRow::Status::Duplicate : PreviewRow::Status::Accepted;
        }
        out.push_back(std::move(p));
    }
    m_reader->rewind();
    return out;
}

Result<PersonalDataReport> Importer::scanPersonalData(Feedback &feedback)
{
    PersonalDataGuard guard(*m_reader, m_mapping, PersonalDataChoice::Keep);
    ConvertedRow unused;
    m_reader->rewind();
    while (m_reader->next()) {
        if ((m_reader->rowNumber() & 4095) == 0) {
            if (feedback.isCanceled())
                break;
            feedback.setProgress(100.0 * m_reader->progress());
        }
        guard.inspect(*m_reader, unused);
    }
    m_reader->rewind();
    return guard.report();
}

MultiPolygon storeMunicipality(const store::StoreReader &store)
{
    MultiPolygon all;
    if (auto areas = store.areas(QStringLiteral("municipality")))
        for (Area &a : *areas)
            for (Polygon &p : a.geometry)
                all.push_back(std::move(p));
    return all;
}

} // namespace lb::io
