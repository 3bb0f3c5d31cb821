#include "io/base_map_reader.h"

#include "io/gdal_dataset.h"
#include "io/network_guard.h"
#include "io/raster_warp.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::RasterBaseMap)
};

GdalDatasetPtr openRaster(const QString &path)
{
    disableNetworkAccess();
    GDALAllRegister();
    return GdalDatasetPtr(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}
} // namespace

bool isRasterFile(const QString &path)
{
    QuietGdalErrors quiet;
    return networkPathError(path).isEmpty() && bool(openRaster(path));
}

Result<std::shared_ptr<const RasterBaseMap>> RasterBaseMap::open(const QString &path, int storeEpsg)
{
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    if (!QFileInfo::exists(path))
        return Error{Tr::tr("%1 does not exist.").arg(path)};
    QuietGdalErrors quiet;
    GdalDatasetPtr ds = openRaster(path);
    if (!ds)
        return Error{Tr::tr("%1 is not a raster GDAL can read: %2").arg(path, quiet.message())};
    const QString wkt = epsgWkt(storeEpsg);
    if (wkt.isEmpty())
        return Error{Tr::tr("EPSG:%1 is not a known CRS.").arg(storeEpsg)};
    std::shared_ptr<RasterBaseMap> map(new RasterBaseMap);
    map->m_path = path;
    map->m_targetWkt = wkt;
    map->m_extent = transformedExtent(ds.get(), wkt);
    if (map->m_extent.isEmpty())
        return Error{
            Tr::tr("%1 has no coordinate system or no georeferencing, so it cannot be placed on the map.").arg(path)};
    return std::shared_ptr<const RasterBaseMap>(std::move(map));
}

// An open file and its colour view; the view refers to the file, so it is closed first.
struct RasterBaseMap::Handle {
    GdalDatasetPtr file;
    GdalDatasetPtr rgb;
};

RasterBaseMap::~RasterBaseMap() = default;

std::unique_ptr<RasterBaseMap::Handle> RasterBaseMap::takeHandle() const
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<Handle> h = std::move(m_idle.back());
            m_idle.pop_back();
            return h;
        }
    }
    auto h = std::make_unique<Handle>();
    h->file = openRaster(m_path);
    if (h->file)
        h->rgb = GdalDatasetPtr(rgbColourView(h->file.get()));
    return h->rgb ? std::move(h) : nullptr;
}

void RasterBaseMap::giveBack(std::unique_ptr<Handle> handle) const
{
    // As many handles as threads have drawn at once, up to a few; more would only hold memory.
    constexpr size_t maxIdle = 4;
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < maxIdle)
        m_idle.push_back(std::move(handle));
}

Result<QImage> RasterBaseMap::image(const Extent &extent, QSize size, Feedback &feedback) const
{
    if (!extent.intersects(m_extent)) {
        QImage empty(size, QImage::Format_ARGB32);
        empty.fill(Qt::transparent);
        return empty;
    }
    QuietGdalErrors quiet;
    std::unique_ptr<Handle> handle = takeHandle();
    if (!handle)
        return Error{Tr::tr("Cannot open %1: %2").arg(m_path, quiet.message())};
    Result<QImage> image = warpRgbToImage(handle->rgb.get(), m_targetWkt, extent, size, feedback);
    giveBack(std::move(handle));
    return image;
}

Result<VectorBaseMap> readVectorBaseMap(const QString &path, int storeEpsg)
{
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    if (!QFileInfo::exists(path))
        return Error{Tr::tr("%1 does not exist.").arg(path)};
    disableNetworkAccess();
    GDALAllRegister();
    QStringList layers;
    {
        QuietGdalErrors quiet;
        GdalDatasetPtr ds(
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!ds)
            return Error{
                Tr::tr("%1 is neither a raster nor a vector file GDAL can read: %2").arg(path, quiet.message())};
        for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i)
            layers << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i)));
    }
    VectorBaseMap out;
    for (const QString &layer : layers) {
        auto features = readVectorFile(path, storeEpsg, layer);
        if (!features)
            return features.error();
        for (VectorFeature &f : *features) {
            out.polygons.insert(out.polygons.end(), f.polygons.begin(), f.polygons.end());
            out.lines.insert(out.lines.end(), f.lines.begin(), f.lines.end());
            out.points.insert(out.points.end(), f.points.begin(), f.points.end());
        }
    }
    out.extent.include(extentOf(out.polygons));
    out.extent.include(extentOf(out.lines));
    out.extent.include(extentOf(out.points));
    if (out.extent.isEmpty())
        return Error{Tr::tr("%1 has no features to draw.").arg(path)};
    return out;
}

} // namespace lb::io
