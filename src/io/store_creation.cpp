#include "io/store_creation.h"

#include "io/municipalities.h"
#include "io/osm_background.h"
#include "io/vector_reader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::StoreCreation)
};
} // namespace

Result<NewStore> createStore(const NewStoreRequest &request)
{
    if (!request.municipality.isEmpty() && !request.boundaryFile.isEmpty())
        return Error{Tr::tr("Give either a municipality or a boundary file, not both.")};
    store::StoreOptions options;
    options.epsg = request.epsg;
    options.timeZone = request.timeZone;

    Area outline;
    outline.kind = QStringLiteral("municipality");
    if (!request.municipality.isEmpty()) {
        const auto found = findMunicipality(request.municipality);
        if (!found)
            return Error{found.errorMessage()};
        auto polygons = municipalityBoundary(found->code, options.epsg);
        if (!polygons)
            return Error{polygons.errorMessage()};
        outline.geometry = std::move(*polygons);
        outline.name = found->name;
        outline.population = found->population;
    } else if (!request.boundaryFile.isEmpty()) {
        auto features = readVectorFile(request.boundaryFile, options.epsg);
        if (!features)
            return Error{features.errorMessage()};
        for (VectorFeature &f : *features) {
            for (Polygon &p : f.polygons)
                outline.geometry.push_back(std::move(p));
            if (outline.name.isEmpty())
                for (const char *key : {"name", "namn", "kommunnamn", "NAME", "KOMMUNNAMN"})
                    if (const QString v = f.attributes.value(QString::fromLatin1(key)).toString(); !v.isEmpty()) {
                        outline.name = v;
                        break;
                    }
        }
        if (outline.geometry.empty())
            return Error{Tr::tr("%1 holds no polygons to use as the municipality boundary.").arg(request.boundaryFile)};
    }
    options.name = !request.name.isEmpty() ? request.name : outline.name;
    if (outline.name.isEmpty())
        outline.name = options.name.isEmpty() ? QFileInfo(request.path).completeBaseName() : options.name;

    // The background is read before anything is written, so a bad extract leaves no file behind.
    OsmBackground background;
    if (!request.osmFile.isEmpty()) {
        Feedback feedback;
        auto read = readOsmBackground(request.osmFile, options.epsg, outline.geometry, feedback);
        if (!read)
            return Error{read.errorMessage()};
        background = std::move(*read);
    }

    auto created = store::Store::create(request.path, options);
    if (!created)
        return Error{created.errorMessage()};
    NewStore out{outline.name,
                 outline.population,
                 !outline.geometry.empty(),
                 (*created)->crsName(),
                 std::int64_t(background.roads.size()),
                 std::int64_t(background.water.size())};
    Status written;
    if (!outline.geometry.empty()) {
        Area areas[] = {outline};
        written = (*created)->insertAreas(areas);
    }
    if (written && !background.roads.empty())
        written = (*created)->insertBaseFeatures(QStringLiteral("base_roads"), background.roads);
    if (written && !background.water.empty())
        written = (*created)->insertBaseFeatures(QStringLiteral("base_water"), background.water);
    if (!written) {
        created->reset();
        QFile::remove(request.path);
        return Error{written.errorMessage()};
    }
    return out;
}

} // namespace lb::io
