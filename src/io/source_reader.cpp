#include "io/source_reader.h"

#include "io/csv_stream.h"
#include "io/gdal_dataset.h"
#include "io/police_events_reader.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::io {

namespace {
std::vector<PointXY> ringPoints(OGRGeometryH g)
{
    const int n = OGR_G_GetPointCount(g);
    std::vector<PointXY> pts(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        pts[static_cast<size_t>(i)] = {OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
    return pts;
}

void collectPolygons(OGRGeometryH g, MultiPolygon &out)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPolygon) {
        Polygon p;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            p.rings.push_back(ringPoints(OGR_G_GetGeometryRef(g, i)));
        out.push_back(std::move(p));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collectPolygons(OGR_G_GetGeometryRef(g, i), out);
    }
}
// Whether any ring of a polygon geometry is open (its last point differs from the first).
bool hasOpenRing(OGRGeometryH g)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbLineString || type == wkbLinearRing) {
        const int n = OGR_G_GetPointCount(g);
        return n > 0 && (OGR_G_GetX(g, 0) != OGR_G_GetX(g, n - 1) || OGR_G_GetY(g, 0) != OGR_G_GetY(g, n - 1));
    }
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        if (hasOpenRing(OGR_G_GetGeometryRef(g, i)))
            return true;
    return false;
}

// The bytes GDAL reads for a dataset inside a zip archive, uncompressed: progress is measured
// against them, not against the smaller archive. GDAL lists the archive itself as the dataset's
// file when it reads a table from it; then the files in it count.
qint64 uncompressedSize(GDALDatasetH ds)
{
    qint64 total = 0;
    const auto add = [&total](const QByteArray &file) {
        VSIStatBufL st;
        if (VSIStatL(file.constData(), &st) != 0)
            return;
        if (!VSI_ISDIR(st.st_mode)) {
            total += static_cast<qint64>(st.st_size);
            return;
        }
        char **entries = VSIReadDirRecursive(file.constData());
        for (char **e = entries; e && *e; ++e)
            if (VSIStatL(QByteArray(file + '/' + *e).constData(), &st) == 0 && !VSI_ISDIR(st.st_mode))
                total += static_cast<qint64>(st.st_size);
        CSLDestroy(entries);
    };
    char **files = GDALGetFileList(ds);
    for (char **f = files; f && *f; ++f)
        add(QByteArray(*f));
    CSLDestroy(files);
    return total;
}

} // namespace

struct SourceReader::Impl {
    GdalDatasetPtr dataset;
    std::unique_ptr<CsvStream> csv; // the fast path for plain CSV files
    OGRLayerH layer = nullptr;
    OgrFeaturePtr feature;
    std::unique_ptr<PoliceEventsTable> events; // a police events response, read whole
    size_t nextEvent = 0;
};

SourceReader::~SourceReader() = default;

Result<QStringList> SourceReader::layerNames(const QString &path)
{
    if (isPoliceEventsFile(path))
        return QStringList{QStringLiteral("events")};
    auto ds = openVectorDataset(path);
    if (!ds)
        return ds.error();
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds->get()); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds->get(), i)));
    return names;
}

Result<std::unique_ptr<SourceReader>> SourceReader::open(const QString &path, const QString &layerName)
{
    if (isPoliceEventsFile(path))
        return openPoliceEvents(path);
    auto ds = openVectorDataset(path);
    if (!ds)
        return ds.error();
    std::unique_ptr<SourceReader> r(new SourceReader);
    r->m_impl = std::make_unique<Impl>();
    r->m_impl->dataset = std::move(*ds);
    GDALDatasetH h = r->m_impl->dataset.get();
    OGRLayerH layer =
        layerName.isEmpty() ? GDALDatasetGetLayer(h, 0) : GDALDatasetGetLayerByName(h, layerName.toUtf8().constData());
    if (!layer) {
        QStringList names;
        for (int i = 0; i < GDALDatasetGetLayerCount(h); ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(h, i)));
        return Error{QCoreApplication::translate("lb::io::Importer", "%1 has no layer called %2. Its layers are: %3.")
                         .arg(path, layerName, names.join(QLatin1String(", ")))};
    }
    r->m_impl->layer = layer;
    r->m_path = path;
    r->m_layerName = QString::fromUtf8(OGR_L_GetName(layer));
    r->m_driver = driverName(h);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        r->m_columns << decodeText(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    const OGRwkbGeometryType gt = OGR_L_GetGeomType(layer);
    r->m_hasGeometry = gt != wkbNone;
    r->m_geometryTypeName = r->m_hasGeometry ? QString::fromLatin1(OGRGeometryTypeToName(gt)) : QString();
    r->m_epsg = layerEpsg(layer);
    // GDAL's CSV layer counts by reading the whole file, even when not forced to.
    r->m_countHint = r->m_driver == QLatin1String("CSV") ? -1 : OGR_L_GetFeatureCount(layer, FALSE);
    r->m_values.resize(static_cast<size_t>(r->m_columns.size()));
    r->m_views.resize(static_cast<size_t>(r->m_columns.size()));
    r->m_null.resize(static_cast<size_t>(r->m_columns.size()), true);
    r->m_fileSize = QFileInfo(path).size();
    // GDAL reads a .zip through /vsizip/; the fast CSV reader reads plain files only.
    const bool archived = QString::fromUtf8(GDALGetDescription(h)).startsWith(QLatin1String("/vsi"));
    if (archived)
        r->m_fileSize = uncompressedSize(h);
    if (r->m_driver == QLatin1String("CSV")) {
        if (!archived)
            r->m_encoding = sniffFileEncoding(path);
        // GDAL named the columns; the rows come from the fast reader when it sees the same header.
        auto csv = std::make_unique<CsvStream>();
        if (!r->m_hasGeometry && !archived && !path.startsWith(QLatin1String("/vsi")) && csv->open(path) &&
            static_cast<qsizetype>(csv->header().size()) == r->m_columns.size())
            r->m_impl->csv = std::move(csv);
    }
    return r;
}

