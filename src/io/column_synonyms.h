#pragma once

// The column names a person would recognise for each field of a record kind, in Swedish and
// English ("Tid" and "Klockslag" for the time of day next to a date column, "Händelse",
// "Brottsbenämning" and "Crime type" for the category, "Diarienummer" for the reference ...),
// compared without case, diacritics, spaces or punctuation. Also says which columns look like a
// field but are left out of a mapping, so the user is warned before a time of day or a category
// is silently lost.
//
// Pure functions; any thread.

#include "io/field_mapping.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

// "Händelse-typ" -> "handelsetyp": lower case, diacritics dropped, letters and digits only.
QString foldedName(const QString &text);

// The column names that suggest `field`, most specific first, folded.
QStringList columnSynonyms(const QString &field);

// True when a folded column name is one of the coordinate names (lon, lat, x, northing ...).
bool isCoordinateName(const QString &column);

struct UnmappedColumn {
    QString column;
    QString field; // the field whose name it carries
};

// Columns of `columns` that carry the name of a field of the mapping's kind but are not mapped to
// anything, while that field is mapped to nothing or the column names a coordinate.
std::vector<UnmappedColumn> unmappedObviousColumns(const FieldMapping &mapping, const QStringList &columns);

// One translated sentence per unmapped column ("The column Tid looks like the time of day …").
QStringList unmappedWarnings(const FieldMapping &mapping, const QStringList &columns);

} // namespace lb::io
