#include "demo/demo_incidents.h"

#include "demo/demo_geography.h"
#include "demo/demo_random.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace lb::demo {

namespace {

struct Weighted {
    const char *code;
    double weight;
};

constexpr Weighted kBackgroundMix[] = {
    {"skadegorelse", 14},
    {"klotter", 12},
    {"nedskrapning", 10},
    {"brand_bil", 2},
    {"brand_container", 3},
    {"brand_soprum", 1},
    {"brand_ovrigt", 1},
    {"ordningsstorning", 12},
    {"storande_samling", 5},
    {"narkotika", 5},
    {"vald_hot", 7},
    {"hot_vald_personal", 2},
    {"vald_nara_relation", 2},
    {"buskorning_fordon", 5},
    {"inbrott_stold", 12},
    {"otrygg_plats", 4},
    {"ovrigt", 3},
};

struct HotspotSpec {
    double lon;
    double lat;
    double sigma; // metres
    std::array<int, 5> perYear;
    std::vector<Weighted> mix;
};

// Two persistent hotspots (the town centre and Ronna), one emerging in the last two years
// (Hovsjö centre) and one fading (Järna station).
const std::vector<HotspotSpec> &hotspots()
{
    static const std::vector<HotspotSpec> list = {
        {17.6270,
         59.1965,
         170,
         {620, 600, 640, 610, 630},
         {{"ordningsstorning", 30},
          {"narkotika", 20},
          {"vald_hot", 15},
          {"klotter", 10},
          {"storande_samling", 15},
          {"skadegorelse", 10}}},
        {17.5975,
         59.2068,
         190,
         {480, 500, 470, 490, 480},
         {{"brand_bil", 15},
          {"skadegorelse", 20},
          {"storande_samling", 20},
          {"narkotika", 15},
          {"vald_hot", 10},
          {"brand_container", 10},
          {"klotter", 10}}},
        {17.5895,
         59.1800,
         160,
         {25, 30, 35, 380, 560},
         {{"narkotika", 30},
          {"storande_samling", 25},
          {"brand_container", 15},
          {"skadegorelse", 15},
          {"vald_hot", 15}}},
        {17.5640,
         59.0935,
         190,
         {520, 380, 180, 70, 40},
         {{"klotter", 35}, {"skadegorelse", 30}, {"ordningsstorning", 15}, {"nedskrapning", 20}}},
    };
    return list;
}

QString pick(const std::vector<Weighted> &mix, Random &random)
{
    std::vector<double> w;
    for (const Weighted &m : mix)
        w.push_back(m.weight);
    return QString::fromLatin1(mix[static_cast<size_t>(random.weighted(w))].code);
}

struct SourceSpec {
    QString name;
    QString prefix;
};

SourceSpec sourceFor(const QString &category, Random &random)
{
    const SourceSpec police{QStringLiteral("Polisen"), QStringLiteral("POL")};
    const SourceSpec rescue{QStringLiteral("Räddningstjänsten"), QStringLiteral("RTJ")};
    const SourceSpec housing{QStringLiteral("Telge Bostäder"), QStringLiteral("TB")};
    const SourceSpec municipality{QStringLiteral("Kommunens e-tjänst"), QStringLiteral("ETJ")};
    const SourceSpec guards{QStringLiteral("Ordningsvakter"), QStringLiteral("OV")};
    if (category.startsWith(QLatin1String("brand")))
        return random.chance(0.85) ? rescue : police;
    if (category == QLatin1String("vald_hot") || category == QLatin1String("narkotika") ||
        category == QLatin1String("vald_nara_relation") || category == QLatin1String("inbrott_stold"))
        return police;
    if (category == QLatin1String("klotter") || category == QLatin1String("skadegorelse") ||
        category == QLatin1String("nedskrapning"))
        return random.chance(0.55) ? housing : municipality;
    if (category == QLatin1String("ordningsstorning") || category == QLatin1String("storande_samling"))
        return random.chance(0.5) ? guards : (random.chance(0.6) ? police : housing);
    if (category == QLatin1String("hot_vald_personal"))
        return random.chance(0.5) ? housing : municipality;
    if (category == QLatin1String("otrygg_plats"))
        return municipality;
    return random.chance(0.5) ? police : municipality;
}

QString describe(const QString &category, Random &random)
{
    static const std::map<QString, QStringList> texts = {
        {QStringLiteral("skadegorelse"),
         {QStringLiteral("Krossad ruta i entré"), QStringLiteral("Sönderslagen belysningsarmatur"),
          QStringLiteral("Skadad parkbänk"), QStringLiteral("Uppbruten källardörr")}},
        {QStringLiteral("klotter"),
         {QStringLiteral("Klotter på fasad"), QStringLiteral("Klotter i gångtunnel"),
          QStringLiteral("Klotter på busskur"), QStringLiteral("Taggar på elskåp")}},
        {QStringLiteral("nedskrapning"),
         {QStringLiteral("Nedskräpning vid återvinningsstation"), QStringLiteral("Dumpade möbler"),
          QStringLiteral("Glassplitter på lekplats")}},
        {QStringLiteral("brand_bil"), {QStringLiteral("Bilbrand på parkering"), QStringLiteral("Brand i motorrum")}},
        {QStringLiteral("brand_container"), {QStringLiteral("Brand i container"), QStringLiteral("Brand i soptunna")}},
        {QStringLiteral("brand_soprum"), {QStringLiteral("Anlagd brand i soprum")}},
        {QStringLiteral("brand_ovrigt"), {QStringLiteral("Gräsbrand"), QStringLiteral("Brand i barnvagnsrum")}},
        {QStringLiteral("ordningsstorning"),
         {QStringLiteral("Bråk utanför restaurang"), QStringLiteral("Störande fest i trapphus"),
          QStringLiteral("Berusade personer stör resenärer")}},
        {QStringLiteral("storande_samling"),
         {QStringLiteral("Ungdomar samlas i trapphus"), QStringLiteral("Grupp som stör vid centrumentrén")}},
        {QStringLiteral("narkotika"),
         {QStringLiteral("Misstänkt narkotikaförsäljning"), QStringLiteral("Sprutor funna i buskage")}},
        {QStringLiteral("vald_hot"), {QStringLiteral("Misshandel utomhus"), QStringLiteral("Hot mot förbipasserande")}},
        {QStringLiteral("hot_vald_personal"),
         {QStringLiteral("Hot mot busschaufför"), QStringLiteral("Hot mot personal i butik")}},
        {QStringLiteral("vald_nara_relation"), {QStringLiteral("Våld i nära relation")}},
        {QStringLiteral("buskorning_fordon"),
         {QStringLiteral("Mopedåkning på gångväg"), QStringLiteral("Buskörning på parkering")}},
        {QStringLiteral("inbrott_stold"),
         {QStringLiteral("Cykelstöld"), QStringLiteral("Inbrott i förråd"), QStringLiteral("Stöld ur bil")}},
        {QStringLiteral("otrygg_plats"),
         {QStringLiteral("Mörk gångtunnel"), QStringLiteral("Otrygg busshållplats kvällstid")}},
        {QStringLiteral("ovrigt"), {QStringLiteral("Övrig händelse")}},
    };
    const auto it = texts.find(category);
    if (it == texts.end())
        return {};
    return it->second.at(random.index(static_cast<int>(it->second.size())));
}

PointXY gaussianAround(PointXY centre, double sigma, const Geography &geo, Random &random)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const PointXY p{centre.x + random.normal() * sigma, centre.y + random.normal() * sigma};
        if (geo.isLand(p))
            return p;
    }
    return centre;
}

