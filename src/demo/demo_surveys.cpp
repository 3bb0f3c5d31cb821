#include "demo/demo_surveys.h"

#include "demo/demo_geography.h"
#include "demo/demo_random.h"

#include <QStringList>

#include <cmath>

namespace lb::demo {

namespace {

struct PinCluster {
    double lon;
    double lat;
    double sigma;
    double weight2020, weight2021, weight2023; // share of a round's clustered pins
};

// Places residents point out: the persistent hotspots, Järna station (fading) and Hovsjö centre
// (emerging, noticed first in 2023), plus a dark underpass and a park path.
constexpr PinCluster kClusters[] = {
    {17.6270, 59.1965, 140, 0.30, 0.30, 0.26}, {17.5975, 59.2068, 160, 0.28, 0.28, 0.24},
    {17.5640, 59.0935, 160, 0.22, 0.18, 0.08}, {17.5895, 59.1800, 140, 0.04, 0.06, 0.24},
    {17.6120, 59.1900, 90, 0.10, 0.10, 0.10},  {17.6450, 59.1880, 110, 0.06, 0.08, 0.08},
};

struct DistrictProfile {
    double offset;    // share unsafe relative to the municipality, in all rounds
    double trend2023; // extra change by 2023 (emerging/fading places)
};

// Index-aligned with the district seeds in demo_geography.cpp.
constexpr DistrictProfile kProfiles[] = {
    {0.06, 0.0},   {0.12, 0.0},  {0.08, 0.07}, {-0.05, 0.0}, {-0.08, 0.0},
    {0.07, -0.07}, {-0.12, 0.0}, {-0.13, 0.0}, {-0.15, 0.0},
};

const QStringList &reasons()
{
    static const QStringList list = {
        QStringLiteral("Dålig belysning"),
        QStringLiteral("Personer som samlas och stör"),
        QStringLiteral("Narkotikahandel"),
        QStringLiteral("Skymd sikt, buskage"),
        QStringLiteral("Nedskräpning och klotter"),
        QStringLiteral("Tidigare händelse här"),
        QStringLiteral("Ensligt, få människor i rörelse"),
        QStringLiteral("Buskörning med moped"),
    };
    return list;
}

const QStringList &comments()
{
    static const QStringList list = {
        QString(),
        QString(),
        QString(),
        QStringLiteral("Undviker platsen efter mörkrets inbrott"),
        QStringLiteral("Lamporna i gångtunneln är ofta trasiga"),
        QStringLiteral("Grupper som hänger vid entrén på kvällarna"),
        QStringLiteral("Buskarna behöver klippas, man ser inte vem som kommer"),
        QStringLiteral("Känns bättre sedan ordningsvakterna kom"),
        QStringLiteral("Tar omvägen hem"),
    };
    return list;
}

} // namespace

std::vector<SurveyRound> generateSurveys(const Geography &geo, int epsg, Random &random)
{
    struct RoundSpec {
        int year;
        double municipalShare;
        int pins;
    };
    const RoundSpec rounds[] = {{2020, 0.36, 340}, {2021, 0.32, 300}, {2023, 0.31, 380}};
    std::vector<PointXY> clusterCentres;
    for (const PinCluster &c : kClusters)
        clusterCentres.push_back(project(c.lon, c.lat, epsg).value_or(PointXY{}));

    std::vector<SurveyRound> out;
    for (const RoundSpec &spec : rounds) {
        SurveyRound round;
        round.survey.name = QStringLiteral("Trygghetsmätning %1").arg(spec.year);
        round.survey.year = spec.year;
        round.survey.method = QStringLiteral("Webbenkät med karta (PPGIS)");

        // Answers: district shares around the municipal share, then shifted so the
        // respondent-weighted mean is the municipal figure.
        const double progress = spec.year == 2020 ? 0.0 : spec.year == 2021 ? 0.3 : 1.0;
        std::vector<double> shares;
        std::vector<int> respondents;
        double weighted = 0.0;
        int total = 0;
        for (size_t d = 0; d < geo.seeds.size(); ++d) {
            const DistrictProfile &p = kProfiles[d % std::size(kProfiles)];
            shares.push_back(spec.municipalShare + p.offset + p.trend2023 * progress + random.normal(0, 0.01));
            respondents.push_back(static_cast<int>(geo.seeds[d].population * random.uniform(0.022, 0.03)) + 15);
            weighted += shares.back() * respondents.back();
            total += respondents.back();
        }
        const double shift = spec.municipalShare - weighted / total;
        for (size_t d = 0; d < geo.seeds.size(); ++d) {
            const double share = std::clamp(shares[d] + shift, 0.02, 0.95);
            const int unsafe = static_cast<int>(std::lround(share * respondents[d]));
            SurveyAnswer a;
            a.areaId = static_cast<FeatureId>(d);
            a.indicator = QStringLiteral("unsafe_evening");
            a.respondents = respondents[d];
            a.share = static_cast<double>(unsafe) / respondents[d];
            round.answers.push_back(a);
            SurveyAnswer avoid = a;
            avoid.indicator = QStringLiteral("avoids_places");
            avoid.share = std::lround(a.share * random.uniform(0.5, 0.65) * respondents[d]) / double(respondents[d]);
            round.answers.push_back(avoid);
        }

        // Pins: 65 % in the clusters of the time, the rest scattered around the towns.
        for (int n = 0; n < spec.pins; ++n) {
            SurveyPin pin;
            PointXY p;
            if (random.chance(0.65)) {
                std::vector<double> w;
                for (const PinCluster &c : kClusters)
                    w.push_back(spec.year == 2020 ? c.weight2020 : spec.year == 2021 ? c.weight2021 : c.weight2023);
                const int c = random.weighted(w);
                p = {clusterCentres[static_cast<size_t>(c)].x + random.normal() * kClusters[c].sigma,
                     clusterCentres[static_cast<size_t>(c)].y + random.normal() * kClusters[c].sigma};
                pin.reason =
                    reasons().at(random.chance(0.5) ? c % 3 : random.index(static_cast<int>(reasons().size())));
            } else {
                std::vector<double> w;
                for (const DistrictSeed &s : geo.seeds)
                    w.push_back(s.urban ? static_cast<double>(s.population) : 0.0);
                const DistrictSeed &s = geo.seeds[static_cast<size_t>(random.weighted(w))];
                p = {s.centre.x + random.normal() * 700.0, s.centre.y + random.normal() * 700.0};
                pin.reason = reasons().at(random.index(static_cast<int>(reasons().size())));
            }
            if (!geo.isLand(p)) {
                --n;
                continue;
            }
            pin.position = p;
            pin.rating = 1 + random.weighted({30, 40, 20, 7, 3});
            pin.timeOfDay = std::array{TimeOfDay::Day, TimeOfDay::Evening,
                                       TimeOfDay::Night}[static_cast<size_t>(random.weighted({20, 50, 30}))];
            pin.comment = comments().at(random.index(static_cast<int>(comments().size())));
            pin.respondent = QStringLiteral("R%1-%2").arg(spec.year).arg(random.index(spec.pins * 2 / 3) + 1, 4, 10,
                                                                         QLatin1Char('0'));
            round.pins.push_back(pin);
        }
        out.push_back(std::move(round));
    }
    return out;
}

} // namespace lb::demo
