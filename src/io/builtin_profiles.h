#pragma once

// Mappings for sources whose shape is known, chosen when probing recognises a file by its format
// or its column names, so that it imports with no hand mapping:
// - police-events: the Swedish Police's open events (see PoliceEventsTable), as incidents.
// - police-uk: police.uk street-level crime CSV (Crime ID, Month, Reported by, Falls within,
//   Longitude, Latitude, Location, LSOA code, LSOA name, Crime type, Last outcome category,
//   Context), as incidents known to the month, in WGS 84, with its 14 crime types mapped.
// - fixmystreet-incidents and fixmystreet-findings: fault reports from the FixMyStreet family
//   (FixaMinGata: Report ID, Title, Detail, Category, Created, Confirmed, Fixed, Status,
//   Latitude, Longitude, ...), as incidents or as safety-walk findings with their status.
// A built-in profile is a starting point: the wizard shows it and the user can change it or pick
// another, and a saved profile of the same name takes precedence in the CLI.
//
// Pure functions; any thread.

#include "io/field_mapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lb::io {

// The names of the built-in profiles, in the order they are offered.
QStringList builtinProfileNames();
// A short translated description of a built-in profile ("Swedish Police open events").
QString builtinProfileTitle(const QString &name);
// The mapping of a built-in profile with the column names spelt as the file spells them (police.uk
// files come with re-cased headers), or no value for a name that is not built in.
std::optional<FieldMapping> builtinProfile(const QString &name, const QStringList &columns = {});
// The built-in profile that fits a source read by `driver` with these columns, or an empty string.
QString recogniseBuiltinProfile(const QString &driver, const QStringList &columns);

} // namespace lb::io
