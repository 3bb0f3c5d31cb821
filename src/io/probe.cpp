#include "io/probe.h"

#include "core/crs.h"
#include "io/builtin_profiles.h"
#include "io/source_reader.h"
#include "io/value_parser.h"

#include <QCoreApplication>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

constexpr int kNamedProblems = 5; // unreadable rows named one by one in the warnings
} // namespace

Result<ProbeResult> probeFile(const QString &path, int samples, int scanRows, std::optional<PointXY> referenceLonLat)
{
    auto names = SourceReader::layerNames(path);
    if (!names)
        return names.error();
    ProbeResult result;
    result.path = path;
    for (const QString &name : *names) {
        auto reader = SourceReader::open(path, name);
        if (!reader)
            return reader.error();
        SourceReader &r = **reader;
        result.driver = r.driver();
        ProbeLayer layer;
        layer.name = r.layerName();
        layer.geometryType = r.geometryTypeName();
        layer.epsg = r.epsg();
        layer.featureCount = r.featureCountHint();
        layer.profile = recogniseBuiltinProfile(r.driver(), r.columns());
        if (r.driver() == QLatin1String("CSV"))
            layer.encoding = toString(r.encoding());

        const int n = static_cast<int>(r.columns().size());
        std::vector<QStringList> seen(static_cast<size_t>(n)); // up to scanRows values per column
        std::vector<PointXY> geometryPoints;
        std::int64_t rows = 0;
        int unreadable = 0;
        int polygons = 0;
        while (rows < scanRows && r.next()) {
            ++rows;
            if (!r.rowProblem().isEmpty()) {
                // Only the first few are named; the import names every one in its rejects.
                if (++unreadable <= kNamedProblems)
                    layer.warnings << Tr::tr("Row %1 cannot be read and will be rejected: %2")
                                          .arg(r.rowNumber())
                                          .arg(r.rowProblem());
                continue;
            }
            for (int i = 0; i < n; ++i) {
                if (r.isNull(i) || r.raw(i).empty())
                    continue;
                seen[static_cast<size_t>(i)] << r.text(i);
            }
            if (r.geometryKind() == SourceGeometry::Point)
                geometryPoints.push_back(r.point());
            else if (r.geometryKind() == SourceGeometry::Polygon) {
                ++polygons;
                if (!r.polygonProblem().isEmpty())
                    ++layer.invalidPolygons;
                const MultiPolygon mp = r.polygons();
                if (!mp.empty() && !mp.front().rings.empty() && !mp.front().rings.front().empty())
                    geometryPoints.push_back(mp.front().rings.front().front());
            }
        }
        if (layer.featureCount < 0 && rows < scanRows)
            layer.featureCount = rows;
        if (!r.readError().isEmpty())
            layer.warnings << r.readError();
        if (unreadable > kNamedProblems)
            layer.warnings << Tr::tr("%1 more of the first %2 rows cannot be read either.")
                                  .arg(unreadable - kNamedProblems)
                                  .arg(rows);
        if (r.driver() == QLatin1String("CSV") && r.encoding() == TextEncoding::Windows1252)
            layer.warnings << Tr::tr("The file is not valid UTF-8; its text is read as Windows-1252, as Excel saves it "
                                     "on Swedish Windows. Check that å, ä and ö look right in the samples.");
        if (layer.invalidPolygons > 0)
            layer.warnings << Tr::tr("%1 of the first %2 polygons are invalid (a ring crosses itself or is not "
                                     "closed). The import rejects them unless it is asked to repair them.")
                                  .arg(layer.invalidPolygons)
                                  .arg(polygons);
        for (int i = 0; i < n; ++i) {
            ProbeField f;
            f.name = r.columns()[i];
            for (const QString &v : seen[static_cast<size_t>(i)])
                if (!f.samples.contains(v) && f.samples.size() < samples)
                    f.samples << v;
            layer.fields.push_back(f);
        }

        if (layer.epsg > 0) {
            auto info = crsInfo(layer.epsg);
            layer.crs = {layer.epsg, false,
                         Tr::tr("EPSG:%1 (%2), from the file.").arg(layer.epsg).arg(info ? info->name : QString())};
            layer.crsFromFile = true;
        } else if (!geometryPoints.empty()) {
            layer.crs = guessCrs(geometryPoints, referenceLonLat);
        } else {
            layer.coordinates = guessCoordinateColumns(r.columns(), seen);
            if (layer.coordinates.isValid()) {
                const int xi = r.columnIndex(layer.coordinates.x), yi = r.columnIndex(layer.coordinates.y);
                const QStringList &xs = seen[static_cast<size_t>(xi)];
                const QStringList &ys = seen[static_cast<size_t>(yi)];
                std::vector<PointXY> pts;
                for (qsizetype k = 0; k < std::min(xs.size(), ys.size()); ++k) {
                    const QByteArray xb = xs[k].toUtf8(), yb = ys[k].toUtf8();
                    const auto x = parseNumber(std::string_view(xb.constData(), static_cast<size_t>(xb.size())));
                    const auto y = parseNumber(std::string_view(yb.constData(), static_cast<size_t>(yb.size())));
                    if (x && y)
                        pts.push_back({*x, *y});
                }
                layer.crs =
                    guessCrs(pts, CrsHints{referenceLonLat, 0, namesLonLat(layer.coordinates.x, layer.coordinates.y)});
            }
        }
        result.layers.push_back(std::move(layer));
    }
    return result;
}

} // namespace lb::io
