#pragma once

// Text from files written on Swedish Windows machines: Excel saves CSV as Windows-1252, other
// tools as UTF-8 with or without a byte order mark. GDAL hands CSV values over as raw bytes, so
// each value is decoded here: valid UTF-8 is read as UTF-8, anything else as Windows-1252 (a
// superset of ISO-8859-1 for the letters that matter). A Windows-1252 text with å, ä or ö is never
// valid UTF-8, and UTF-8 text read this way stays intact.
//
// Pure functions; any thread.

#include <QString>

#include <string_view>

namespace lb::io {

enum class TextEncoding { Ascii, Utf8, Windows1252 };

QString toString(TextEncoding e);

bool isValidUtf8(std::string_view bytes);
bool isAscii(std::string_view bytes);

// Decodes one value as described above.
QString decodeText(std::string_view bytes);
QString decodeWindows1252(std::string_view bytes);

// Looks at the first bytes of a file (a few megabytes at most) and says how it is encoded.
TextEncoding sniffFileEncoding(const QString &path, qint64 maxBytes = 4 << 20);

} // namespace lb::io
