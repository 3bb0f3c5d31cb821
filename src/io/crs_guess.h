#pragma once

// Guesses where a table keeps its coordinates and in which CRS, for files that do not say:
// column names (lat/lon, x/y, E/N, northing/easting, Swedish latitud, longitud, nord, ost,
// x_koord, ...) and value ranges (WGS 84, SWEREF 99 TM, the twelve SWEREF 99 local zones,
// RT 90 2.5 gon V). The guess is a proposal the user sees and can override.
//
// Pure functions over sample values; any thread (each call makes its own PROJ transforms).

#include "core/geometry.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace lb::io {

struct CoordinateColumns {
    QString x; // east or longitude
    QString y; // north or latitude
    bool isValid() const { return !x.isEmpty() && !y.isEmpty(); }
};

// `samples[c]` holds sample texts of column c. Names decide first; values decide when no names
// match. Swedish surveying calls the northing X: value ranges swap such columns in guessCrs().
CoordinateColumns guessCoordinateColumns(const QStringList &columns, const std::vector<QStringList> &samples);

struct CrsGuess {
    int epsg = 0;          // 0 when nothing fits
    bool swapAxes = false; // the x column holds northings or latitudes
    QString explanation;   // one sentence for the user
};

// The CRSs the guess chooses from.
const std::vector<int> &guessableCrs();

// Guesses the CRS of points read as (x column, y column). `referenceLonLat` is the centre of the
// municipality when known: it settles which SWEREF 99 local zone the numbers belong to.
CrsGuess guessCrs(std::span<const PointXY> samples, std::optional<PointXY> referenceLonLat = std::nullopt);

// What else helps the guess outside Sweden.
struct CrsHints {
    std::optional<PointXY> referenceLonLat; // the municipality's centre
    int storeEpsg = 0;                      // projected values are tried in the store's CRS too
    bool lonLatNames = false;               // the columns are named longitude and latitude
};

// As above, and: values within ±180/±90 in columns named longitude and latitude are WGS 84
// anywhere in the world; projected values that fall within the store CRS's area of use are in
// the store's CRS, whatever country it is for.
CrsGuess guessCrs(std::span<const PointXY> samples, const CrsHints &hints);

// True when the x column is named like a longitude and the y column like a latitude.
bool namesLonLat(const QString &x, const QString &y);

} // namespace lb::io
