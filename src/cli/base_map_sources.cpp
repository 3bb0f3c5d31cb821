#include "cli/base_map_sources.h"

#include "cli/cli_support.h"
#include "io/base_map_reader.h"
#include "io/tile_base_map.h"
#include "render/base_map_layer.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
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

Result<std::shared_ptr<const render::BaseMapSource>> openSource(const render::BaseMapEntry &e, int epsg)
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
} // namespace

QCommandLineOption baseMapOption()
{
    return QCommandLineOption(QStringLiteral("base"),
                              Tr::tr("A background map under the data: a raster or vector file GDAL reads, or a tile "
                                     "address with {z}, {x} and {y} (fetched over the network). Repeatable; drawn "
                                     "over the store's own background maps."),
                              QStringLiteral("FILE|URL"));
}

bool openBaseMapLayers(const QString &storePath, int epsg, const QStringList &extra, render::LayerList *layers,
                       CommandIo io)
{
    std::vector<render::BaseMapEntry> entries;
    if (std::unique_ptr<store::Store> st = openStore(storePath, io)) {
        for (const render::BaseMapEntry &e : render::readBaseMaps(*st, storePath))
            if (e.visible)
                entries.push_back(e);
    }
    for (const QString &arg : extra)
        entries.push_back(render::baseMapEntryFor(arg));
    for (const render::BaseMapEntry &e : entries) {
        auto source = openSource(e, epsg);
        if (!source) {
            io.err << Tr::tr("Background map %1: %2").arg(e.title, source.errorMessage()) << '\n';
            return false;
        }
        layers->push_back(std::make_shared<render::BaseMapLayer>(e, *source));
    }
    return true;
}

} // namespace lb::cli
