#include "analysis/walk_proposals.h"

#include "analysis/dbscan.h"
#include "analysis/walk_order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {
struct WalkProposalsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::WalkProposals)
};

struct Candidate {
    WalkPoint point;
    double primary = 0.0;      // larger ranks first
    double secondary = 0.0;    // then larger
    std::int64_t tieBreak = 0; // then smaller
};

QString label(const std::map<QString, QString> &labels, const QString &code)
{
    const auto it = labels.find(code);
    return it == labels.end() || it->second.isEmpty() ? code : it->second;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Places closer than `radius` to each other, chained: DBSCAN with one point per core.
std::vector<std::vector<std::size_t>> chainedGroups(std::span<const PointXY> points, double radius, Feedback &feedback)
{
    const DbscanResult r = dbscan(points, {radius, 1}, feedback);
    std::vector<std::vector<std::size_t>> out(static_cast<std::size_t>(std::max(r.clusterCount, 0)));
    for (std::size_t i = 0; i < r.label.size(); ++i)
        if (r.label[i] >= 0)
            out[static_cast<std::size_t>(r.label[i])].push_back(i);
    return out;
}

PointXY centroid(std::span<const PointXY> points, const std::vector<std::size_t> &members)
{
    PointXY c;
    for (std::size_t i : members) {
        c.x += points[i].x;
        c.y += points[i].y;
    }
    const double n = static_cast<double>(members.size());
    return {c.x / n, c.y / n};
}

// The member with the most other members within `radius` (the earliest of equals): a real spot in
// the thick of the cluster, where a centroid of a long chained cluster could fall anywhere.
std::size_t densestMember(std::span<const PointXY> points, const std::vector<std::size_t> &members, double radius)
{
    std::map<std::pair<long long, long long>, std::vector<std::size_t>> cells;
    const auto cell = [&](PointXY p) {
        return std::pair<long long, long long>{static_cast<long long>(std::floor(p.x / radius)),
                                               static_cast<long long>(std::floor(p.y / radius))};
    };
    for (std::size_t i : members)
        cells[cell(points[i])].push_back(i);
    std::size_t best = members.front(), bestCount = 0;
    for (std::size_t i : members) {
        const auto [cx, cy] = cell(points[i]);
        std::size_t count = 0;
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy)
                if (const auto it = cells.find({cx + dx, cy + dy}); it != cells.end())
                    for (std::size_t j : it->second)
                        count += std::hypot(points[i].x - points[j].x, points[i].y - points[j].y) <= radius;
        if (count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

QString nearestStreet(PointXY p, std::span<const BaseFeature> streets, double within)
{
    QString best;
    double bestDistance = within;
    for (const BaseFeature &s : streets) {
        if (s.name.isEmpty())
            continue;
        for (const LineString &line : s.lines)
            if (const double d = distanceToLine(p, line); d <= bestDistance) {
                bestDistance = d;
                best = s.name;
            }
    }
    return best;
}

void rank(std::vector<Candidate> &list)
{
    std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        if (a.primary != b.primary)
            return a.primary > b.primary;
        if (a.secondary != b.secondary)
            return a.secondary > b.secondary;
        return a.tieBreak < b.tieBreak;
    });
}

Candidate single(PointXY position, WalkPointReason reason, const QString &table, FeatureId id)
{
    Candidate c;
    c.point.position = position;
    c.point.reason = reason;
    c.point.sourceTable = table;
    c.point.sourceId = id;
    c.point.weight = 1;
    c.tieBreak = id;
    return c;
}
} // namespace

QStringList defaultServiceSources(const QStringList &sources)
{
    QStringList out;
    for (const QString &s : sources) {
        const QString folded = s.toCaseFolded();
        if (folded.contains(QStringLiteral("e-tjänst")) || folded.contains(QStringLiteral("etjänst")) ||
            folded.contains(QStringLiteral("e-service")))
            out << s;
    }
    return out;
}

