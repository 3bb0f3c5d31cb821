// Values per feature for gistar and lisa: either the store's districts with incident rates per
// 1,000 residents, or a plain table (GeoPackage/GeoJSON/Shapefile of polygons or points, or a CSV
// with x and y columns in metres) with a value column, so results can be checked against other
// tools. Also writes the per-feature results as CSV or a GeoPackage layer.

#include "cli/analyse_table.h"
#include "analysis/spatial_weights.h"
#include "core/crs.h"
#include "io/export_table.h"
#include "io/export_vector.h"
#include "io/probe.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace lb::cli {

namespace {
struct AnalyseTableTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseTable)
};

QStringList splitCsvLine(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

Result<ValueTable> readCsv(const QString &path, const QString &column)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{AnalyseTableTr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QStringList header = splitCsvLine(QString::fromUtf8(file.readLine()).trimmed());
    const auto x = header.indexOf(QStringLiteral("x")), y = header.indexOf(QStringLiteral("y")),
               v = header.indexOf(column);
    if (x < 0 || y < 0 || v < 0)
        return Error{AnalyseTableTr::tr("%1 needs the columns x, y (metres) and %2.").arg(path, column)};
    ValueTable t;
    int row = 1;
    while (!file.atEnd()) {
        ++row;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        bool ok1 = false, ok2 = false, ok3 = false;
        const PointXY p{f.value(x).toDouble(&ok1), f.value(y).toDouble(&ok2)};
        const double value = f.value(v).toDouble(&ok3);
        if (!ok1 || !ok2 || !ok3)
            return Error{AnalyseTableTr::tr("%1, row %2: x, y and %3 must be numbers.").arg(path).arg(row).arg(column)};
        t.centres.push_back(p);
        t.values.push_back(value);
        t.names << QString::number(row - 1);
    }
    return t;
}
} // namespace

Result<int> tableCrs(const QString &path, const QString &layer, int requested, int storeEpsg, QString *note)
{
    if (requested > 0)
        return requested;
    const auto label = [](int epsg) {
        auto info = crsInfo(epsg);
        return info ? QStringLiteral("EPSG:%1 (%2)").arg(epsg).arg(info->name) : QStringLiteral("EPSG:%1").arg(epsg);
    };
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        if (storeEpsg <= 0)
            return Error{AnalyseTableTr::tr("%1 gives x and y without a CRS; name it with --epsg CODE.").arg(path)};
        *note = AnalyseTableTr::tr("The table's x and y are taken to be in the store's CRS, %1.").arg(label(storeEpsg));
        return storeEpsg;
    }
    auto probe = io::probeFile(path, 0, 1);
    if (!probe)
        return probe.error();
    const io::ProbeLayer *found = nullptr;
    for (const io::ProbeLayer &l : probe->layers)
        if (!found && (layer.isEmpty() || l.name == layer))
            found = &l;
    if (!found)
        return Error{AnalyseTableTr::tr("%1 has no layer %2.").arg(path, layer)};
    const int own = found->epsg;
    if (own <= 0)
        return Error{AnalyseTableTr::tr("The CRS of %1 is not known; name the CRS to analyse it in with --epsg CODE.")
                         .arg(path)};
    auto info = crsInfo(own);
    if (!info)
        return info.error();
    if (info->projected && info->metric) {
        *note = AnalyseTableTr::tr("The table is analysed in its own CRS, %1.").arg(label(own));
        return own;
    }
    if (storeEpsg > 0) {
        *note = AnalyseTableTr::tr("The table is in %1, which is not in metres; it is analysed in the store's CRS, %2.")
                    .arg(label(own), label(storeEpsg));
        return storeEpsg;
    }
    // Longitudes and latitudes: the UTM zone of the table's centre keeps distances true there.
    auto lonLat = io::readVectorFile(path, 4326, layer);
    if (!lonLat)
        return Error{lonLat.errorMessage()};
    Extent e;
    for (const io::VectorFeature &f : *lonLat) {
        for (PointXY p : f.points)
            e.include(p);
        for (const Polygon &poly : f.polygons)
            for (const LinearRing &r : poly.rings)
                for (PointXY p : r)
                    e.include(p);
    }
    if (e.isEmpty())
        return Error{AnalyseTableTr::tr("%1 has no features.").arg(path)};
    const PointXY c = e.center();
    const int zone = std::clamp(static_cast<int>(std::floor((c.x + 180.0) / 6.0)) + 1, 1, 60);
    const int utm = (c.y >= 0 ? 32600 : 32700) + zone;
    *note = AnalyseTableTr::tr("The table is in %1, which is not in metres; it is analysed in %2, the UTM zone of its "
                               "centre. Name another CRS with --epsg CODE.")
                .arg(label(own), label(utm));
    return utm;
}

