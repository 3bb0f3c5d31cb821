#pragma once

// Sweden's 290 municipalities, compiled into the programs (resources/municipalities): code, name,
// population at the end of 2024 and a simplified boundary. `lagesbild-cli create --municipality`
// and the desktop program's "New store" dialog make a store from them through the same code.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace lb::io {

struct Municipality {
    QString code; // kommunkod, four digits, e.g. "0181"
    QString name; // e.g. "Södertälje"
    std::int64_t population = 0;
};

// All 290, ordered by name in Swedish collation.
Result<std::vector<Municipality>> swedishMunicipalities();

// The municipality with this code or name (case does not matter); an error names near misses.
Result<Municipality> findMunicipality(const QString &nameOrCode);

// The municipality's boundary in the given projected CRS.
Result<MultiPolygon> municipalityBoundary(const QString &code, int epsg);

} // namespace lb::io
