// PgStoreReader's reads of areas, background features, surveys, survey pins, walks and findings:
// the same rows in the same order as the GeoPackage store's reads (src/store/store_read.cpp),
// geometries decoded by the same code (WKB from the server, wrapped as a GeoPackage blob).

#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_store_reader.h"
#include "store/gpkg_geometry.h"

#include <QCoreApplication>

namespace lb::pgstore {

namespace {

// The geometry column as the GeoPackage blob the store's decoders read.
QByteArray geometryBlob(const PgRows &rows, int row, int column, int srid)
{
    if (rows.isNull(row, column))
        return {};
    return wkbToGpkg(QByteArray::fromHex(rows.text(row, column).toLatin1()), srid);
}

template <typename T, typename Decode> std::optional<T> decoded(const QByteArray &blob, Decode decode)
{
    if (blob.isEmpty())
        return std::nullopt;
    return decode(reinterpret_cast<const unsigned char *>(blob.constData()), static_cast<int>(blob.size()));
}

QDate dateValue(const PgRows &rows, int row, int column)
{
    return rows.isNull(row, column) ? QDate() : QDate::fromString(rows.text(row, column), Qt::ISODate);
}

std::int64_t intValue(const PgRows &rows, int row, int column)
{
    return rows.isNull(row, column) ? 0 : rows.int64(row, column);
}

// " AND geom && envelope" with the extent as parameters, for the GiST index.
QString extentCondition(const std::optional<Extent> &extent, QStringList &params)
{
    if (!extent)
        return {};
    for (double v : {extent->minX, extent->minY, extent->maxX, extent->maxY})
        params << QString::number(v, 'g', 17);
    const auto n = params.size();
    return QStringLiteral(" AND geom && ST_MakeEnvelope($%1, $%2, $%3, $%4, ST_SRID(geom))")
        .arg(n - 3)
        .arg(n - 2)
        .arg(n - 1)
        .arg(n);
}

const QString kGeom = QStringLiteral("encode(ST_AsBinary(geom), 'hex')");

} // namespace

Result<std::vector<Area>> PgStoreReader::areas(const QString &kind) const
{
    QStringList params;
    if (!kind.isEmpty())
        params << kind;
    auto rows = m_db.query(QStringLiteral("SELECT fid, %1, name, kind, population FROM areas %2 ORDER BY fid")
                               .arg(kGeom, kind.isEmpty() ? QString() : QStringLiteral("WHERE kind = $1")),
                           params);
    if (!rows)
        return rows.error();
    std::vector<Area> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        Area a;
        a.id = rows->int64(r, 0);
        if (auto g = decoded<MultiPolygon>(geometryBlob(*rows, r, 1, m_epsg), store::decodeMultiPolygon))
            a.geometry = std::move(*g);
        a.name = rows->text(r, 2);
        a.kind = rows->text(r, 3);
        a.population = intValue(*rows, r, 4);
        out.push_back(std::move(a));
    }
    return out;
}

Result<std::vector<BaseFeature>> PgStoreReader::baseFeatures(const QString &table,
                                                             const std::optional<Extent> &extent) const
{
    if (table != QLatin1String("base_water") && table != QLatin1String("base_roads"))
        return Error{QCoreApplication::translate("lb::store::Store", "%1 is not a background layer.").arg(table)};
    QStringList params;
    const QString where = extentCondition(extent, params);
    auto rows = m_db.query(
        QStringLiteral("SELECT fid, %1, name, class FROM %2 WHERE true%3 ORDER BY fid").arg(kGeom, table, where),
        params);
    if (!rows)
        return rows.error();
    const bool lines = table == QLatin1String("base_roads");
    std::vector<BaseFeature> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        BaseFeature f;
        f.id = rows->int64(r, 0);
        const QByteArray blob = geometryBlob(*rows, r, 1, m_epsg);
        if (lines) {
            if (auto g = decoded<MultiLineString>(blob, store::decodeMultiLineString))
                f.lines = std::move(*g);
        } else if (auto g = decoded<MultiPolygon>(blob, store::decodeMultiPolygon)) {
            f.polygons = std::move(*g);
        }
        f.name = rows->text(r, 2);
        f.featureClass = rows->text(r, 3);
        out.push_back(std::move(f));
    }
    return out;
}

Result<std::vector<Survey>> PgStoreReader::surveys() const
{
    auto rows = m_db.query(QStringLiteral("SELECT id, name, year, method, batch_id FROM surveys ORDER BY year, id"));
    if (!rows)
        return rows.error();
    std::vector<Survey> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->int64(r, 0), rows->text(r, 1), static_cast<int>(rows->int64(r, 2)), rows->text(r, 3),
                       intValue(*rows, r, 4)});
    return out;
}

