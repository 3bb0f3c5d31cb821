#pragma once

// Reads the Swedish Police's open events (a saved response of polisen.se/api/events: a JSON array
// of objects with id, datetime, name, summary, url, type and location{name, gps}) into a table that
// SourceReader streams like any other source, so the importer's rejects, batches, re-import
// recognition and undo apply unchanged.
//
// Besides the police's own fields (location.name and location.gps become location_name and gps)
// the table has columns derived from them:
// - occurred_at: the event's local time from `name` ("01 september 20.33, Mord/dråp, Stockholm"),
//   with the year taken from the publication time `datetime`; an event named in a later month
//   than it was published happened the year before ("31 december 23.50" published 2024-01-01).
// - latitude, longitude: from `gps` ("59.329324,18.068581").
// - precision: municipality_centroid, since the police place every event at the centre of its
//   municipality, or county_centroid when location.name is a county ("Stockholms län").
// - description: the summary, then the event's page on polisen.se on a line of its own.
// An entry that cannot be read (not an object, no id, a name without a date, no position) is a
// row with a problem that says which entry (its index in the array) and why; it is rejected.
//
// Pure functions; any thread.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace lb::io {

struct PoliceEventsTable {
    QStringList columns;
    std::vector<std::vector<std::string>> rows; // UTF-8 values, one per column
    std::vector<QString> problems;              // per row: why it cannot be imported, or empty
};

// Whether the bytes are a police events response: a JSON array whose objects have the police's
// fields. Cheap enough for probing.
bool isPoliceEventsJson(const QByteArray &json);
bool isPoliceEventsFile(const QString &path);

Result<PoliceEventsTable> parsePoliceEvents(const QByteArray &json);
Result<PoliceEventsTable> readPoliceEvents(const QString &path);

// The local date and time of an event from its name and its publication time as the police write
// it ("2024-01-01 0:07:12 +01:00"); no value when either cannot be read. `hasClock` says whether
// the name gave a time of day.
struct PoliceEventTime {
    QDate date;
    QTime time;
    bool hasClock = false;
};
std::optional<PoliceEventTime> policeEventTime(const QString &name, const QString &published);

} // namespace lb::io
