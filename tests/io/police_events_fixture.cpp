#include "police_events_fixture.h"

namespace lb::test {

namespace {

const char *const kEvent1 = R"({"id": 500001, "datetime": "2024-01-01 0:07:12 +01:00",
 "name": "31 december 23.50, Misshandel, grov, Stockholm",
 "summary": "En man har misshandlats på Sergels torg.",
 "url": "/aktuellt/handelser/2024/januari/1/31-december-23.50-misshandel-grov-stockholm/",
 "type": "Misshandel, grov", "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}})";

const char *const kEvent2 = R"({"id": 500002, "datetime": "2024-01-02 8:15:00 +01:00",
 "name": "02 januari 07.40, Trafikolycka, personskada, Stockholm",
 "summary": "Två bilar har kolliderat.", "url": "/aktuellt/handelser/2024/januari/2/trafikolycka/",
 "type": "Trafikolycka, personskada", "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}})";

const char *const kEvent7 = R"({"id": 500007, "datetime": "2024-01-02 6:30:00 +01:00",
 "name": "02 januari 06.10, Sammanfattning natt, Stockholm",
 "summary": "En lugn natt i länet.", "url": "/aktuellt/handelser/2024/januari/2/sammanfattning-natt/",
 "type": "Sammanfattning natt", "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}})";

} // namespace

QByteArray policeEventsJson()
{
    QByteArray out("[");
    out += kEvent1;
    out += ",\n";
    out += kEvent2;
    out += ",\n";
    out += R"({"id": 500003, "datetime": "2024-01-02 10:00:00 +01:00",
 "name": "02 januari 09.12, Brand, Stockholms län", "summary": "Brand i ett förråd.",
 "url": "/aktuellt/handelser/2024/januari/2/brand/", "type": "Brand",
 "location": {"name": "Stockholms län", "gps": "59.334591,18.063240"}},
{"id": 500004, "datetime": "2024-01-02 11:00:00 +01:00", "name": "Okänd tid, Stöld, Stockholm",
 "summary": "", "url": "", "type": "Stöld", "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}},
42,
{"id": 500006, "datetime": "2024-01-02 12:00:00 +01:00", "name": "02 januari 11.30, Påhittad händelse, Stockholm",
 "summary": "", "url": "", "type": "Påhittad händelse",
 "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}},
)";
    out += kEvent7;
    out += "]\n";
    return out;
}

QByteArray policeEventsLaterJson()
{
    QByteArray out("[");
    out += R"({"id": 500008, "datetime": "2024-01-03 15:00:00 +01:00", "name": "03 januari 14.05, Inbrott, Stockholm",
 "summary": "Inbrott i en lägenhet.", "url": "/aktuellt/handelser/2024/januari/3/inbrott/", "type": "Inbrott",
 "location": {"name": "Stockholm", "gps": "59.329324,18.068581"}},
)";
    out += kEvent7;
    out += ",\n";
    out += kEvent2;
    out += "]\n";
    return out;
}

} // namespace lb::test