int SourceReader::columnIndex(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Result<std::unique_ptr<SourceReader>> SourceReader::openPoliceEvents(const QString &path)
{
    auto table = readPoliceEvents(path);
    if (!table)
        return table.error();
    std::unique_ptr<SourceReader> r(new SourceReader);
    r->m_impl = std::make_unique<Impl>();
    r->m_impl->events = std::make_unique<PoliceEventsTable>(std::move(*table));
    r->m_path = path;
    r->m_layerName = QStringLiteral("events");
    r->m_driver = QStringLiteral("PoliceEvents");
    r->m_columns = r->m_impl->events->columns;
    r->m_countHint = static_cast<std::int64_t>(r->m_impl->events->rows.size());
    r->m_values.resize(static_cast<size_t>(r->m_columns.size()));
    r->m_views.resize(static_cast<size_t>(r->m_columns.size()));
    r->m_null.resize(static_cast<size_t>(r->m_columns.size()), true);
    r->m_fileSize = QFileInfo(path).size();
    return r;
}

void SourceReader::rewind()
{
    m_impl->nextEvent = 0;
    if (m_impl->csv)
        m_impl->csv->rewind();
    if (m_impl->layer)
        OGR_L_ResetReading(m_impl->layer);
    m_impl->feature.reset();
    m_row = 0;
    m_bytesRead = 0;
    m_rowProblem.clear();
    m_readError.clear();
}

bool SourceReader::next()
{
    if (PoliceEventsTable *events = m_impl->events.get()) {
        if (m_impl->nextEvent >= events->rows.size())
            return false;
        const auto &row = events->rows[m_impl->nextEvent];
        m_rowProblem = events->problems[m_impl->nextEvent];
        ++m_impl->nextEvent;
        ++m_row;
        for (size_t k = 0; k < m_views.size(); ++k) {
            m_views[k] = row[k];
            m_null[k] = false;
        }
        m_geomKind = SourceGeometry::None;
        return true;
    }
    if (CsvStream *csv = m_impl->csv.get()) {
        if (!csv->next())
            return false;
        ++m_row;
        m_rowProblem = csv->problem();
        const int have = csv->fieldCount();
        for (size_t k = 0; k < m_views.size(); ++k) {
            m_views[k] = static_cast<int>(k) < have ? csv->field(static_cast<int>(k)) : std::string_view();
            m_null[k] = false;
        }
        m_bytesRead = static_cast<double>(csv->bytesRead());
        m_geomKind = SourceGeometry::None;
        return true;
    }
    CPLErrorReset();
    m_impl->feature.reset(OGR_L_GetNextFeature(m_impl->layer));
    OGRFeatureH f = static_cast<OGRFeatureH>(m_impl->feature.get());
    if (!f) {
        // GDAL ends a layer it cannot read on as if it were complete; say so instead.
        if (CPLGetLastErrorType() == CE_Failure)
            m_readError = QCoreApplication::translate("lb::io::Importer", "Reading %1 stopped after row %2: %3")
                              .arg(m_path)
                              .arg(m_row)
                              .arg(QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    ++m_row;
    const int n = static_cast<int>(m_values.size());
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<size_t>(i);
        if (OGR_F_IsFieldSetAndNotNull(f, i)) {
            // Copied: for non-string fields GDAL formats into a buffer it reuses on the next call.
            m_values[k].assign(OGR_F_GetFieldAsString(f, i));
            m_views[k] = m_values[k];
            m_null[k] = false;
            m_bytesRead += static_cast<double>(m_values[k].size()) + 1.0;
        } else {
            m_values[k].clear();
            m_views[k] = {};
            m_null[k] = true;
            m_bytesRead += 1.0;
        }
    }
    m_bytesRead += 1.0; // the line end
    m_geomKind = SourceGeometry::None;
    if (OGRGeometryH g = m_hasGeometry ? OGR_F_GetGeometryRef(f) : nullptr; g && !OGR_G_IsEmpty(g)) {
        switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
        case wkbPoint:
            m_geomKind = SourceGeometry::Point;
            m_point = {OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)};
            break;
        case wkbMultiPoint:
            m_geomKind = OGR_G_GetGeometryCount(g) == 1 ? SourceGeometry::Point : SourceGeometry::Other;
            if (OGRGeometryH first = OGR_G_GetGeometryRef(g, 0))
                m_point = {OGR_G_GetX(first, 0), OGR_G_GetY(first, 0)};
            break;
        case wkbPolygon:
        case wkbMultiPolygon:
            m_geomKind = SourceGeometry::Polygon;
            break;
        case wkbLineString:
        case wkbMultiLineString:
            m_geomKind = SourceGeometry::Line;
            break;
        default:
            m_geomKind = SourceGeometry::Other;
            break;
        }
    }
    return true;
}

