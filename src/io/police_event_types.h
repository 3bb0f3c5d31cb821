#pragma once

// The event types the Swedish Police publish in their open events (polisen.se/api/events) and
// the taxonomy category each one is imported as. The police use about 60 types, some with commas
// in them ("Trafikolycka, personskada"); the table covers all that the police list. Summaries
// ("Sammanfattning natt", ...) and "Övrigt" are imported as Other (ovrigt) so that their text is
// kept; a type that is not in the table is rejected as an unknown category, which names it.
//
// Pure functions over a constant table; any thread.

#include <QString>

#include <utility>
#include <vector>

namespace lb::io {

// Every known type with its taxonomy code, in the police's spelling.
const std::vector<std::pair<QString, QString>> &policeEventTypes();

// The taxonomy code for a type (compared without case and surrounding spaces), or an empty string
// for a type that is not in the table.
QString policeEventCategory(const QString &type);

} // namespace lb::io
