#include "analysis/survey_stats.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lb::analysis {

namespace {
struct SurveyStatsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::SurveyStats)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1);
}

QString formatP(double p)
{
    if (p < 0.001)
        return SurveyStatsTr::tr("p < %1").arg(QLocale().toString(0.001, 'f', 3));
    return SurveyStatsTr::tr("p = %1").arg(QLocale().toString(p, 'f', p < 0.01 ? 3 : 2));
}

QString sentenceFor(const QString &what, const SurveyShare &a, const SurveyShare &b, const SurveyChange &c,
                    double alpha, double confidence)
{
    QString s = SurveyStatsTr::tr("%1: %2 % in %3 (%4 respondents) and %5 % in %6 (%7 respondents).")
                    .arg(what, percent(a.share.estimate))
                    .arg(a.year)
                    .arg(a.respondents)
                    .arg(percent(b.share.estimate))
                    .arg(b.year)
                    .arg(b.respondents);
    if (c.toYear - c.fromYear > 1)
        s += QLatin1Char(' ') + SurveyStatsTr::tr("There was no round in between; the rounds are %1 years apart.")
                                    .arg(c.toYear - c.fromYear);
    s += QLatin1Char(' ') + SurveyStatsTr::tr("The change is %1 percentage points (%2 % interval %3 to %4).")
                                .arg(QLocale().toString(100.0 * c.comparison.difference, 'f', 1))
                                .arg(QLocale().toString(100.0 * confidence, 'f', 0))
                                .arg(QLocale().toString(100.0 * c.comparison.lower, 'f', 1))
                                .arg(QLocale().toString(100.0 * c.comparison.upper, 'f', 1));
    if (c.qValue <= alpha)
        s += QLatin1Char(' ') + SurveyStatsTr::tr("A difference this large would be unlikely if the true share had "
                                                  "stayed the same (%1).")
                                    .arg(formatP(c.qValue));
    else if (c.comparison.pValue <= alpha)
        s += QLatin1Char(' ') + SurveyStatsTr::tr("On its own the difference would count as significant (%1), but "
                                                  "not once the other districts compared at the same time are taken "
                                                  "into account (adjusted %2).")
                                    .arg(formatP(c.comparison.pValue), formatP(c.qValue));
    else
        s += QLatin1Char(' ') + SurveyStatsTr::tr("A difference of this size could well come from who happened to "
                                                  "answer (%1); it does not show a change.")
                                    .arg(formatP(c.comparison.pValue));
    return s;
}

} // namespace

Result<SurveyShareResult> surveyShares(const SurveyShareInput &in, const SurveyShareParameters &par)
{
    const std::size_t n = in.year.size();
    if (in.district.size() != n || in.respondents.size() != n || in.yes.size() != n)
        return Error{SurveyStatsTr::tr("Survey answers need a year, a district, respondents and a count per row.")};
    SurveyShareResult r;
    if (n == 0)
        return r;
    int nd = static_cast<int>(in.districtNames.size());
    const auto [yLo, yHi] = std::minmax_element(in.year.begin(), in.year.end());
    for (std::size_t i = 0; i < n; ++i) {
        if (in.district[i] < 0)
            return Error{SurveyStatsTr::tr("Row %1 has no district.").arg(i + 1)};
        if (!(in.respondents[i] >= 0.0) || !(in.yes[i] >= 0.0) || in.yes[i] > in.respondents[i])
            return Error{SurveyStatsTr::tr("Row %1: %2 yes out of %3 respondents is not possible.")
                             .arg(i + 1)
                             .arg(in.yes[i])
                             .arg(in.respondents[i])};
        nd = std::max(nd, in.district[i] + 1);
    }
    for (int y = *yLo; y <= *yHi; ++y)
        r.years.push_back(y);
    const std::size_t ny = r.years.size();

    // Sums per district and year; the whole area in the extra row nd.
    const int rowsCount = nd + (par.wholeArea ? 1 : 0);
    std::vector<double> resp(static_cast<std::size_t>(rowsCount) * ny, 0.0), yes(resp.size(), 0.0);
    std::vector<std::uint8_t> measured(resp.size(), 0);
    std::map<int, int> districtsPerYear;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t y = static_cast<std::size_t>(in.year[i] - *yLo);
        for (int row : {in.district[i], par.wholeArea ? nd : -1}) {
            if (row < 0)
                continue;
            const std::size_t k = static_cast<std::size_t>(row) * ny + y;
            resp[k] += in.respondents[i];
            yes[k] += in.yes[i];
            measured[k] = 1;
        }
    }
    for (int row = 0; row < rowsCount; ++row)
        for (std::size_t y = 0; y < ny; ++y) {
            const std::size_t k = static_cast<std::size_t>(row) * ny + y;
            SurveyShare s;
            s.district = row == nd ? -1 : row;
            s.year = r.years[y];
            s.measured = measured[k] && resp[k] > 0.0;
            s.respondents = resp[k];
            s.yes = yes[k];
            s.share = s.measured ? wilsonInterval(yes[k], resp[k], par.confidence) : Proportion{kNaN, kNaN, kNaN};
            r.shares.push_back(s);
        }

    // Changes between consecutive measured rounds of each row.
    for (int row = 0; row < rowsCount; ++row) {
        const SurveyShare *previous = nullptr;
        for (std::size_t y = 0; y < ny; ++y) {
            const SurveyShare &s = r.shares[static_cast<std::size_t>(row) * ny + y];
            if (!s.measured)
                continue;
            if (previous) {
                SurveyChange c;
                c.district = s.district;
                c.fromYear = previous->year;
                c.toYear = s.year;
                c.comparison =
                    compareProportions(previous->yes, previous->respondents, s.yes, s.respondents, par.confidence);
                r.changes.push_back(c);
            }
            previous = &s;
        }
    }
    // BH per pair of rounds over the districts compared between them. The whole area is one test
    // of its own, the headline figure, and is not adjusted.
    std::map<std::pair<int, int>, std::vector<std::size_t>> families;
    for (std::size_t i = 0; i < r.changes.size(); ++i)
        if (r.changes[i].district >= 0)
            families[{r.changes[i].fromYear, r.changes[i].toYear}].push_back(i);
        else
            r.changes[i].qValue = r.changes[i].comparison.pValue;
    for (const auto &[key, members] : families) {
        std::vector<double> p;
        for (std::size_t i : members)
            p.push_back(r.changes[i].comparison.pValue);
        const std::vector<double> q = fdrAdjusted(p);
        for (std::size_t k = 0; k < members.size(); ++k)
            r.changes[members[k]].qValue = q[k];
    }
    for (SurveyChange &c : r.changes) {
        const int row = c.district < 0 ? nd : c.district;
        const SurveyShare &a =
            r.shares[static_cast<std::size_t>(row) * ny + static_cast<std::size_t>(c.fromYear - *yLo)];
        const SurveyShare &b = r.shares[static_cast<std::size_t>(row) * ny + static_cast<std::size_t>(c.toYear - *yLo)];
        const QString what = c.district < 0                         ? SurveyStatsTr::tr("Whole area")
                             : c.district < in.districtNames.size() ? in.districtNames[c.district]
                                                                    : QString::number(c.district);
        c.sentence = sentenceFor(what, a, b, c, par.alpha, par.confidence);
    }
    for (std::size_t y = 0; y < ny; ++y) {
        bool any = false;
        for (int row = 0; row < nd; ++row)
            any = any || measured[static_cast<std::size_t>(row) * ny + y];
        if (!any)
            r.notes
                << SurveyStatsTr::tr("No survey round in %1: the year is left empty, not filled in.").arg(r.years[y]);
    }
    if (par.wholeArea)
        r.notes << SurveyStatsTr::tr("The whole-area share pools all respondents; it is not weighted by population, "
                                     "so districts where more people answered count more.");
    return r;
}

