#include "report/base_map_sources.h"

#include "io/base_map_reader.h"
#include "io/tile_base_map.h"

#include <QCoreApplication>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::BaseMaps)
};

class RasterSource final : public render::BaseMapSource {
public:
    explicit RasterSource(std::shared_ptr<const io::RasterBaseMap> map)
        : m_map(std::move(map))
    {}
    Result<QImage> image(const Extent &e, QSize size, Feedback &f) const override { return m_map->image(e, size, f); }
    Extent extent() const override { return m_map->extent(); }

private:
    std::shared_ptr<const io::RasterBaseMap> m_map;
};

class TileSource final : public render::BaseMapSource {
public:
    explicit TileSource(std::shared_ptr<const io::TileBaseMap> map)
        : m_map(std::move(map))
    {}
    Result<QImage> image(const Extent &e, QSize size, Feedback &f) const override { return m_map->image(e, size, f); }
    Result<QImage> progressiveImage(const Extent &e, QSize size, Feedback &f,
                                    const PartialImage &partial) const override
    {
        return m_map->image(e, size, f, partial);
    }

private:
    std::shared_ptr<const io::TileBaseMap> m_map;
};

class VectorSource final : public render::BaseMapSource {
public:
    explicit VectorSource(io::VectorBaseMap map)
        : m_extent(map.extent)
    {
        m_features.polygons = std::move(map.polygons);
        m_features.lines = std::move(map.lines);
        m_features.points = std::move(map.points);
    }
    Result<QImage> image(const Extent &, QSize, Feedback &) const override
    {
        return Error{Tr::tr("A vector background map has no image.")};
    }
    const render::BaseMapFeatures *features() const override { return &m_features; }
    Extent extent() const override { return m_extent; }

private:
    render::BaseMapFeatures m_features;
    Extent m_extent;
};

} // namespace

Result<std::shared_ptr<const render::BaseMapSource>> openBaseMapSource(const render::BaseMapEntry &e, int epsg)
{
    using Ptr = std::shared_ptr<const render::BaseMapSource>;
    if (e.kind == render::BaseMapEntry::Kind::Tiles) {
        auto tiles = io::TileBaseMap::create(e.location, epsg);
        if (!tiles)
            return tiles.error();
        return Ptr(std::make_shared<TileSource>(*tiles));
    }
    if (io::isRasterFile(e.location)) {
        auto raster = io::RasterBaseMap::open(e.location, epsg);
        if (!raster)
            return raster.error();
        return Ptr(std::make_shared<RasterSource>(*raster));
    }
    auto vector = io::readVectorBaseMap(e.location, epsg);
    if (!vector)
        return vector.error();
    return Ptr(std::make_shared<VectorSource>(std::move(*vector)));
}

} // namespace lb::report
