// The walk-by-walk part of the lägesbild report's safety-walk follow-up: each walk up to the end of
// the year, a year after it (or at the end of the year when that comes first) — findings, how many
// were fixed, how many were still open, how many rejected and the median days to fix. Walks of
// other districts are left out of a district's report. Counts go through the document, so a public
// report hides the small ones.

#include "report/chart_sources.h"
#include "report/followup_list.h"
#include "report/report_sections.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lb::report {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::LagesbildReport)
};
} // namespace

void appendWalkSummariesSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                                Feedback &feedback)
{
    auto summaries = walkSummaries(store, QDate(settings.year, 12, 31), feedback);
    if (!summaries) {
        doc.paragraph(summaries.errorMessage());
        return;
    }
    std::optional<Area> district;
    if (!settings.district.isEmpty())
        district = findArea(store, settings.district);
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const WalkSummary &s : *summaries) {
        if (district && s.walk.areaId != district->id)
            continue;
        rows.push_back(
            {s.walk.name, locale.toString(s.walk.date, QLocale::ShortFormat),
             locale.toString(s.asOf, QLocale::ShortFormat), doc.count(s.total), doc.count(s.fixed),
             doc.count(s.stillOpen), doc.count(s.rejected),
             std::isnan(s.medianDaysToFix) ? QStringLiteral("–") : locale.toString(s.medianDaysToFix, 'f', 0)});
    }
    if (rows.empty())
        return;
    doc.heading(Tr::tr("Each walk a year later"), 3);
    doc.table({Tr::tr("Walk"), Tr::tr("Date"), Tr::tr("As of"), Tr::tr("Findings"), Tr::tr("Fixed"),
               Tr::tr("Still open"), Tr::tr("Rejected"), Tr::tr("Median days to fix")},
              rows);
}

} // namespace lb::report