PinClusterResult pinClusters(std::span<const PointXY> points, std::span<const QString> reasons,
                             std::span<const int> ratings, const PinClusterParameters &par, Feedback &feedback)
{
    PinClusterResult r;
    r.dbscan = dbscan(points, par.dbscan, feedback);
    if (r.dbscan.canceled) {
        r.canceled = true;
        return r;
    }
    r.clusters.resize(static_cast<std::size_t>(r.dbscan.clusterCount));
    std::vector<std::map<QString, std::size_t>> reasonCounts(r.clusters.size());
    std::vector<double> ratingSum(r.clusters.size(), 0.0);
    std::vector<std::size_t> rated(r.clusters.size(), 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int c = r.dbscan.label[i];
        if (c < 0)
            continue;
        PinCluster &k = r.clusters[static_cast<std::size_t>(c)];
        k.id = c;
        ++k.size;
        k.centre.x += points[i].x;
        k.centre.y += points[i].y;
        if (i < reasons.size() && !reasons[i].trimmed().isEmpty())
            ++reasonCounts[static_cast<std::size_t>(c)][reasons[i].trimmed()];
        if (i < ratings.size() && ratings[i] > 0) {
            ratingSum[static_cast<std::size_t>(c)] += ratings[i];
            ++rated[static_cast<std::size_t>(c)];
        }
    }
    for (std::size_t c = 0; c < r.clusters.size(); ++c) {
        PinCluster &k = r.clusters[c];
        k.centre.x /= static_cast<double>(k.size);
        k.centre.y /= static_cast<double>(k.size);
        k.meanRating = rated[c] ? ratingSum[c] / static_cast<double>(rated[c]) : kNaN;
        std::vector<std::pair<QString, std::size_t>> sorted(reasonCounts[c].begin(), reasonCounts[c].end());
        // Most common first; equal counts in alphabetical order so the table is stable.
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        if (static_cast<int>(sorted.size()) > par.topReasons)
            sorted.resize(static_cast<std::size_t>(std::max(0, par.topReasons)));
        k.reasons = std::move(sorted);
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int c = r.dbscan.label[i];
        if (c < 0)
            continue;
        PinCluster &k = r.clusters[static_cast<std::size_t>(c)];
        k.radius = std::max(k.radius, std::hypot(points[i].x - k.centre.x, points[i].y - k.centre.y));
    }
    std::stable_sort(r.clusters.begin(), r.clusters.end(),
                     [](const PinCluster &a, const PinCluster &b) { return a.size > b.size; });
    return r;
}

} // namespace lb::analysis
