#include "analysis/walk_followup.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {
struct WalkFollowupTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::WalkFollowup)
};

struct Accumulator {
    FollowupGroup group;
    std::vector<double> days;

    void add(FindingStatus s, int daysToFix, bool overdue)
    {
        ++group.counts[static_cast<std::size_t>(s)];
        ++group.total;
        if (daysToFix >= 0)
            days.push_back(daysToFix);
        if (overdue)
            ++group.overdue;
    }
    FollowupGroup finish()
    {
        group.fixedWithDates = static_cast<long long>(days.size());
        group.medianDaysToFix = median(std::move(days));
        return group;
    }
};
} // namespace

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

Result<WalkFollowupResult> walkFollowup(const WalkFollowupInput &in, const WalkFollowupParameters &par,
                                        Feedback &feedback)
{
    const std::size_t n = in.status.size();
    auto sized = [n](auto span) {
        return span.empty() || span.size() == n;
    };
    if (in.found.size() != n || !sized(in.fixed) || !sized(in.kind) || !sized(in.responsible))
        return Error{WalkFollowupTr::tr("Every finding needs a status and the date of its walk.")};
    if (!par.referenceDate.isValid())
        return Error{WalkFollowupTr::tr("The follow-up needs a reference date.")};

    auto groupCount = [](const QStringList &names, std::span<const std::uint16_t> idx) {
        int m = static_cast<int>(names.size());
        for (std::uint16_t v : idx)
            m = std::max(m, static_cast<int>(v) + 1);
        return static_cast<std::size_t>(m);
    };
    std::vector<Accumulator> kinds(groupCount(in.kindNames, in.kind));
    std::vector<Accumulator> resp(groupCount(in.responsibleNames, in.responsible));
    for (std::size_t k = 0; k < kinds.size(); ++k)
        kinds[k].group.name =
            k < static_cast<std::size_t>(in.kindNames.size()) ? in.kindNames[static_cast<int>(k)] : QString::number(k);
    for (std::size_t k = 0; k < resp.size(); ++k)
        resp[k].group.name = k < static_cast<std::size_t>(in.responsibleNames.size())
                                 ? in.responsibleNames[static_cast<int>(k)]
                                 : QString::number(k);
    Accumulator all;
    all.group.name = WalkFollowupTr::tr("All findings");

    WalkFollowupResult r;
    r.ageDays.assign(n, -1);
    r.statusAsOf.assign(n, FindingStatus::Open);
    long long missingDate = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!in.found[i].isValid()) {
            ++missingDate;
            continue;
        }
        if (in.found[i] > par.referenceDate) {
            ++r.notYetFound;
            continue;
        }
        const QDate fixed = in.fixed.empty() ? QDate() : in.fixed[i];
        FindingStatus s = in.status[i];
        if (s == FindingStatus::Fixed && fixed.isValid() && fixed > par.referenceDate)
            s = FindingStatus::Open; // fixed later: it was still open on the reference date
        r.statusAsOf[i] = s;
        const int age = static_cast<int>(in.found[i].daysTo(par.referenceDate));
        r.ageDays[i] = age;
        int daysToFix = -1;
        if (s == FindingStatus::Fixed && fixed.isValid()) {
            daysToFix = static_cast<int>(in.found[i].daysTo(fixed));
            if (daysToFix < 0) {
                ++r.fixedBeforeFound;
                daysToFix = -1;
            }
        }
        const bool open = s == FindingStatus::Open || s == FindingStatus::InProgress;
        const bool overdue = open && age > par.overdueAfterDays;
        if (overdue)
            r.overdue.push_back(i);
        all.add(s, daysToFix, overdue);
        if (!in.kind.empty())
            kinds[in.kind[i]].add(s, daysToFix, overdue);
        if (!in.responsible.empty())
            resp[in.responsible[i]].add(s, daysToFix, overdue);
    }
    if (feedback.isCanceled())
        return r;
    std::stable_sort(r.overdue.begin(), r.overdue.end(),
                     [&](std::size_t a, std::size_t b) { return r.ageDays[a] > r.ageDays[b]; });
    r.all = all.finish();
    for (Accumulator &a : kinds)
        r.byKind.push_back(a.finish());
    for (Accumulator &a : resp)
        r.byResponsible.push_back(a.finish());

    if (r.notYetFound > 0)
        r.notes << WalkFollowupTr::tr("%1 findings come from walks after %2 and are not counted.")
                       .arg(r.notYetFound)
                       .arg(par.referenceDate.toString(Qt::ISODate));
    if (missingDate > 0)
        r.notes << WalkFollowupTr::tr("%1 findings have no walk date and are not counted.").arg(missingDate);
    if (r.fixedBeforeFound > 0)
        r.notes << WalkFollowupTr::tr("%1 findings are marked fixed before the walk that found them; check the dates. "
                                      "They are left out of the time to fix.")
                       .arg(r.fixedBeforeFound);
    r.notes << WalkFollowupTr::tr("As of %1: %2 of %3 findings fixed, median %4 days from walk to fix; %5 open "
                                  "or in progress for more than %6 days.")
                   .arg(par.referenceDate.toString(Qt::ISODate))
                   .arg(r.all.counts[static_cast<std::size_t>(FindingStatus::Fixed)])
                   .arg(r.all.total)
                   .arg(std::isnan(r.all.medianDaysToFix) ? QStringLiteral("–")
                                                          : QString::number(r.all.medianDaysToFix))
                   .arg(r.all.overdue)
                   .arg(par.overdueAfterDays);
    return r;
}

} // namespace lb::analysis