double SourceReader::progress() const
{
    if (m_countHint > 0)
        return std::min(1.0, static_cast<double>(m_row) / static_cast<double>(m_countHint));
    if (m_fileSize > 0)
        return std::min(1.0, m_bytesRead / static_cast<double>(m_fileSize));
    return 0.0;
}

namespace {

// `text` as a JSON string: quoted, with quotes, backslashes and control characters escaped.
void appendJsonString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            switch (u) {
            case u'\n':
                out += QLatin1String("\\n");
                break;
            case u'\r':
                out += QLatin1String("\\r");
                break;
            case u'\t':
                out += QLatin1String("\\t");
                break;
            default:
                out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
            }
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QString SourceReader::text(int column) const
{
    return decodeText(m_views[static_cast<size_t>(column)]);
}

MultiPolygon SourceReader::polygons() const
{
    MultiPolygon out;
    OGRFeatureH f = static_cast<OGRFeatureH>(m_impl->feature.get());
    if (OGRGeometryH g = f ? OGR_F_GetGeometryRef(f) : nullptr)
        collectPolygons(g, out);
    return out;
}

QString SourceReader::polygonProblem() const
{
    if (m_geomKind != SourceGeometry::Polygon)
        return {};
    OGRFeatureH f = static_cast<OGRFeatureH>(m_impl->feature.get());
    OGRGeometryH g = f ? OGR_F_GetGeometryRef(f) : nullptr;
    if (!g)
        return {};
    if (hasOpenRing(g))
        return QStringLiteral("A ring of the polygon is not closed: its last point is not its first.");
    QuietGdalErrors errors;
    if (OGR_G_IsValid(g))
        return {};
    const QString why = errors.message();
    return why.isEmpty() ? QStringLiteral("The polygon is not valid.")
                         : QStringLiteral("The polygon is not valid: %1.").arg(why);
}

bool SourceReader::repairPolygon() const
{
    OGRFeatureH f = static_cast<OGRFeatureH>(m_impl->feature.get());
    OGRGeometryH g = f ? OGR_F_GetGeometryRef(f) : nullptr;
    if (!g)
        return false;
    QuietGdalErrors errors;
    OGRGeometryH closed = OGR_G_Clone(g);
    OGR_G_CloseRings(closed);
    OGRGeometryH valid = OGR_G_MakeValid(closed);
    OGR_G_DestroyGeometry(closed);
    if (!valid)
        return false;
    MultiPolygon parts;
    collectPolygons(valid, parts);
    if (parts.empty() || !OGR_G_IsValid(valid)) {
        OGR_G_DestroyGeometry(valid);
        return false;
    }
    OGR_F_SetGeometryDirectly(f, valid);
    return true;
}

QString SourceReader::geometryWkt() const
{
    OGRFeatureH f = static_cast<OGRFeatureH>(m_impl->feature.get());
    OGRGeometryH g = f ? OGR_F_GetGeometryRef(f) : nullptr;
    if (!g)
        return {};
    char *wkt = nullptr;
    if (OGR_G_ExportToWkt(g, &wkt) != OGRERR_NONE)
        return {};
    QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

QString SourceReader::rawJson() const
{
    std::vector<int> all(static_cast<size_t>(m_columns.size()));
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = static_cast<int>(i);
    return rawJson(all, {});
}

QString SourceReader::rawJson(const std::vector<int> &columns, const std::function<void(QString &)> &edit) const
{
    // Written by hand rather than through QJsonObject, which costs tens of microseconds a row and
    // sorts the keys: here the columns keep the file's order.
    QString out;
    out.reserve(64 + 24 * static_cast<qsizetype>(columns.size()));
    out += QLatin1Char('{');
    const auto member = [&out](const QString &key, const QString *value) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        appendJsonString(out, key);
        out += QLatin1Char(':');
        if (value)
            appendJsonString(out, *value);
        else
            out += QLatin1String("null");
    };
    for (const int i : columns) {
        if (isNull(i)) {
            member(m_columns[i], nullptr);
        } else {
            QString value = text(i);
            if (edit)
                edit(value);
            member(m_columns[i], &value);
        }
    }
    if (m_hasGeometry) {
        const QString wkt = geometryWkt();
        member(QStringLiteral("geometry"), wkt.isEmpty() ? nullptr : &wkt);
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace lb::io
