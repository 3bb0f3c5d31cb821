#pragma once

// ImportContext: what the pages of the import wizard share — the target store and what was read
// from it (CRS, taxonomy, saved mapping profiles), the chosen file and its probe, and the mapping
// being built. The wizard owns one; its pages read and change it as the user moves through them.
//
// Plain values; GUI thread only (workers receive copies of the parts they need).

#include "core/geometry.h"
#include "core/taxonomy.h"
#include "io/field_mapping.h"
#include "io/personal_data_guard.h"
#include "io/probe.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lb::app {

class DialogService;

// What the wizard needs from the store, read once on a worker when the wizard opens.
struct ImportStoreInfo {
    QString name;
    int epsg = 0;
    std::optional<PointXY> referenceLonLat; // the municipality's centre, settles SWEREF 99 zones
    std::vector<Category> categories;
    std::vector<FindingKind> findingKinds;
    QMap<QString, io::FieldMapping> profiles; // saved mapping profiles by name
    QString error;                            // empty when the store was read
};

struct ImportContext {
    QString storePath;
    DialogService *dialogs = nullptr;
    ImportStoreInfo store;
    bool storeLoaded = false;

    QString filePath;
    std::optional<io::ProbeResult> probe;
    int layerIndex = 0;
    io::FieldMapping mapping;
    QString profileName; // the profile the mapping came from or was saved as; recorded on the batch
    // What to do with personal data in the imported columns, chosen on the preview page (Ask when
    // the file holds none there).
    io::PersonalDataChoice personalData = io::PersonalDataChoice::Ask;

    const io::ProbeLayer *layer() const
    {
        if (!probe || layerIndex < 0 || layerIndex >= static_cast<int>(probe->layers.size()))
            return nullptr;
        return &probe->layers[static_cast<size_t>(layerIndex)];
    }
    QStringList columns() const
    {
        QStringList out;
        if (const io::ProbeLayer *l = layer())
            for (const io::ProbeField &f : l->fields)
                out << f.name;
        return out;
    }
    bool layerHasGeometry() const
    {
        const io::ProbeLayer *l = layer();
        return l && !l->geometryType.isEmpty();
    }
    // The field that is mapped through the taxonomy for this kind ("category" or "kind"); empty
    // for kinds without one.
    QString valueField() const
    {
        if (mapping.kind == io::ImportKind::Incidents)
            return QStringLiteral("category");
        if (mapping.kind == io::ImportKind::Findings)
            return QStringLiteral("kind");
        return {};
    }
};

// The user-facing name of a record kind, translated.
QString importKindLabel(io::ImportKind kind);
// Whether a file name looks like something the wizard can import (by its suffix).
bool isImportableFile(const QString &path);
// The open-file dialog's filter for importable files.
QString importFileFilter();
// Whether a file is a Lägesbild store (a .gpkg dropped on the window opens as a store if it is
// one, and is imported as data if not). Opens the file read-only for a moment.
bool isLagesbildStore(const QString &path);

} // namespace lb::app
