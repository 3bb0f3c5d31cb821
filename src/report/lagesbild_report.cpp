#include "report/lagesbild_report.h"

#include "render/map_data.h"
#include "render/map_furniture.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "report/analysis_layers.h"
#include "report/chart_builder.h"
#include "report/chart_exporter.h"
#include "report/report_document.h"
#include "report/report_part.h"
#include "report/report_sections.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QTextDocumentWriter>

#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::LagesbildReport)
};

const QSizeF kChartMm{170.0, 100.0};
constexpr double kImageDpi = 150.0;

QString percentText(double share)
{
    return std::isnan(share) ? QStringLiteral("–") : QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString changeText(const analysis::TrendChange &c)
{
    if (std::isnan(c.percent))
        return QStringLiteral("–");
    return (c.percent > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(c.percent, 'f', 0) +
           QStringLiteral(" %");
}

// The map of the scope as an image with legend, scale bar and north arrow.
QImage mapImage(const std::shared_ptr<const render::MapData> &data, render::LayerList layers, QStringList visible,
                const Extent &extent, const DisclosureRules &rules, Feedback &feedback)
{
    render::MapSettings map;
    map.setExtent(extent.buffered(0.03 * std::max(extent.width(), extent.height())));
    map.setOutputSize(QSize(1500, 1100));
    map.setOutputDpi(kImageDpi);
    map.setEpsg(data->epsg);
    map.setVisibleLayers(visible);
    map.setDisclosure(rules);
    QImage image = render::renderImage(map, layers, feedback);
    QPainter painter(&image);
    render::drawStandardFurniture(painter, map);
    render::drawLegend(painter, map, layers, QPointF(12, 12), kImageDpi / 96.0 * 0.8);
    return image;
}
} // namespace

Result<ReportOutcome> buildReport(const store::StoreReader &store, const ReportSettings &settings, Feedback &feedback)
{
    if (settings.year < 1900)
        return Error{Tr::tr("Give the year the report is about.")};
    ChartScope scope;
    scope.district = settings.district;
    scope.fromYear = settings.year - 4;
    scope.toYear = settings.year;
    ChartOptions options;
    options.isPublic = settings.isPublic;
    options.rules = settings.rules;
    const QString scopeName = settings.district.isEmpty() ? store.name() : settings.district;
    const QLocale locale;

    ReportPart counting(feedback, 0, 15, Tr::tr("Counting the incidents"));
    auto byCategory = loadYearlyTrends(store, scope, true, false, counting.feedback());
    if (!byCategory)
        return Error{byCategory.errorMessage()};
    auto total = loadYearlyTrends(store, scope, false, false, counting.feedback());
    auto byDistrict = loadYearlyTrends(store, scope, false, true, counting.feedback());
    auto profile =
        loadTimeProfile(store, ChartScope{settings.district, settings.year, settings.year, {}}, counting.feedback());
    if (!total || !byDistrict || !profile)
        return Error{!total ? total.errorMessage() : !byDistrict ? byDistrict.errorMessage() : profile.errorMessage()};
    auto survey = loadSurveyShares(store, scope, {});
    auto followup = loadFollowup(store, scope, counting.feedback());

    ReportDocument doc(settings.isPublic, settings.rules);
    ReportOutcome outcome;
    outcome.title = Tr::tr("Lägesbild %1: %2").arg(settings.year).arg(scopeName);
    const QString audience =
        settings.isPublic
            ? Tr::tr("Public version: counts under %1 are suppressed and sensitive incidents are shown only as counts.")
                  .arg(settings.rules.minCount)
            : Tr::tr("Internal version: not for publication.");
    outcome.footer =
        settings.isPublic
            ? Tr::tr("%1 · public version, counts under %2 suppressed").arg(outcome.title).arg(settings.rules.minCount)
            : Tr::tr("%1 · internal version, not for publication").arg(outcome.title);

    // ---- Summary -----------------------------------------------------------------------------
    const analysis::TrendResult &t = total->result;
    const auto yearIndex = [&](const analysis::TrendResult &r) -> qsizetype {
        for (std::size_t k = 0; k < r.periods.size(); ++k)
            if (r.periods[k].key == settings.year)
                return qsizetype(k);
        return -1;
    };
    const qsizetype yi = yearIndex(t);
    const long long yearCount = yi >= 0 && !t.groups.empty() ? t.count(0, std::size_t(yi)) : 0;
    doc.heading(outcome.title, 1);
    doc.note(audience);
    doc.heading(Tr::tr("Summary"));
    doc.paragraph(
        Tr::tr("In %1, %2 incidents were recorded in %3.").arg(settings.year).arg(doc.count(yearCount)).arg(scopeName));
    QStringList changes;
    for (const analysis::TrendChange &c : t.samePeriod)
        changes << c.sentence;
    QStringList significant;
    for (const analysis::TrendChange &c : byCategory->result.samePeriod)
        if (c.qValue < 0.05 && !doc.leftOut(c.count) && !doc.leftOut(c.referenceCount))
            significant << c.sentence;
    doc.bullets(changes);
    if (significant.isEmpty())
        doc.paragraph(Tr::tr("No category changed more than chance would explain."));
    else {
        doc.paragraph(Tr::tr("Categories that changed more than chance would explain:"));
        doc.bullets(significant);
    }
    if (survey)
        for (const analysis::SurveyChange &c : survey->result.changes)
            if (c.district < 0 && c.toYear == survey->result.years.back())
                doc.paragraph(c.sentence);
    if (followup) {
        const analysis::FollowupGroup &g = followup->result.all;
        doc.paragraph(Tr::tr("As of %1, %2 of %3 safety-walk findings were fixed and %4 were still open; %5 had been "
                             "open longer than 90 days.")
                          .arg(locale.toString(followup->asOf, QLocale::ShortFormat))
                          .arg(doc.count(g.counts[2]))
                          .arg(doc.count(g.total))
                          .arg(doc.count(g.counts[0] + g.counts[1]))
                          .arg(doc.count(g.overdue)));
    }

    // ---- Maps --------------------------------------------------------------------------------
    if (feedback.isCanceled())
        return Error{Tr::tr("The report was canceled.")};
    ReportPart maps(feedback, 15, 70, Tr::tr("Drawing the maps"));
    auto data = render::loadMapData(store.path(), maps.feedback());
    if (!data)
        return Error{data.errorMessage()};
    Extent extent = (*data)->fullExtent;
    store::IncidentFilter yearFilter;
    yearFilter.span = TimeSpan::years(settings.year, settings.year, store.timeZone());
    if (!settings.district.isEmpty()) {
        const auto area = findArea(store, settings.district);
        if (!area)
            return Error{Tr::tr("No area called %1 in the store.").arg(settings.district)};
        extent = extentOf(area->geometry);
        yearFilter.areaId = area->id;
    }
    const DisclosureRules mapRules{false, settings.rules.minCount}; // never single sensitive points
    render::LayerList layers = render::createStandardLayers(*data);
    doc.pageBreak();
    doc.heading(Tr::tr("Overview map"));
    doc.image(mapImage(*data, layers, render::standardLayerIds(), extent, mapRules, maps.feedback()));
    doc.note(Tr::tr("Incidents of sensitive categories are shown only as counts per district."));
    auto hot = hotspotLayer(store, yearFilter, Tr::tr("Hot spots (Gi*) %1").arg(settings.year), maps.feedback());
    doc.heading(Tr::tr("Hot spots"));
    if (hot) {
        layers.push_back(hot->layer);
        doc.image(mapImage(*data, layers,
                           {QStringLiteral("municipality"), QStringLiteral("water"), QStringLiteral("roads"),
                            QStringLiteral("districts"), QStringLiteral("hotspots")},
                           extent, mapRules, maps.feedback()));
        doc.bullets(hot->explanation);
    } else {
        doc.paragraph(Tr::tr("No hot spot analysis: %1").arg(hot.errorMessage()));
    }

    // ---- Trends ------------------------------------------------------------------------------
    doc.pageBreak();
    if (feedback.isCanceled())
        return Error{Tr::tr("The report was canceled.")};
    feedback.setProgress(70, Tr::tr("Drawing the charts"));
    doc.heading(Tr::tr("Trends by category"));
    const Chart perYear = perYearChart(*byCategory, options);
    doc.image(chartImage(perYear, kChartMm, kImageDpi));
    const analysis::TrendResult &c = byCategory->result;
    QStringList header{Tr::tr("Category")};
    for (const analysis::TrendPeriodInfo &p : c.periods)
        header << p.label;
    header << Tr::tr("Change");
    std::vector<QStringList> rows;
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
        long long sum = 0;
        for (std::size_t k = 0; k < c.periods.size(); ++k)
            sum += c.count(g, k);
        if (sum == 0)
            continue;
        if (doc.leftOut(sum)) {
            doc.countLeftOut();
            continue;
        }
        QStringList row{c.groups[g].label};
        for (std::size_t k = 0; k < c.periods.size(); ++k)
            row << doc.count(c.count(g, k));
        const bool hidden = g < c.samePeriod.size() &&
                            (doc.leftOut(c.samePeriod[g].count) || doc.leftOut(c.samePeriod[g].referenceCount));
        row << (g < c.samePeriod.size() && !hidden ? changeText(c.samePeriod[g]) : QStringLiteral("–"));
        rows.push_back(row);
    }
    doc.table(header, rows);
    doc.bullets(c.notes);
    doc.image(chartImage(changeChart(*byCategory, options), kChartMm, kImageDpi));

    doc.heading(Tr::tr("Trends by district"));
    const analysis::TrendResult &d = byDistrict->result;
    header = QStringList{Tr::tr("District")};
    for (const analysis::TrendPeriodInfo &p : d.periods)
        header << p.label;
    header << Tr::tr("Change");
    rows.clear();
    for (std::size_t g = 0; g < d.groups.size(); ++g) {
        long long sum = 0;
        for (std::size_t k = 0; k < d.periods.size(); ++k)
            sum += d.count(g, k);
        if (sum == 0)
            continue;
        if (doc.leftOut(sum)) {
            doc.countLeftOut();
            continue;
        }
        QStringList row{d.groups[g].label};
        for (std::size_t k = 0; k < d.periods.size(); ++k)
            row << doc.count(d.count(g, k));
        row << (g < d.samePeriod.size() ? changeText(d.samePeriod[g]) : QStringLiteral("–"));
        rows.push_back(row);
    }
    doc.table(header, rows);

    // ---- Time profile, survey, walks ---------------------------------------------------------
    doc.pageBreak();
    doc.heading(Tr::tr("When incidents happen"));
    doc.image(chartImage(timeProfileChart(*profile, scopeName, options), kChartMm, kImageDpi));
    doc.paragraph(Tr::tr("Day (06–18): %1, evening (18–22): %2, night (22–06): %3 of the incidents with a known time.")
                      .arg(percentText(profile->dayShare.estimate), percentText(profile->eveningShare.estimate),
                           percentText(profile->nightShare.estimate)));
    doc.heading(Tr::tr("Survey results"));
    if (survey) {
        doc.image(chartImage(surveyChart(*survey, options), kChartMm, kImageDpi));
        rows.clear();
        for (const analysis::SurveyShare &s : survey->result.shares)
            if (s.measured && s.year == survey->result.years.back()) {
                if (doc.leftOut(std::llround(s.respondents))) {
                    doc.countLeftOut();
                    continue;
                }
                rows.push_back({s.district < 0 ? Tr::tr("Whole area") : survey->districtNames[s.district],
                                locale.toString(qint64(s.respondents)), percentText(s.share.estimate),
                                percentText(s.share.lower) + QStringLiteral("–") + percentText(s.share.upper)});
            }
        doc.table({Tr::tr("Area"), Tr::tr("Respondents"), indicatorLabel(survey->indicator), Tr::tr("95 % interval")},
                  rows);
    } else {
        doc.paragraph(survey.errorMessage());
    }
    doc.heading(Tr::tr("Safety-walk follow-up"));
    if (followup) {
        doc.image(chartImage(followupChart(*followup, scopeName, options), kChartMm, kImageDpi));
        rows.clear();
        for (const analysis::FollowupGroup &g : followup->result.byResponsible) {
            if (g.total == 0)
                continue;
            rows.push_back(
                {g.name, doc.count(g.total), doc.count(g.counts[2]), doc.count(g.counts[0] + g.counts[1]),
                 std::isnan(g.medianDaysToFix) ? QStringLiteral("–") : locale.toString(g.medianDaysToFix, 'f', 0)});
        }
        doc.table(
            {Tr::tr("Responsible"), Tr::tr("Findings"), Tr::tr("Fixed"), Tr::tr("Open"), Tr::tr("Median days to fix")},
            rows);
        ReportPart walks(feedback, 80, 85, Tr::tr("Following up the safety walks"));
        appendWalkSummariesSection(doc, store, settings, walks.feedback());
    } else {
        doc.paragraph(followup.errorMessage());
    }

    // ---- Sources, limits, methods ------------------------------------------------------------
    ReportPart interventions(feedback, 85, 95, Tr::tr("Evaluating the interventions"));
    appendInterventionsSection(doc, store, settings,
                               yearFilter.areaId != 0 ? std::optional<FeatureId>(yearFilter.areaId) : std::nullopt,
                               interventions.feedback());

    feedback.setProgress(95, Tr::tr("Listing the sources"));
    doc.pageBreak();
    appendSourcesSection(doc, store, settings, yearFilter, *profile, c);
    outcome.suppressed = doc.suppressed();
    if (settings.isPublic) {
        doc.heading(Tr::tr("What was suppressed"));
        doc.paragraph(
            Tr::tr("This public version hides every count from 1 to %1 (shown as –) and leaves out categories, "
                   "districts and groups with fewer than %2 events in all: %3 values and rows. Sensitive "
                   "categories appear only as counts per district, and no free text from the records is "
                   "included.")
                .arg(settings.rules.minCount - 1)
                .arg(settings.rules.minCount)
                .arg(doc.suppressed()));
    }
    doc.note(audience);
    outcome.document = doc.take(outcome.title);
    return outcome;
}

} // namespace lb::report
