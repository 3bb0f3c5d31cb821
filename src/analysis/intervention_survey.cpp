#include "analysis/intervention_survey.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace lb::analysis {

namespace {
struct SurveyTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::InterventionSurvey)
};

// The last round before the start year and the first after it, pooling rounds of the same year.
SurveyAreaChange compare(const std::vector<SurveyRoundCount> &rounds, int startYear, double confidence)
{
    std::optional<SurveyRoundCount> before, after;
    const auto add = [](std::optional<SurveyRoundCount> &slot, const SurveyRoundCount &r) {
        if (!slot || slot->year != r.year) {
            slot = r;
            return;
        }
        slot->respondents += r.respondents;
        slot->yes += r.yes;
    };
    std::vector<SurveyRoundCount> sorted = rounds;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
    for (const SurveyRoundCount &r : sorted) {
        if (r.respondents <= 0.0)
            continue;
        if (r.year < startYear && (!before || r.year >= before->year))
            add(before, r);
        if (r.year > startYear && (!after || r.year == after->year))
            add(after, r);
    }
    SurveyAreaChange c;
    if (!before || !after)
        return c;
    c.measured = true;
    c.beforeYear = before->year;
    c.afterYear = after->year;
    c.before = wilsonInterval(before->yes, before->respondents, confidence);
    c.after = wilsonInterval(after->yes, after->respondents, confidence);
    c.change = compareProportions(before->yes, before->respondents, after->yes, after->respondents, confidence);
    return c;
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0);
}

QString points(double difference)
{
    return QLocale().toString(100.0 * difference, 'f', 0);
}

QString areaPart(const SurveyAreaChange &c)
{
    return SurveyTr::tr("from %1 % (%2) to %3 % (%4), a change of %5 percentage points (95 % CI %6 to %7)")
        .arg(percent(c.before.estimate))
        .arg(c.beforeYear)
        .arg(percent(c.after.estimate))
        .arg(c.afterYear)
        .arg(points(c.change.difference), points(c.change.lower), points(c.change.upper));
}
} // namespace

InterventionSurveyResult surveyBeforeAfter(const std::vector<SurveyIndicatorInput> &indicators, int startYear,
                                           double confidence)
{
    InterventionSurveyResult result;
    for (const SurveyIndicatorInput &in : indicators) {
        SurveyIndicatorChange out;
        out.indicator = in.indicator;
        out.target = compare(in.target, startYear, confidence);
        out.comparison = compare(in.comparison, startYear, confidence);
        if (!out.target.measured) {
            result.notes << SurveyTr::tr("%1: the target districts have no survey round both before %2 and after "
                                         "it, so the survey cannot show a change.")
                                .arg(in.label)
                                .arg(startYear);
        } else {
            out.sentence = SurveyTr::tr("%1 in the target districts: %2.").arg(in.label, areaPart(out.target));
            if (out.comparison.measured)
                out.sentence +=
                    QLatin1Char(' ') + SurveyTr::tr("In the comparison area: %1.").arg(areaPart(out.comparison));
        }
        result.indicators.push_back(std::move(out));
    }
    return result;
}

} // namespace lb::analysis
