#include "cli/map_style_options.h"

#include "render/survey_choropleth_layer.h"

#include <QCoreApplication>

#include <algorithm>

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
                       "(a heat map of the shown points; incidents placed at a centre are left out and counted). "
                       "Without it, as the store keeps it."),
                QStringLiteral("STYLE"))
    , choropleth(QStringLiteral("survey-choropleth"),
                 Tr::tr("Fill the districts by the survey answers of this round (its year or name): the share "
                        "answering yes, in classes of ten percentage points; none for no fill. Without it, as the "
                        "store keeps it."),
                 QStringLiteral("ROUND"))
    , indicator(QStringLiteral("survey-indicator"),
                Tr::tr("The survey indicator of --survey-choropleth (default unsafe_evening)."), QStringLiteral("CODE"),
                QStringLiteral("unsafe_evening"))
    , style(QStringLiteral("layer-style"),
            Tr::tr("The symbols of a point layer (incidents, pins, findings): LAYER=single, LAYER=categorized:FIELD or "
                   "LAYER=graduated:FIELD, then ,shape=circle|square|triangle|diamond|pin ,size=PX ,color=#RRGGBB "
                   ",palette=standard|okabe-ito|bright ,ramp=ylorrd|blues|viridis|rdylbu ,classes=N. Fields: incidents "
                   "group, category, source (categorized), hour (graduated); pins rating, round, time_of_day, reason "
                   "(categorized), rating (graduated); findings status, kind, responsible. May be repeated. Without "
                   "it, as the store keeps it."),
            QStringLiteral("LAYER=SPEC"))
    , labels(
          QStringLiteral("labels"),
          Tr::tr("Labels of a point layer from a field: incidents=category|source, pins=comment|rating|reason|round, "
                 "findings=kind|status|responsible|description, or LAYER=none. May be repeated."),
          QStringLiteral("LAYER=FIELD"))
{}

void MapStyleOptions::addTo(QCommandLineParser &p) const
{
    p.addOptions({incidents, choropleth, indicator, style, labels});
}

bool MapStyleOptions::makeLayerStyles(const QCommandLineParser &p, render::MapStyles &styles, CommandIo io) const
{
    // LAYER=VALUE, the layer one of the point layers.
    const auto split = [&](const QString &value, const QCommandLineOption &option, QString *layer, QString *rest) {
        *layer = render::styledLayerId(value.section(QLatin1Char('='), 0, 0));
        *rest = value.section(QLatin1Char('='), 1).trimmed();
        if (layer->isEmpty() || !value.contains(QLatin1Char('='))) {
            io.err << Tr::tr("--%1 takes LAYER=VALUE with LAYER incidents, pins or findings, not %2.")
                          .arg(option.names().constFirst(), value)
                   << '\n';
            return false;
        }
        return true;
    };
    for (const QString &value : p.values(style)) {
        QString layer, spec;
        if (!split(value, style, &layer, &spec))
            return false;
        auto parsed = render::parseLayerStyle(layer, spec, styles.layerStyle(layer));
        if (!parsed) {
            io.err << Tr::tr("The style %1 cannot be used: %2").arg(value, parsed.errorMessage()) << '\n';
            return false;
        }
        styles.setLayerStyle(layer, *parsed);
    }
    for (const QString &value : p.values(labels)) {
        QString layer, field;
        if (!split(value, labels, &layer, &field))
            return false;
        field = field.toLower();
        if (field == QLatin1String("none"))
            field.clear();
        if (!field.isEmpty() && !render::labelFields(layer).contains(field)) {
            io.err << Tr::tr("--labels %1: the layer has no field %2. Fields: %3.")
                          .arg(value, field, render::labelFields(layer).join(QStringLiteral(", ")))
                   << '\n';
            return false;
        }
        render::LayerStyle s = styles.layerStyle(layer);
        s.labelField = field;
        styles.setLayerStyle(layer, s);
    }
    return true;
}

bool MapStyleOptions::make(const QCommandLineParser &p, const render::MapData &data, render::MapStyles &styles,
                           QStringList &visible, CommandIo io) const
{
    if (p.isSet(incidents)) {
        const auto drawn = render::incidentStyleFromName(p.value(incidents));
        if (!drawn) {
            io.err
                << Tr::tr("--incidents must be one of %1.").arg(render::incidentStyleNames().join(QStringLiteral(", ")))
                << '\n';
            return false;
        }
        styles.incidents = *drawn;
    }
    if (!makeLayerStyles(p, styles, io))
        return false;
    if (p.isSet(indicator) && !p.isSet(choropleth)) {
        io.err << Tr::tr("--survey-indicator goes with --survey-choropleth ROUND.") << '\n';
        return false;
    }
    if (!p.isSet(choropleth)) {
        // The store's choropleth, if its round is still there.
        if (std::none_of(data.surveys.begin(), data.surveys.end(),
                         [&](const Survey &s) { return s.id == styles.choroplethSurvey; }))
            styles.choroplethSurvey = 0;
        if (styles.choroplethSurvey != 0)
            visible << QStringLiteral("survey_areas");
        return true;
    }
    if (p.value(choropleth).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        styles.choroplethSurvey = 0;
        return true;
    }
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
