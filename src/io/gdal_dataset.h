#pragma once

// GDAL handles for the import module: RAII owners for datasets and features, opening a file with
// the allow-list of vector drivers that the import supports, and the EPSG code of a layer.
// Internal to src/io (it includes GDAL headers); the public headers never do.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace lb::io {

struct GdalDatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using GdalDatasetPtr = std::unique_ptr<void, GdalDatasetCloser>;

struct OgrFeatureDestroyer {
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
using OgrFeaturePtr = std::unique_ptr<void, OgrFeatureDestroyer>;

// GDAL prints errors to stderr by default; while a QuietGdalErrors lives they go nowhere, and
// the last one can be read with message() to report it as a Result error.
class QuietGdalErrors {
public:
    QuietGdalErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors &) = delete;
    QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
    QString message() const { return QString::fromUtf8(CPLGetLastErrorMsg()); }
};

// The drivers the import accepts, in GDAL's names.
const QStringList &allowedDrivers();

// A human list of the formats, for error messages.
QString supportedFormatsText();

// Opens a vector file read-only with the allowed drivers. A .zip that is not a .shp.zip is opened
// through /vsizip/ so zipped shapefiles work. Errors name the file and say why.
Result<GdalDatasetPtr> openVectorDataset(const QString &path);

// The layer's CRS as an EPSG code: 0 when the layer has a CRS without a recognisable EPSG code,
// -1 when it has none at all (CSV, spreadsheets).
int layerEpsg(OGRLayerH layer);

// The short driver name of an open dataset ("CSV", "GPKG", ...).
QString driverName(GDALDatasetH ds);

} // namespace lb::io
