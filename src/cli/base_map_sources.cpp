#include "cli/base_map_sources.h"

#include "cli/cli_support.h"
#include "render/base_map_layer.h"
#include "report/base_map_sources.h"
#include "store/store_reader.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
};

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
    // The background maps listed in the store are read from a GeoPackage store only, for now.
    if (std::unique_ptr<store::Store> st = store::isServerLocation(storePath) ? nullptr : openStore(storePath, io)) {
        for (const render::BaseMapEntry &e : render::readBaseMaps(*st, storePath))
            if (e.visible)
                entries.push_back(e);
    }
    for (const QString &arg : extra)
        entries.push_back(render::baseMapEntryFor(arg));
    for (const render::BaseMapEntry &e : entries) {
        auto source = report::openBaseMapSource(e, epsg);
        if (!source) {
            io.err << Tr::tr("Background map %1: %2").arg(e.title, source.errorMessage()) << '\n';
            return false;
        }
        layers->push_back(std::make_shared<render::BaseMapLayer>(e, *source));
    }
    return true;
}

} // namespace lb::cli
