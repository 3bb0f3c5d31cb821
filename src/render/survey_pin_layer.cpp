#include "render/survey_pin_layer.h"

#include "render/map_style.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::SurveyPinLayer)
};
} // namespace

SurveyPinLayer::SurveyPinLayer(std::shared_ptr<const MapData> data, const MapFilter &filter)
    : m_data(std::move(data))
    , m_shown(filter.describeRounds())
{
    m_drawOrder.reserve(m_data->surveyPins.size());
    for (size_t i = 0; i < m_data->surveyPins.size(); ++i)
        if (filter.acceptsRound(m_data->surveyPins[i].surveyId))
            m_drawOrder.push_back(i);
    std::stable_sort(m_drawOrder.begin(), m_drawOrder.end(), [this](size_t a, size_t b) {
        return m_data->surveyPins[a].rating > m_data->surveyPins[b].rating;
    });
}

QString SurveyPinLayer::id() const
{
    return QStringLiteral("survey_pins");
}
QString SurveyPinLayer::title() const
{
    return m_shown.isEmpty() ? Tr::tr("Survey pins") : Tr::tr("Survey pins (%1)").arg(m_shown);
}

Status SurveyPinLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    // Pins shrink when zoomed out, where a thousand of them would otherwise cover the town.
    const double scale = ctx.settings.scaleDenominator();
    const double size = ctx.px(scale > 100000 ? 10.0 : scale > 40000 ? 13.0 : 17.0);
    const Extent view = ctx.settings.visibleExtent().buffered(size * ctx.settings.mapUnitsPerPixel());
    const QPainterPath pin = style::pinPath(size);
    const QPen rim(QColor(0x30, 0x30, 0x30), ctx.px(0.9));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i : m_drawOrder) {
        const SurveyPin &p = m_data->surveyPins[i];
        if (!view.contains(p.position))
            continue;
        const QPointF at = ctx.toPixel(p.position);
        const QPainterPath placed = pin.translated(at);
        painter.setPen(rim);
        painter.setBrush(style::ratingColor(p.rating));
        painter.drawPath(placed);
        // A white dot in the head makes the pin read as a pin, not a blob.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(at.x(), at.y() - size * 0.68), size * 0.11, size * 0.11);
    }
    painter.restore();
    return {};
}

std::vector<LegendItem> SurveyPinLayer::legendItems() const
{
    std::int64_t counts[6] = {0, 0, 0, 0, 0, 0};
    for (size_t i : m_drawOrder)
        ++counts[std::clamp(m_data->surveyPins[i].rating, 1, 5)];
    const QString labels[5] = {Tr::tr("1 – very unsafe"), Tr::tr("2 – unsafe"), Tr::tr("3 – neither"),
                               Tr::tr("4 – fairly safe"), Tr::tr("5 – safe")};
    std::vector<LegendItem> items;
    for (int r = 1; r <= 5; ++r) {
        if (counts[r] > 0)
            items.push_back({LegendItem::Symbol::Pin, style::ratingColor(r), labels[r - 1], counts[r]});
    }
    return items;
}

} // namespace lb::render
