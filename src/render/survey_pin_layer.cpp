#include "render/survey_pin_layer.h"

#include "render/map_style.h"
#include "render/marker_symbols.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::SurveyPinLayer)
};

QString ratingLabel(int rating)
{
    const QString labels[5] = {Tr::tr("1 – very unsafe"), Tr::tr("2 – unsafe"), Tr::tr("3 – neither"),
                               Tr::tr("4 – fairly safe"), Tr::tr("5 – safe")};
    return labels[std::clamp(rating, 1, 5) - 1];
}

QString timeOfDayLabel(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::Day:
        return Tr::tr("Day");
    case TimeOfDay::Evening:
        return Tr::tr("Evening");
    case TimeOfDay::Night:
        return Tr::tr("Night");
    case TimeOfDay::Unknown:
        break;
    }
    return Tr::tr("Time of day not given");
}

QString roundLabel(const MapData &data, std::int64_t surveyId)
{
    for (const Survey &s : data.surveys)
        if (s.id == surveyId)
            return s.name.isEmpty() ? QString::number(s.year) : s.name;
    return Tr::tr("Unknown round");
}
} // namespace

SurveyPinLayer::SurveyPinLayer(std::shared_ptr<const MapData> data, const MapFilter &filter, const LayerStyle &symbols)
    : m_data(std::move(data))
    , m_symbols(symbols)
    , m_shown(filter.describeRounds())
{
    const std::vector<SurveyPin> &pins = m_data->surveyPins;
    m_drawOrder.reserve(pins.size());
    for (size_t i = 0; i < pins.size(); ++i)
        if (filter.acceptsRound(pins[i].surveyId))
            m_drawOrder.push_back(i);
    std::stable_sort(m_drawOrder.begin(), m_drawOrder.end(),
                     [&pins](size_t a, size_t b) { return pins[a].rating > pins[b].rating; });

    // The classes, and each pin's class.
    const bool standard = symbols.palette == QLatin1String("standard");
    m_classOf.assign(pins.size(), 0);
    if (symbols.kind == LayerStyle::Kind::Single) {
        m_classes.push_back({Tr::tr("Survey pin"), symbols.color, 1.0, 0});
    } else if (symbols.kind == LayerStyle::Kind::Graduated) {
        m_classes = graduatedClasses(symbols, 1.0, 5.0, true);
        for (size_t i = 0; i < pins.size(); ++i)
            m_classOf[i] = std::uint16_t(graduatedClassOf(pins[i].rating, 1.0, 5.0, int(m_classes.size())));
    } else if (symbols.field == QLatin1String("round")) {
        std::vector<Survey> rounds = m_data->surveys;
        std::stable_sort(rounds.begin(), rounds.end(),
                         [](const Survey &a, const Survey &b) { return a.year < b.year; });
        for (size_t k = 0; k < rounds.size(); ++k)
            m_classes.push_back({roundLabel(*m_data, rounds[k].id), paletteColor(symbols.palette, int(k)), 1.0, 0});
        m_classes.push_back({Tr::tr("Unknown round"), style::groupColor(QStringLiteral("other")), 1.0, 0});
        for (size_t i = 0; i < pins.size(); ++i) {
            const auto it =
                std::find_if(rounds.begin(), rounds.end(), [&](const Survey &s) { return s.id == pins[i].surveyId; });
            m_classOf[i] = std::uint16_t(it - rounds.begin());
        }
    } else if (symbols.field == QLatin1String("time_of_day")) {
        const TimeOfDay times[] = {TimeOfDay::Day, TimeOfDay::Evening, TimeOfDay::Night, TimeOfDay::Unknown};
        for (int k = 0; k < 4; ++k)
            m_classes.push_back({timeOfDayLabel(times[k]),
                                 k == 3 ? style::groupColor(QStringLiteral("other")) : paletteColor(symbols.palette, k),
                                 1.0, 0});
        for (size_t i = 0; i < pins.size(); ++i)
            m_classOf[i] = std::uint16_t(std::find(std::begin(times), std::end(times), pins[i].timeOfDay) - times);
    } else if (symbols.field == QLatin1String("reason")) {
        QStringList reasons;
        for (const SurveyPin &p : pins)
            if (!p.reason.trimmed().isEmpty() && !reasons.contains(p.reason.trimmed()))
                reasons << p.reason.trimmed();
        reasons.sort(Qt::CaseInsensitive);
        for (qsizetype k = 0; k < reasons.size(); ++k)
            m_classes.push_back({reasons[k], paletteColor(symbols.palette, int(k)), 1.0, 0});
        m_classes.push_back({Tr::tr("No reason given"), style::groupColor(QStringLiteral("other")), 1.0, 0});
        for (size_t i = 0; i < pins.size(); ++i) {
            const auto k = reasons.indexOf(pins[i].reason.trimmed());
            m_classOf[i] = std::uint16_t(k < 0 ? reasons.size() : k);
        }
    } else {
        for (int r = 1; r <= 5; ++r)
            m_classes.push_back(
                {ratingLabel(r), standard ? style::ratingColor(r) : paletteColor(symbols.palette, r - 1), 1.0, 0});
        for (size_t i = 0; i < pins.size(); ++i)
            m_classOf[i] = std::uint16_t(std::clamp(pins[i].rating, 1, 5) - 1);
    }
    for (size_t i : m_drawOrder)
        ++m_classes[m_classOf[i]].count;
}