Result<ValueTable> readValueTable(const QString &path, const QString &layer, const QString &column, int epsg)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return readCsv(path, column);
    auto features = io::readVectorFile(path, epsg, layer);
    if (!features)
        return Error{features.errorMessage()};
    ValueTable t;
    int row = 0;
    for (const io::VectorFeature &f : *features) {
        ++row;
        const QVariant v = f.attributes.value(column);
        bool ok = false;
        const double value = v.toDouble(&ok);
        if (!v.isValid() || !ok)
            return Error{
                AnalyseTableTr::tr("%1, feature %2: no number in the column %3.").arg(path).arg(row).arg(column)};
        if (!f.polygons.empty()) {
            t.polygons.push_back(f.polygons);
            t.centres.push_back(analysis::centroid(f.polygons));
        } else if (!f.points.empty()) {
            t.centres.push_back(f.points.front());
        } else {
            return Error{AnalyseTableTr::tr("%1, feature %2 has neither a polygon nor a point.").arg(path).arg(row)};
        }
        t.values.push_back(value);
        const QVariant name = f.attributes.value(QStringLiteral("name"));
        t.names << (name.isValid() ? name.toString() : QString::number(row));
    }
    if (!t.polygons.empty() && t.polygons.size() != t.centres.size())
        return Error{AnalyseTableTr::tr("%1 mixes polygons and points.").arg(path)};
    return t;
}

Result<analysis::NeighbourList> neighboursFor(const ValueTable &t, const NeighbourChoice &choice)
{
    if (choice.k > 0)
        return analysis::kNearestNeighbours(t.centres, choice.k);
    if (choice.band > 0.0)
        return analysis::distanceBandNeighbours(t.centres, choice.band);
    if (t.polygons.empty())
        return Error{AnalyseTableTr::tr("Points have no shared borders: give --knn K or --band METRES.")};
    return analysis::contiguityNeighbours(t.polygons);
}

Status writeFeatureResults(const QString &path, const ValueTable &t, int epsg,
                           const std::vector<io::VectorField> &fields, const std::vector<std::vector<QVariant>> &values)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0) {
        QStringList header{QStringLiteral("name"), QStringLiteral("x"), QStringLiteral("y")};
        for (const io::VectorField &f : fields)
            header << f.name;
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < values.size(); ++i) {
            QStringList row{t.names[static_cast<int>(i)], QString::number(t.centres[i].x, 'f', 2),
                            QString::number(t.centres[i].y, 'f', 2)};
            for (const QVariant &v : values[i])
                row << (v.isValid() ? v.toString() : QString());
            rows.push_back(row);
        }
        return io::writeCsv(path, header, rows);
    }
    std::vector<io::VectorField> all{{QStringLiteral("name"), io::VectorField::Type::Text}};
    all.insert(all.end(), fields.begin(), fields.end());
    if (t.polygons.empty()) {
        std::vector<io::PointFeature> features;
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::vector<QVariant> v{t.names[static_cast<int>(i)]};
            v.insert(v.end(), values[i].begin(), values[i].end());
            features.push_back({t.centres[i], v});
        }
        return io::writePointLayer(path, QStringLiteral("results"), epsg, all, features);
    }
    std::vector<io::PolygonFeature> features;
    for (std::size_t i = 0; i < values.size(); ++i)
        for (const Polygon &poly : t.polygons[i]) {
            std::vector<QVariant> v{t.names[static_cast<int>(i)]};
            v.insert(v.end(), values[i].begin(), values[i].end());
            features.push_back({poly, v});
        }
    return io::writePolygonLayer(path, QStringLiteral("results"), epsg, all, features);
}

Result<ValueTable> districtRates(const store::StoreReader &store, const store::IncidentFilter &filter,
                                 QStringList *notes)
{
    auto areas = store.areas(QStringLiteral("district"));
    if (!areas)
        return Error{areas.errorMessage()};
    ValueTable t;
    for (const Area &a : *areas) {
        if (a.population <= 0) {
            *notes << AnalyseTableTr::tr("%1 has no population figure and is left out.").arg(a.name);
            continue;
        }
        store::IncidentFilter f = filter;
        f.areaId = a.id;
        auto points = store.incidentPoints(f);
        if (!points)
            return Error{points.errorMessage()};
        const auto n = static_cast<long long>(points->size());
        t.polygons.push_back(a.geometry);
        t.centres.push_back(analysis::centroid(a.geometry));
        t.values.push_back(1000.0 * static_cast<double>(n) / static_cast<double>(a.population));
        t.names << a.name;
    }
    return t;
}

} // namespace lb::cli