PointXY centroid(const MultiPolygon &polygons)
{
    const Extent e = extentOf(polygons);
    return e.center();
}

} // namespace

Instant sampleIncidentTime(int year, const LocalClock &clock, Random &random)
{
    // Hour weights: quiet early morning, busy late afternoon and evening, a tail after midnight.
    static const std::vector<double> hourWeights = {4.0, 3.2, 2.6, 1.8, 1.0, 0.7, 0.8, 1.2, 1.6, 1.8, 2.0, 2.2,
                                                    2.4, 2.5, 2.7, 3.0, 3.5, 4.2, 5.0, 5.6, 6.0, 6.0, 5.6, 4.8};
    static const double weekdayWeights[] = {0.85, 0.85, 0.9, 0.95, 1.25, 1.4, 1.05}; // Monday first
    const QDate first(year, 1, 1);
    const int days = first.daysInYear();
    for (;;) {
        const QDate date = first.addDays(random.index(days));
        // Summer peak around mid-July, a dip in February.
        const double season = 1.0 + 0.28 * std::cos(2.0 * M_PI * (date.dayOfYear() - 196) / 365.0);
        const double weight = season * weekdayWeights[date.dayOfWeek() - 1];
        if (random.uniform() * 1.28 * 1.4 > weight)
            continue;
        const int hour = random.weighted(hourWeights);
        const int minute = random.index(60);
        return clock.toUtc(date.year(), date.month(), date.day(), hour, minute);
    }
}

