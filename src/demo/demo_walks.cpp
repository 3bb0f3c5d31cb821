#include "demo/demo_walks.h"

#include "core/taxonomy.h"
#include "demo/demo_geography.h"
#include "demo/demo_random.h"

#include <QStringList>

#include <cmath>
#include <map>

namespace lb::demo {

namespace {

struct WalkSpec {
    const char *name;
    QDate date;
    double lon;
    double lat;
    int findings;
    // Probabilities of open, in progress, fixed, rejected.
    std::vector<double> status;
};

QString responsibleFor(const QString &kind, Random &random)
{
    const QString housing = QStringLiteral("Telge Bostäder");
    if (kind == QLatin1String("belysning"))
        return random.chance(0.5) ? QStringLiteral("Kommunen, gatuenheten") : housing;
    if (kind == QLatin1String("vegetation_sikt"))
        return random.chance(0.6) ? QStringLiteral("Kommunen, parkenheten") : housing;
    if (kind == QLatin1String("social_miljo"))
        return random.chance(0.5) ? QStringLiteral("Polisen") : QStringLiteral("Fältgruppen");
    if (kind == QLatin1String("trafiksakerhet"))
        return random.chance(0.7) ? QStringLiteral("Kommunen, gatuenheten") : QStringLiteral("Trafikverket");
    return random.chance(0.5) ? housing : QStringLiteral("Kommunen, gatuenheten");
}

QString findingText(const QString &kind, Random &random)
{
    static const std::map<QString, QStringList> texts = {
        {QStringLiteral("belysning"),
         {QStringLiteral("Trasig gatubelysning längs gångvägen"), QStringLiteral("Mörk gångtunnel, armatur saknas"),
          QStringLiteral("Belysningen vid busshållplatsen blinkar")}},
        {QStringLiteral("vegetation_sikt"),
         {QStringLiteral("Igenvuxna buskar skymmer sikten"),
          QStringLiteral("Häck behöver klippas vid övergångsställe")}},
        {QStringLiteral("skotsel_underhall"),
         {QStringLiteral("Klotter på elskåp"), QStringLiteral("Trasig papperskorg"),
          QStringLiteral("Nedskräpat vid soprum")}},
        {QStringLiteral("gangstrak"),
         {QStringLiteral("Gropig gångväg, svårt med rullator"), QStringLiteral("Saknas kantsten vid korsning")}},
        {QStringLiteral("overblick"),
         {QStringLiteral("Saknas skyltning till stationen"), QStringLiteral("Återvändsgränd utan insyn")}},
        {QStringLiteral("social_miljo"),
         {QStringLiteral("Grupper samlas vid entrén kvällstid"), QStringLiteral("Tomma lokaler i centrum")}},
        {QStringLiteral("trafiksakerhet"),
         {QStringLiteral("Höga hastigheter förbi skolan"), QStringLiteral("Mopeder på gång- och cykelbanan")}},
        {QStringLiteral("ovrigt"), {QStringLiteral("Övrigt som noterades")}},
    };
    const QStringList &list = texts.at(kind);
    return list.at(random.index(static_cast<int>(list.size())));
}

} // namespace

std::vector<WalkPlan> generateWalks(const Geography &geo, int epsg, Random &random)
{
    const WalkSpec specs[] = {
        {"Trygghetsvandring Hovsjö", QDate(2023, 10, 12), 17.5895, 59.1800, 14, {0.05, 0.1, 0.75, 0.1}},
        {"Trygghetsvandring Ronna", QDate(2024, 10, 17), 17.5975, 59.2068, 22, {0.25, 0.2, 0.5, 0.05}},
        {"Trygghetsvandring Centrum", QDate(2025, 10, 9), 17.6270, 59.1965, 18, {0.6, 0.3, 0.1, 0.0}},
    };
    const QString participants = QStringLiteral("Kommunen, Polisen, Telge Bostäder, Räddningstjänsten, "
                                                "föreningar och boende");
    std::vector<double> kindWeights = {30, 20, 15, 10, 8, 7, 7, 3};
    const std::vector<FindingKind> &kinds = defaultFindingKinds();
    const QDate demoEnd(2025, 12, 31);

    std::vector<WalkPlan> out;
    for (const WalkSpec &spec : specs) {
        WalkPlan plan;
        const PointXY centre = project(spec.lon, spec.lat, epsg).value_or(PointXY{});
        plan.walk.name = QString::fromUtf8(spec.name);
        plan.walk.date = spec.date;
        plan.walk.participants = participants;
        plan.walk.areaId = geo.districtAt(centre);
        // A loop of about 3 km around the centre, kept on land.
        const int n = 14;
        for (int i = 0; i <= n; ++i) {
            const double t = 2.0 * M_PI * (i % n) / n;
            const double r = 420.0 + (i % n == 0 ? 0.0 : random.uniform(-90, 90));
            PointXY p{centre.x + r * std::cos(t), centre.y + r * std::sin(t)};
            if (!geo.isLand(p))
                p = {centre.x + 0.5 * r * std::cos(t), centre.y + 0.5 * r * std::sin(t)};
            plan.walk.route.push_back(i == n ? plan.walk.route.front() : p);
        }
        for (int k = 0; k < spec.findings; ++k) {
            WalkFinding f;
            const size_t seg = static_cast<size_t>(random.index(n));
            const PointXY a = plan.walk.route[seg];
            const PointXY b = plan.walk.route[seg + 1];
            const double t = random.uniform();
            f.position = {a.x + t * (b.x - a.x) + random.normal(0, 12), a.y + t * (b.y - a.y) + random.normal(0, 12)};
            f.kind = kinds[static_cast<size_t>(random.weighted(kindWeights))].code;
            f.description = findingText(f.kind, random);
            f.responsible = responsibleFor(f.kind, random);
            f.status = static_cast<FindingStatus>(random.weighted(spec.status));
            f.dueDate = spec.date.addDays(30 + random.index(90));
            if (f.status == FindingStatus::Fixed)
                f.fixedDate = std::min(spec.date.addDays(7 + random.index(200)), demoEnd);
            plan.findings.push_back(f);
        }
        out.push_back(std::move(plan));
    }
    return out;
}

} // namespace lb::demo