Result<std::vector<SurveyAnswer>> PgStoreReader::surveyAnswers(std::int64_t surveyId) const
{
    QStringList params;
    QString where;
    if (surveyId > 0) {
        params << QString::number(surveyId);
        where = QStringLiteral(" WHERE survey_id = $1");
    }
    auto rows = m_db.query(QStringLiteral("SELECT id, survey_id, area_id, indicator, respondents, share FROM "
                                          "survey_answers%1 ORDER BY survey_id, area_id, indicator")
                               .arg(where),
                           params);
    if (!rows)
        return rows.error();
    std::vector<SurveyAnswer> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->int64(r, 0), rows->int64(r, 1), rows->int64(r, 2), rows->text(r, 3),
                       static_cast<int>(rows->int64(r, 4)), rows->real(r, 5)});
    return out;
}

Result<std::vector<SurveyPin>> PgStoreReader::surveyPins(std::int64_t surveyId,
                                                         const std::optional<Extent> &extent) const
{
    QStringList params;
    QString where;
    if (surveyId > 0) {
        params << QString::number(surveyId);
        where = QStringLiteral(" AND survey_id = $1");
    }
    where += extentCondition(extent, params);
    auto rows = m_db.query(QStringLiteral("SELECT fid, ST_X(geom), ST_Y(geom), survey_id, rating, time_of_day, reason, "
                                          "comment, respondent, batch_id FROM survey_pins WHERE "
                                          "true%1 ORDER BY fid")
                               .arg(where),
                           params);
    if (!rows)
        return rows.error();
    std::vector<SurveyPin> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        SurveyPin p;
        p.id = rows->int64(r, 0);
        if (!rows->isNull(r, 1))
            p.position = {rows->real(r, 1), rows->real(r, 2)};
        p.surveyId = intValue(*rows, r, 3);
        p.rating = static_cast<int>(intValue(*rows, r, 4));
        p.timeOfDay = timeOfDayFromString(rows->text(r, 5)).value_or(TimeOfDay::Unknown);
        p.reason = rows->text(r, 6);
        p.comment = rows->text(r, 7);
        p.respondent = rows->text(r, 8);
        p.batchId = intValue(*rows, r, 9);
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<Walk>> PgStoreReader::walks() const
{
    auto rows = m_db.query(QStringLiteral("SELECT fid, %1, walk_date, name, area_id, participants, batch_id FROM walks "
                                          "ORDER BY walk_date, fid")
                               .arg(kGeom));
    if (!rows)
        return rows.error();
    std::vector<Walk> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        Walk w;
        w.id = rows->int64(r, 0);
        if (auto line = decoded<LineString>(geometryBlob(*rows, r, 1, m_epsg), store::decodeLineString))
            w.route = std::move(*line);
        w.date = dateValue(*rows, r, 2);
        w.name = rows->text(r, 3);
        w.areaId = intValue(*rows, r, 4);
        w.participants = rows->text(r, 5);
        w.batchId = intValue(*rows, r, 6);
        out.push_back(std::move(w));
    }
    return out;
}

Result<std::vector<WalkFinding>> PgStoreReader::walkFindings(FeatureId walkId,
                                                             const std::optional<Extent> &extent) const
{
    QStringList params;
    QString where;
    if (walkId > 0) {
        params << QString::number(walkId);
        where = QStringLiteral(" AND walk_id = $1");
    }
    where += extentCondition(extent, params);
    auto rows = m_db.query(QStringLiteral("SELECT fid, ST_X(geom), ST_Y(geom), walk_id, kind, description, "
                                          "responsible, status, due_date, fixed_date, batch_id, status_changed_on, "
                                          "point_number FROM walk_findings WHERE true%1 ORDER BY fid")
                               .arg(where),
                           params);
    if (!rows)
        return rows.error();
    std::vector<WalkFinding> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        WalkFinding f;
        f.id = rows->int64(r, 0);
        if (!rows->isNull(r, 1))
            f.position = {rows->real(r, 1), rows->real(r, 2)};
        f.walkId = intValue(*rows, r, 3);
        f.kind = rows->text(r, 4);
        f.description = rows->text(r, 5);
        f.responsible = rows->text(r, 6);
        f.status = findingStatusFromString(rows->text(r, 7)).value_or(FindingStatus::Open);
        f.dueDate = dateValue(*rows, r, 8);
        f.fixedDate = dateValue(*rows, r, 9);
        f.batchId = intValue(*rows, r, 10);
        f.statusChangedOn = dateValue(*rows, r, 11);
        f.pointNumber = static_cast<int>(intValue(*rows, r, 12));
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace lb::pgstore