std::vector<Incident> generateIncidents(const Geography &geo, const LocalClock &clock, const IncidentPlan &plan,
                                        int epsg, Random &random)
{
    std::vector<Incident> out;
    std::map<QString, int> sequence; // per source prefix and year, for reference ids
    const PointXY municipalityCentre = centroid(geo.outline);
    std::vector<double> districtWeights;
    for (const DistrictSeed &s : geo.seeds)
        districtWeights.push_back(static_cast<double>(s.population) * (s.urban ? 1.0 : 0.35));
    std::vector<PointXY> hotspotCentres;
    for (const HotspotSpec &h : hotspots())
        hotspotCentres.push_back(project(h.lon, h.lat, epsg).value_or(PointXY{}));
    const std::vector<Weighted> backgroundMix(std::begin(kBackgroundMix), std::end(kBackgroundMix));

    const auto add = [&](int year, const QString &category, PointXY position) {
        Incident i;
        i.category = category;
        i.occurredAt = sampleIncidentTime(year, clock, random);
        const SourceSpec source = sourceFor(category, random);
        i.source = source.name;
        const QString key = source.prefix + QString::number(year);
        i.sourceRef =
            QStringLiteral("%1-%2-%3").arg(source.prefix).arg(year).arg(++sequence[key], 6, 10, QLatin1Char('0'));
        i.description = describe(category, random);
        const int district = geo.districtAt(position);
        const double r = random.uniform();
        if (category == QLatin1String("vald_nara_relation")) {
            // Sensitive: only ever stored at the district's centre.
            i.locationPrecision = LocationPrecision::AreaCentroid;
            position = district >= 0 ? geo.seeds[static_cast<size_t>(district)].centre : municipalityCentre;
        } else if (r < 0.02) {
            i.locationPrecision = LocationPrecision::MunicipalityCentroid;
            position = municipalityCentre;
        } else if (r < 0.06 && district >= 0) {
            i.locationPrecision = LocationPrecision::AreaCentroid;
            position = geo.seeds[static_cast<size_t>(district)].centre;
        } else if (r < 0.15) {
            // Known to the street: snapped to a 50 m grid, as a geocoded street name would be.
            i.locationPrecision = LocationPrecision::Street;
            position = {std::round(position.x / 50.0) * 50.0, std::round(position.y / 50.0) * 50.0};
        }
        i.position = position;
        out.push_back(std::move(i));
    };

    for (int y = 0; y < plan.years; ++y) {
        const int year = plan.firstYear + y;
        // A slow decline of about 2 % a year in the background.
        const int background = static_cast<int>(plan.backgroundPerYear * std::pow(0.98, y));
        for (int n = 0; n < background; ++n) {
            const DistrictSeed &seed = geo.seeds[static_cast<size_t>(random.weighted(districtWeights))];
            const double sigma = seed.urban ? 650.0 : 2600.0;
            add(year, pick(backgroundMix, random), gaussianAround(seed.centre, sigma, geo, random));
        }
        for (size_t h = 0; h < hotspots().size(); ++h) {
            const HotspotSpec &spec = hotspots()[h];
            const int count = spec.perYear[static_cast<size_t>(std::min(y, 4))];
            for (int n = 0; n < count; ++n)
                add(year, pick(spec.mix, random), gaussianAround(hotspotCentres[h], spec.sigma, geo, random));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Incident &a, const Incident &b) { return a.occurredAt < b.occurredAt; });
    return out;
}

} // namespace lb::demo