QString SurveyPinLayer::id() const
{
    return QStringLiteral("survey_pins");
}
QString SurveyPinLayer::title() const
{
    return m_shown.isEmpty() ? Tr::tr("Survey pins") : Tr::tr("Survey pins (%1)").arg(m_shown);
}

double SurveyPinLayer::symbolSize(const RenderContext &ctx) const
{
    if (m_symbols.size > 0.0)
        return ctx.px(m_symbols.size);
    // Pins shrink when zoomed out, where a thousand of them would otherwise cover the town; other
    // shapes are drawn smaller than a pin, which stands above its place.
    const double scale = ctx.settings.scaleDenominator();
    const double pin = scale > 100000 ? 10.0 : scale > 40000 ? 13.0 : 17.0;
    return ctx.px(m_symbols.shape == SymbolShape::Pin ? pin : pin * 0.6);
}

Status SurveyPinLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const double size = symbolSize(ctx);
    const Extent view = ctx.settings.visibleExtent().buffered(1.5 * size * ctx.settings.mapUnitsPerPixel());
    const bool graduated = m_symbols.kind == LayerStyle::Kind::Graduated;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i : m_drawOrder) {
        const SurveyPin &p = m_data->surveyPins[i];
        if (!view.contains(p.position))
            continue;
        const StyleClass &c = m_classes[m_classOf[i]];
        style::drawMarker(painter, m_symbols.shape, c.color, graduated ? size * c.sizeFactor : size,
                          ctx.toPixel(p.position));
    }
    painter.restore();
    return {};
}

QString SurveyPinLayer::labelOf(const SurveyPin &pin) const
{
    const QString &field = m_symbols.labelField;
    if (field == QLatin1String("comment"))
        return style::PointLabels::truncated(pin.comment);
    if (field == QLatin1String("reason"))
        return style::PointLabels::truncated(pin.reason);
    if (field == QLatin1String("rating"))
        return pin.rating > 0 ? QString::number(pin.rating) : QString();
    if (field == QLatin1String("round"))
        return roundLabel(*m_data, pin.surveyId);
    return {};
}

void SurveyPinLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    if (m_symbols.labelField.isEmpty())
        return;
    const double size = symbolSize(ctx);
    const Extent view = ctx.settings.visibleExtent();
    style::PointLabels labels(ctx.settings.pixelScale());
    // The most unsafe first: where labels crowd, theirs are the ones placed.
    for (auto it = m_drawOrder.rbegin(); it != m_drawOrder.rend(); ++it) {
        const SurveyPin &p = m_data->surveyPins[*it];
        if (!view.contains(p.position))
            continue;
        QPointF at = ctx.toPixel(p.position);
        // Beside a pin's head, or beside the symbol.
        if (m_symbols.shape == SymbolShape::Pin)
            at.ry() -= size * 0.68;
        labels.add(at, m_symbols.shape == SymbolShape::Pin ? size * 0.32 : size / 2.0, labelOf(p));
    }
    labels.draw(painter);
}

std::vector<LegendItem> SurveyPinLayer::legendItems() const
{
    return classLegend(m_classes, m_symbols);
}

} // namespace lb::render
