#include "cli/map_style_options.h"

#include "render/survey_choropleth_layer.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
};
} // namespace

MapStyleOptions::MapStyleOptions()
    : incidents(QStringLiteral("incidents"),
                Tr::tr("How incidents are drawn: points (default), clusters (circles with counts), hex (hexagons "
                       "filled by count), auto (points when few enough for the view, clusters otherwise) or heat "
                       "(a heat map of the shown points; incidents placed at a centre are left out and counted)."),
                QStringLiteral("STYLE"), QStringLiteral("points"))
    , choropleth(QStringLiteral("survey-choropleth"),
                 Tr::tr("Fill the districts by the survey answers of this round (its year or name): the share "
                        "answering yes, in classes of ten percentage points."),
                 QStringLiteral("ROUND"))
    , indicator(QStringLiteral("survey-indicator"),
                Tr::tr("The survey indicator of --survey-choropleth (default unsafe_evening)."), QStringLiteral("CODE"),
                QStringLiteral("unsafe_evening"))
{}

void MapStyleOptions::addTo(QCommandLineParser &p) const
{
    p.addOptions({incidents, choropleth, indicator});
}

bool MapStyleOptions::make(const QCommandLineParser &p, const render::MapData &data, render::MapStyles &styles,
                           QStringList &visible, CommandIo io) const
{
    const auto style = render::incidentStyleFromName(p.value(incidents));
    if (!style) {
        io.err << Tr::tr("--incidents must be one of %1.").arg(render::incidentStyleNames().join(QStringLiteral(", ")))
               << '\n';
        return false;
    }
    styles.incidents = *style;
    if (p.isSet(indicator) && !p.isSet(choropleth)) {
        io.err << Tr::tr("--survey-indicator goes with --survey-choropleth ROUND.") << '\n';
        return false;
    }
    if (!p.isSet(choropleth))
        return true;
    styles.choroplethSurvey = render::SurveyChoroplethLayer::findSurvey(data, p.value(choropleth));
    if (styles.choroplethSurvey == 0) {
        QStringList rounds;
        for (const Survey &s : data.surveys)
            rounds << QStringLiteral("%1 (%2)").arg(s.name).arg(s.year);
        io.err << Tr::tr("No survey round %1 in the store. Rounds: %2.")
                      .arg(p.value(choropleth), rounds.isEmpty() ? Tr::tr("none") : rounds.join(QStringLiteral(", ")))
               << '\n';
        return false;
    }
    styles.choroplethIndicator = p.value(indicator).trimmed();
    const bool answered = std::any_of(data.surveyAnswers.begin(), data.surveyAnswers.end(), [&](const SurveyAnswer &a) {
        return a.surveyId == styles.choroplethSurvey && a.indicator == styles.choroplethIndicator;
    });
    if (!answered) {
        io.err << Tr::tr("The round %1 has no answers for the indicator %2.")
                      .arg(p.value(choropleth), styles.choroplethIndicator)
               << '\n';
        return false;
    }
    visible << QStringLiteral("survey_areas");
    return true;
}

} // namespace lb::cli
