#pragma once

// No file makes the program reach the network. GDAL can read from URLs and cloud storage
// (/vsicurl/, /vsis3/, ...), fetch a CRS that a GeoJSON file links to, look for cloud credentials
// in the home folder and ask a cloud metadata address; PROJ can download transformation grids.
// disableNetworkAccess() turns all of that off for the whole process, and networkPathError()
// refuses the paths that name a network location, so a user who types one is told why.
//
// disableNetworkAccess() is called once at start-up by the programs and again (cheaply) before
// GDAL opens anything; networkPathError() is a pure function. Any thread.

#include <QString>

namespace lb::io {

void disableNetworkAccess();

// A message saying why the path is refused, or an empty string for a path on this computer (a
// local or mounted drive, or GDAL's archive paths such as /vsizip/ over a local file).
QString networkPathError(const QString &path);

} // namespace lb::io
