#pragma once

// Streams the rows of one layer of a source file: the raw text of every column, decoded to
// Unicode on request, and the feature's geometry when the layer has one. Only the current row is
// held, so memory does not grow with the file.
//
// A SourceReader owns its GDAL dataset; one thread at a time.

#include "core/geometry.h"
#include "core/result.h"
#include "io/text_codec.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lb::io {

enum class SourceGeometry { None, Point, Polygon, Line, Other };

class SourceReader {
public:
    // Opens `layer` of the file (the first layer when empty).
    static Result<std::unique_ptr<SourceReader>> open(const QString &path, const QString &layer = {});
    // The names of the layers in a file.
    static Result<QStringList> layerNames(const QString &path);
    ~SourceReader();
    SourceReader(const SourceReader &) = delete;
    SourceReader &operator=(const SourceReader &) = delete;

    QString path() const { return m_path; }
    QString layerName() const { return m_layerName; }
    QString driver() const { return m_driver; }
    const QStringList &columns() const { return m_columns; }
    int columnIndex(const QString &name) const; // case-insensitive; -1 when absent
    bool hasGeometry() const { return m_hasGeometry; }
    QString geometryTypeName() const { return m_geometryTypeName; }
    // EPSG code of the layer's CRS: -1 when the layer has none, 0 when it is not recognisable.
    int epsg() const { return m_epsg; }
    // The feature count when the driver knows it cheaply, else -1.
    std::int64_t featureCountHint() const { return m_countHint; }
    // The feature count, or for text files an estimate from the file size.
    std::int64_t estimatedRows() const { return m_countHint >= 0 ? m_countHint : m_fileSize / 64; }
    // The CSV file's encoding as sniffed from its start; UTF-8 for the other formats.
    TextEncoding encoding() const { return m_encoding; }

    // Advances to the next row; false at the end.
    bool next();
    // Starts again from the first row.
    void rewind();
    // Why the current row could not be read (English, for the rejects table): a CSV row that is
    // too long, holds a NUL byte or has a quote that is not closed. Empty when it was read; a
    // row with a problem has no values.
    const QString &rowProblem() const { return m_rowProblem; }
    // Why reading stopped before the end of the file, when GDAL gave up on it (a line longer than
    // its limit, a damaged file): next() then returned false although rows may follow. Empty
    // when the reader reached the end.
    const QString &readError() const { return m_readError; }
    // 1-based number of the current data row.
    std::int64_t rowNumber() const { return m_row; }
    // How far through the file the reader is, in [0, 1] (estimated for text files).
    double progress() const;

    bool isNull(int column) const { return m_null[static_cast<size_t>(column)]; }
    std::string_view raw(int column) const { return m_views[static_cast<size_t>(column)]; }
    QString text(int column) const;

    SourceGeometry geometryKind() const { return m_geomKind; }
    // The point of a point feature (or the first point of a multipoint), in the layer's CRS.
    PointXY point() const { return m_point; }
    // The polygons of a polygon or multipolygon feature.
    MultiPolygon polygons() const;
    // Why the current polygon is not valid: a ring that is not closed, or one that crosses itself
    // or another (as GEOS finds it). Empty for a valid polygon and for other geometries.
    QString polygonProblem() const;
    // Replaces the current polygon with a valid one made of the same area: rings are closed and
    // GEOS's make-valid splits what crosses itself. False when no polygon comes out of it.
    bool repairPolygon() const;
    // The geometry as WKT, for the raw values of a rejected row.
    QString geometryWkt() const;

    // The raw row as a JSON object (column -> text, plus "geometry" as WKT), for rejects.
    QString rawJson() const;
    // The same with only the given columns (and the geometry); `edit`, when set, may change each
    // text before it is written (redaction).
    QString rawJson(const std::vector<int> &columns, const std::function<void(QString &)> &edit) const;

private:
    SourceReader() = default;
    static Result<std::unique_ptr<SourceReader>> openPoliceEvents(const QString &path);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_path;
    QString m_layerName;
    QString m_driver;
    QStringList m_columns;
    bool m_hasGeometry = false;
    QString m_geometryTypeName;
    int m_epsg = -1;
    std::int64_t m_countHint = -1;
    TextEncoding m_encoding = TextEncoding::Utf8;
    qint64 m_fileSize = 0;
    double m_bytesRead = 0;
    std::int64_t m_row = 0;
    QString m_rowProblem;
    QString m_readError;
    std::vector<std::string> m_values;     // GDAL's values, copied
    std::vector<std::string_view> m_views; // the current row's values
    std::vector<bool> m_null;
    SourceGeometry m_geomKind = SourceGeometry::None;
    PointXY m_point;
};

} // namespace lb::io
