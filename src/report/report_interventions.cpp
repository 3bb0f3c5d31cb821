// The interventions section of the lägesbild report: one part per intervention that had started by
// the end of the year reported on — what was done, where and when, and whether incidents in its
// area fell more than in a comparison area (the same evaluation as the CLI's `evaluate` and the
// app's interventions panel, with its default settings), with the monthly chart.
//
// A public report carries no free text: the intervention is named by its kind and start, and an
// evaluation where the target, buffer or comparison area had fewer than k incidents before or after
// is left out.

#include "report/intervention_chart.h"
#include "report/intervention_evaluator.h"
#include "report/report_document.h"
#include "report/report_sections.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace lb::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::LagesbildReport)
};

QImage interventionChartImage(const EvaluationReport &evaluation, const QString &title)
{
    QImage image(1200, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const InterventionChartData data{title,
                                     evaluation.comparisonName,
                                     evaluation.result.series,
                                     evaluation.intervention.startsOn,
                                     evaluation.intervention.endsOn,
                                     evaluation.bufferMetres > 0.0};
    paintInterventionChart(painter, QRectF(image.rect()), data);
    return image;
}

bool concernsDistrict(const Intervention &i, std::optional<FeatureId> districtId)
{
    if (!districtId)
        return true;
    return std::find(i.areaIds.begin(), i.areaIds.end(), *districtId) != i.areaIds.end();
}

} // namespace

void appendInterventionsSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                                std::optional<FeatureId> districtId, Feedback &feedback)
{
    auto all = store.interventions();
    if (!all)
        return;
    std::vector<Intervention> shown;
    for (const Intervention &i : *all)
        if (i.startsOn.isValid() && i.startsOn.year() <= settings.year && concernsDistrict(i, districtId))
            shown.push_back(i);
    if (shown.empty())
        return;

    doc.pageBreak();
    doc.heading(Tr::tr("Interventions and their effect"));
    doc.paragraph(Tr::tr("Each intervention is compared with a district that was like its area before the start: "
                         "incidents in the 12 months before against the 12 months after, all categories, with a "
                         "300 m buffer zone to look for displacement. The user guide explains the method and its "
                         "limits."));
    for (const Intervention &i : shown) {
        EvaluationRequest request;
        request.interventionId = i.id;
        auto evaluation = evaluateStoredIntervention(store, request, feedback);
        const QString kind = evaluation ? evaluation->kindLabel : i.kind;
        const QString started = i.startsOn.toString(Qt::ISODate);
        const QString title = doc.isPublic() ? Tr::tr("%1 from %2").arg(kind, started) : i.name;
        doc.heading(title, 3);
        if (!doc.isPublic())
            doc.paragraph(
                Tr::tr("%1, from %2%3; %4.")
                    .arg(kind, started,
                         i.endsOn.isValid() ? Tr::tr(" to %1").arg(i.endsOn.toString(Qt::ISODate)) : QString(),
                         i.organisation.isEmpty() ? Tr::tr("no responsible organisation recorded") : i.organisation));
        if (!evaluation) {
            doc.paragraph(Tr::tr("Not evaluated: %1").arg(evaluation.errorMessage()));
            continue;
        }
        const auto &r = evaluation->result;
        bool small = false;
        for (const analysis::AreaChange *c : {&r.target, &r.comparison, &r.buffer})
            small = small || doc.leftOut(c->before) || doc.leftOut(c->after);
        if (small) {
            doc.countLeftOut();
            doc.paragraph(Tr::tr("Too few incidents in the area to publish the evaluation."));
            continue;
        }
        for (const QString &sentence : evaluation->result.sentences)
            doc.paragraph(sentence);
        if (!evaluation->result.warnings.isEmpty())
            doc.bullets(evaluation->result.warnings);
        doc.image(interventionChartImage(*evaluation, title));
    }
}

} // namespace lb::report
