#include "io/builtin_profiles.h"

#include "io/police_event_types.h"

#include <QCoreApplication>

namespace lb::io {

namespace {

const QString kPoliceEvents = QStringLiteral("police-events");
const QString kPoliceUk = QStringLiteral("police-uk");
const QString kFixIncidents = QStringLiteral("fixmystreet-incidents");
const QString kFixFindings = QStringLiteral("fixmystreet-findings");

// Lower case, letters and digits only: "Crime ID", "CRIME ID" and "crime_id" are one name.
QString simple(const QString &column)
{
    QString out;
    for (const QChar c : column.toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

bool hasAll(const QStringList &columns, std::initializer_list<const char *> wanted)
{
    QStringList have;
    for (const QString &c : columns)
        have << simple(c);
    for (const char *w : wanted)
        if (!have.contains(QLatin1String(w)))
            return false;
    return true;
}

// police.uk's crime types (data.police.uk/api/crime-categories) and their taxonomy codes.
void addPoliceUkTypes(FieldMapping &m)
{
    const char *const rows[][2] = {
        {"Anti-social behaviour", "ordningsstorning"},
        {"Bicycle theft", "inbrott_stold"},
        {"Burglary", "inbrott_stold"},
        {"Criminal damage and arson", "skadegorelse"},
        {"Drugs", "narkotika"},
        {"Other crime", "ovrigt"},
        {"Other theft", "inbrott_stold"},
        {"Possession of weapons", "vald_hot"},
        {"Public order", "ordningsstorning"},
        {"Robbery", "vald_hot"},
        {"Shoplifting", "inbrott_stold"},
        {"Theft from the person", "inbrott_stold"},
        {"Vehicle crime", "inbrott_stold"},
        {"Violence and sexual offences", "vald_hot"},
    };
    for (const auto &r : rows)
        m.setValue(QString::fromLatin1(r[0]), QString::fromLatin1(r[1]));
}

void addFixMyStreetCategories(FieldMapping &m, bool findings)
{
    // Categories common to FixaMinGata municipalities and to FixMyStreet; others are listed as
    // unknown by the import and mapped by the user.
    const char *const rows[][3] = {
        // source value, incident category, finding kind
        {"Klotter", "klotter", "skotsel_underhall"},
        {"Graffiti", "klotter", "skotsel_underhall"},
        {"Skadegörelse", "skadegorelse", "skotsel_underhall"},
        {"Vandalism", "skadegorelse", "skotsel_underhall"},
        {"Nedskräpning", "nedskrapning", "skotsel_underhall"},
        {"Fly tipping", "nedskrapning", "skotsel_underhall"},
        {"Flytipping", "nedskrapning", "skotsel_underhall"},
        {"Belysning", "otrygg_plats", "belysning"},
        {"Gatubelysning", "otrygg_plats", "belysning"},
        {"Street lighting", "otrygg_plats", "belysning"},
        {"Park och grönområden", "ovrigt", "vegetation_sikt"},
        {"Parker och grönområden", "ovrigt", "vegetation_sikt"},
        {"Träd och buskar", "ovrigt", "vegetation_sikt"},
        {"Gator och vägar", "ovrigt", "gangstrak"},
        {"Gång- och cykelvägar", "ovrigt", "gangstrak"},
        {"Potholes", "ovrigt", "gangstrak"},
        {"Trafik", "buskorning_fordon", "trafiksakerhet"},
        {"Övergivna fordon", "buskorning_fordon", "ovrigt"},
        {"Abandoned vehicles", "buskorning_fordon", "ovrigt"},
        {"Övrigt", "ovrigt", "ovrigt"},
        {"Other", "ovrigt", "ovrigt"},
    };
    for (const auto &r : rows)
        m.setValue(QString::fromUtf8(r[0]), QString::fromLatin1(findings ? r[2] : r[1]));
}

FieldMapping mappingFor(const QString &name)
{
    FieldMapping m;
    if (name == kPoliceEvents) {
        m.kind = ImportKind::Incidents;
        m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                     {QStringLiteral("time"), QStringLiteral("occurred_at")},
                     {QStringLiteral("category"), QStringLiteral("type")},
                     {QStringLiteral("x"), QStringLiteral("longitude")},
                     {QStringLiteral("y"), QStringLiteral("latitude")},
                     {QStringLiteral("description"), QStringLiteral("description")},
                     {QStringLiteral("precision"), QStringLiteral("precision")}};
        m.constants.insert(QStringLiteral("source"), QStringLiteral("Polisen"));
        m.sourceEpsg = 4326;
        for (const auto &[type, code] : policeEventTypes())
            m.setValue(type, code);
    } else if (name == kPoliceUk) {
        m.kind = ImportKind::Incidents;
        m.columns = {{QStringLiteral("ref"), QStringLiteral("Crime ID")},
                     {QStringLiteral("time"), QStringLiteral("Month")},
                     {QStringLiteral("category"), QStringLiteral("Crime type")},
                     {QStringLiteral("x"), QStringLiteral("Longitude")},
                     {QStringLiteral("y"), QStringLiteral("Latitude")},
                     {QStringLiteral("source"), QStringLiteral("Reported by")},
                     {QStringLiteral("description"), QStringLiteral("Location")}};
        // police.uk moves every crime to an anonymised snap point on or near a street.
        m.constants.insert(QStringLiteral("precision"), QStringLiteral("street"));
        m.sourceEpsg = 4326;
        addPoliceUkTypes(m);
    } else if (name == kFixIncidents) {
        m.kind = ImportKind::Incidents;
        m.columns = {{QStringLiteral("ref"), QStringLiteral("Report ID")},
                     {QStringLiteral("time"), QStringLiteral("Created")},
                     {QStringLiteral("category"), QStringLiteral("Category")},
                     {QStringLiteral("x"), QStringLiteral("Longitude")},
                     {QStringLiteral("y"), QStringLiteral("Latitude")},
                     {QStringLiteral("description"), QStringLiteral("Detail")}};
        m.constants.insert(QStringLiteral("source"), QStringLiteral("FixaMinGata"));
        m.sourceEpsg = 4326;
        addFixMyStreetCategories(m, false);
    } else if (name == kFixFindings) {
        m.kind = ImportKind::Findings;
        m.columns = {{QStringLiteral("kind"), QStringLiteral("Category")},
                     {QStringLiteral("x"), QStringLiteral("Longitude")},
                     {QStringLiteral("y"), QStringLiteral("Latitude")},
                     {QStringLiteral("description"), QStringLiteral("Detail")},
                     {QStringLiteral("status"), QStringLiteral("Status")},
                     {QStringLiteral("fixed"), QStringLiteral("Fixed")}};
        m.constants.insert(QStringLiteral("responsible"), QStringLiteral("FixaMinGata"));
        m.sourceEpsg = 4326;
        addFixMyStreetCategories(m, true);
    }
    return m;
}

} // namespace

QStringList builtinProfileNames()
{
    return {kPoliceEvents, kPoliceUk, kFixIncidents, kFixFindings};
}

QString builtinProfileTitle(const QString &name)
{
    if (name == kPoliceEvents)
        return QCoreApplication::translate("lb::io::Importer", "Swedish Police open events (polisen.se)");
    if (name == kPoliceUk)
        return QCoreApplication::translate("lb::io::Importer", "police.uk street-level crime");
    if (name == kFixIncidents)
        return QCoreApplication::translate("lb::io::Importer", "FixaMinGata / FixMyStreet reports as incidents");
    if (name == kFixFindings)
        return QCoreApplication::translate("lb::io::Importer",
                                           "FixaMinGata / FixMyStreet reports as safety-walk findings");
    return {};
}

std::optional<FieldMapping> builtinProfile(const QString &name, const QStringList &columns)
{
    if (!builtinProfileNames().contains(name))
        return std::nullopt;
    FieldMapping m = mappingFor(name);
    // The file's own spelling of each column, when it differs only in case or punctuation.
    for (auto it = m.columns.begin(); it != m.columns.end(); ++it)
        for (const QString &c : columns)
            if (simple(c) == simple(it.value())) {
                it.value() = c;
                break;
            }
    return m;
}

QString recogniseBuiltinProfile(const QString &driver, const QStringList &columns)
{
    if (driver == QLatin1String("PoliceEvents"))
        return kPoliceEvents;
    if (hasAll(columns, {"crimeid", "month", "reportedby", "fallswithin", "longitude", "latitude", "crimetype"}))
        return kPoliceUk;
    if (hasAll(columns, {"reportid", "title", "detail", "category", "created", "status", "latitude", "longitude"}))
        return kFixIncidents;
    return {};
}

} // namespace lb::io
