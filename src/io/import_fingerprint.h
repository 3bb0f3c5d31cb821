#pragma once

// The fingerprint under which an import is remembered (store/import_fingerprints.h): a hash of
// every byte of the file and of everything that decides how its rows convert — the mapping with
// its source CRS and value table, the personal-data choice, the store's CRS, time zone,
// categories and municipality boundary, and the version of the conversion rules. Two imports
// with the same fingerprint turn the same rows into the same records and the same rejects.
//
// The file is read once in large blocks and hashed with a 128-bit multiply-rotate hash (about as
// fast as the disk or the page cache gives the bytes); any change to any byte, or to the length,
// changes it.

#include "core/geometry.h"
#include "io/field_mapping.h"
#include "io/personal_data_guard.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace lb::store {
class Store;
}

namespace lb::io {

// The 128-bit hash of the file's bytes; none when it cannot be read.
std::optional<std::array<std::uint64_t, 2>> fileContentHash(const QString &path);

// The fingerprint of importing `path` with `mapping` into `store`, whose municipality boundary is
// `municipality`; none when the file cannot be read.
std::optional<QString> importFingerprint(const QString &path, const FieldMapping &mapping, PersonalDataChoice choice,
                                         store::Store &store, const MultiPolygon &municipality);

} // namespace lb::io
