#pragma once

// Making a new, empty store for a municipality: the one code path behind `lagesbild-cli create`
// and the desktop program's "New store" dialog. The boundary comes from the bundled list of
// Sweden's municipalities or from a vector file, is read before anything is written (a bad
// boundary leaves no file behind) and is stored as the "municipality" area that imports use to
// reject points outside it.

#include "core/result.h"

#include <QString>

#include <cstdint>

namespace lb::io {

struct NewStoreRequest {
    QString path;
    int epsg = 3006;
    QString timeZone = QStringLiteral("Europe/Stockholm");
    QString name;         // the store's name; default: the municipality's
    QString municipality; // a Swedish municipality's name or code, or empty
    QString boundaryFile; // a vector file with the boundary, or empty (not with `municipality`)
    QString osmFile;      // an OpenStreetMap extract for the background roads and water, or empty
};

struct NewStore {
    QString name;                // the municipality area's name
    std::int64_t population = 0; // from the bundled list; 0 when unknown
    bool hasBoundary = false;
    QString crsName;
    std::int64_t roads = 0; // background features read from `osmFile`
    std::int64_t water = 0;
};

Result<NewStore> createStore(const NewStoreRequest &request);

} // namespace lb::io