Result<WalkProposalResult> proposeWalkPoints(const WalkProposalInput &in, const WalkProposalParameters &par,
                                             Feedback &feedback)
{
    if (!in.walkDate.isValid())
        return Error{WalkProposalsTr::tr("The walk has no date.")};
    const bool byRoute = in.route.size() >= 2;
    if (!byRoute && in.area.empty())
        return Error{WalkProposalsTr::tr("Choose a district or draw a route for the walk.")};
    const auto inside = [&](PointXY p) {
        return byRoute ? distanceToLine(p, in.route) <= par.routeDistance : contains(in.area, p);
    };
    WalkProposalResult result;
    result.start = byRoute ? in.route.front() : westmostPoint(in.area);
    std::array<std::vector<Candidate>, 4> lists;

    // Findings of earlier walks that are still open or in progress.
    std::map<FeatureId, QDate> walkDate;
    for (const Walk &w : in.walks)
        walkDate[w.id] = w.date;
    for (const WalkFinding &f : in.findings) {
        if ((f.status != FindingStatus::Open && f.status != FindingStatus::InProgress) || f.walkId == in.walkId)
            continue;
        const auto found = walkDate.find(f.walkId);
        if (found == walkDate.end() || !found->second.isValid() || found->second >= in.walkDate || !inside(f.position))
            continue;
        const int days = static_cast<int>(found->second.daysTo(in.walkDate));
        Candidate c = single(f.position, WalkPointReason::OpenFinding, QStringLiteral("walk_findings"), f.id);
        const QString kind = label(in.kindLabels, f.kind);
        c.point.why =
            f.status == FindingStatus::Open
                ? WalkProposalsTr::tr("Still open: %1, noted on the walk of %2 (%Ln day(s) ago)", nullptr, days)
                      .arg(kind, dateText(found->second))
                : WalkProposalsTr::tr("Work in progress: %1, noted on the walk of %2 (%Ln day(s) ago)", nullptr, days)
                      .arg(kind, dateText(found->second));
        c.primary = days;
        lists[0].push_back(std::move(c));
    }

    // Places marked unsafe in the latest survey round up to the walk's year that has pins.
    const Survey *round = nullptr;
    for (const Survey &s : in.surveys) {
        if (s.year > in.walkDate.year())
            continue;
        const bool hasPins =
            std::any_of(in.pins.begin(), in.pins.end(), [&](const SurveyPin &p) { return p.surveyId == s.id; });
        if (hasPins && (!round || s.year > round->year || (s.year == round->year && s.id > round->id)))
            round = &s;
    }
    if (round) {
        result.surveyName = round->name;
        std::vector<PointXY> positions;
        std::vector<FeatureId> ids;
        for (const SurveyPin &p : in.pins)
            if (p.surveyId == round->id && p.rating >= 1 && p.rating <= par.unsafeRating && inside(p.position)) {
                positions.push_back(p.position);
                ids.push_back(p.id);
            }
        for (const auto &members : chainedGroups(positions, par.pinRadius, feedback)) {
            const auto n = static_cast<std::int64_t>(members.size());
            Candidate c = single(centroid(positions, members), WalkPointReason::UnsafePlace,
                                 n == 1 ? QStringLiteral("survey_pins") : QString(), n == 1 ? ids[members[0]] : 0);
            c.point.weight = n;
            c.point.why =
                WalkProposalsTr::tr("%Ln resident(s) marked this place unsafe in %1", nullptr, static_cast<int>(n))
                    .arg(round->name);
            c.primary = static_cast<double>(n);
            c.tieBreak = ids[members[0]];
            lists[1].push_back(std::move(c));
        }
    }

    // Incidents of the months before the walk: e-service reports on their own, the rest clustered.
    const Instant windowEnd = QDateTime(in.walkDate, QTime(0, 0), in.timeZone).toSecsSinceEpoch();
    const Instant windowBegin =
        QDateTime(in.walkDate.addMonths(-par.incidentMonths), QTime(0, 0), in.timeZone).toSecsSinceEpoch();
    QStringList sources;
    for (const Incident &i : in.incidents)
        if (!sources.contains(i.source))
            sources << i.source;
    result.serviceSources = par.serviceSources.isEmpty() ? defaultServiceSources(sources) : par.serviceSources;
    std::vector<PointXY> clusterPoints, servicePoints;
    std::vector<const Incident *> clusterIncidents, serviceIncidents;
    for (const Incident &i : in.incidents) {
        if (i.occurredAt < windowBegin || i.occurredAt >= windowEnd || !inside(i.position))
            continue;
        if (in.sensitiveCategories.count(i.category)) {
            ++result.sensitiveLeftOut;
            continue;
        }
        if (isCentrePlaced(i.locationPrecision)) {
            ++result.centrePlacedLeftOut;
            continue;
        }
        const bool service = result.serviceSources.contains(i.source);
        (service ? servicePoints : clusterPoints).push_back(i.position);
        (service ? serviceIncidents : clusterIncidents).push_back(&i);
    }
    if (feedback.isCanceled()) {
        result.canceled = true;
        return result;
    }
    const DbscanResult clusters =
        dbscan(clusterPoints, {par.clusterRadius, std::max<std::size_t>(par.clusterMinPoints, 1)}, feedback);
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(std::max(clusters.clusterCount, 0)));
    for (std::size_t i = 0; i < clusters.label.size(); ++i)
        if (clusters.label[i] >= 0)
            members[static_cast<std::size_t>(clusters.label[i])].push_back(i);
    for (const auto &m : members) {
        std::map<QString, int> perCategory;
        FeatureId firstId = std::numeric_limits<FeatureId>::max();
        for (std::size_t i : m) {
            ++perCategory[label(in.categoryLabels, clusterIncidents[i]->category)];
            firstId = std::min(firstId, clusterIncidents[i]->id);
        }
        const auto most = std::max_element(perCategory.begin(), perCategory.end(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        Candidate c = single(clusterPoints[densestMember(clusterPoints, m, par.clusterRadius)],
                             WalkPointReason::IncidentCluster, QString(), 0);
        const auto n = static_cast<std::int64_t>(m.size());
        c.point.weight = n;
        c.point.why = WalkProposalsTr::tr("%Ln incident(s) in the %1 months before the walk, most often %2", nullptr,
                                          static_cast<int>(n))
                          .arg(QLocale().toString(par.incidentMonths), most->first);
        c.primary = static_cast<double>(n);
        c.tieBreak = firstId;
        lists[2].push_back(std::move(c));
    }
    for (const auto &m : chainedGroups(servicePoints, par.pinRadius, feedback)) {
        const Incident *latest = serviceIncidents[m.front()];
        for (std::size_t i : m)
            if (serviceIncidents[i]->occurredAt > latest->occurredAt ||
                (serviceIncidents[i]->occurredAt == latest->occurredAt && serviceIncidents[i]->id < latest->id))
                latest = serviceIncidents[i];
        const auto n = static_cast<std::int64_t>(m.size());
        Candidate c = single(centroid(servicePoints, m), WalkPointReason::ServiceReport,
                             n == 1 ? QStringLiteral("incidents") : QString(), n == 1 ? latest->id : 0);
        c.point.weight = n;
        const QDate day = QDateTime::fromSecsSinceEpoch(latest->occurredAt, in.timeZone).date();
        c.point.why =
            WalkProposalsTr::tr("%Ln report(s) in the e-service, the latest on %1: %2", nullptr, static_cast<int>(n))
                .arg(dateText(day), label(in.categoryLabels, latest->category));
        c.primary = static_cast<double>(n);
        c.secondary = static_cast<double>(latest->occurredAt);
        c.tieBreak = latest->id;
        lists[3].push_back(std::move(c));
    }

    // The sources take turns, each in its own rank order, until the cap.
    std::size_t total = 0;
    for (std::size_t k = 0; k < lists.size(); ++k) {
        rank(lists[k]);
        result.candidates[k] = lists[k].size();
        total += lists[k].size();
    }
    const std::size_t keep = par.maxPoints == 0 ? total : std::min(total, par.maxPoints);
    std::vector<WalkPoint> kept;
    for (std::size_t turn = 0; kept.size() < keep; ++turn)
        for (auto &list : lists)
            if (turn < list.size() && kept.size() < keep)
                kept.push_back(std::move(list[turn].point));
    result.leftOut = total - kept.size();

    std::vector<PointXY> positions;
    for (const WalkPoint &p : kept)
        positions.push_back(p.position);
    const std::vector<std::size_t> order = walkingOrder(result.start, positions);
    if (!order.empty())
        result.lengthMetres = walkLength(positions[order.front()], positions, order);
    for (std::size_t i : order) {
        WalkPoint p = std::move(kept[i]);
        p.walkId = in.walkId;
        p.number = static_cast<int>(result.points.size() + 1);
        p.place = nearestStreet(p.position, in.streets, par.placeDistance);
        result.points.push_back(std::move(p));
    }
    return result;
}

} // namespace lb::analysis
