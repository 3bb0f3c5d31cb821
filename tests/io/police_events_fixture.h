#pragma once

// Saved responses shaped like the Swedish Police's open events API (polisen.se/api/events): a JSON
// array of objects with id, datetime (publication, local time with its offset), name (the event's
// own day, month and time, its type and place), summary, url, type and location{name, gps}.
//
// policeEventsJson() holds, in this order:
//   0  id 500001: "31 december 23.50" published 2024-01-01 00:07 — the year before, Stockholm
//   1  id 500002: "Trafikolycka, personskada" (a type with a comma), 2024-01-02 07.40
//   2  id 500003: "Brand" placed at the centre of "Stockholms län" (a county), 2024-01-02 09.12
//   3  id 500004: a name without a date — rejected
//   4  the number 42 instead of an object — rejected
//   5  id 500006: a type the police do not use — rejected as an unknown category
//   6  id 500007: "Sammanfattning natt", imported as Other
// policeEventsLaterJson() is the next response: events 500002 and 500007 again and a new one,
// id 500008 ("Inbrott", 2024-01-03 14.05).

#include <QByteArray>

namespace lb::test {

QByteArray policeEventsJson();
QByteArray policeEventsLaterJson();

} // namespace lb::test
