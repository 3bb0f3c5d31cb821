#include "render/survey_choropleth_layer.h"

#include "render/geometry_paths.h"
#include "render/map_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::SurveyChoroplethLayer)
};

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}
} // namespace

SurveyChoroplethLayer::SurveyChoroplethLayer(std::shared_ptr<const MapData> data, std::int64_t surveyId,
                                             const QString &indicator)
    : m_data(std::move(data))
    , m_surveyId(surveyId)
    , m_indicator(indicator)
{
    // Several rows for one district and round are pooled by their respondents.
    std::vector<double> yes(m_data->districts.size(), 0.0), asked(m_data->districts.size(), 0.0);
    for (const SurveyAnswer &a : m_data->surveyAnswers) {
        if (a.surveyId != surveyId || a.indicator != indicator)
            continue;
        for (size_t d = 0; d < m_data->districts.size(); ++d) {
            if (m_data->districts[d].id == a.areaId) {
                const double n = std::max(1, a.respondents);
                yes[d] += a.share * n;
                asked[d] += n;
            }
        }
    }
    for (size_t d = 0; d < m_data->districts.size(); ++d) {
        m_shares.push_back(asked[d] > 0.0 ? std::optional<double>(yes[d] / asked[d]) : std::nullopt);
        m_labelPoints.push_back(labelPoint(m_data->districts[d].geometry));
    }
}

QString SurveyChoroplethLayer::id() const
{
    return QStringLiteral("survey_areas");
}

QString SurveyChoroplethLayer::title() const
{
    QString round;
    for (const Survey &s : m_data->surveys)
        if (s.id == m_surveyId)
            round = s.name.isEmpty() ? QString::number(s.year) : s.name;
    return Tr::tr("Survey %1: %2 per district").arg(round, indicatorLabel(m_indicator));
}

QString SurveyChoroplethLayer::indicatorLabel(const QString &indicator)
{
    if (indicator == QLatin1String("unsafe_evening"))
        return Tr::tr("share feeling unsafe outdoors in the evening");
    if (indicator == QLatin1String("avoids_places"))
        return Tr::tr("share avoiding places");
    return indicator;
}

std::int64_t SurveyChoroplethLayer::findSurvey(const MapData &data, const QString &roundName)
{
    const QString wanted = roundName.trimmed();
    for (const Survey &s : data.surveys)
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return s.id;
    bool isYear = false;
    const int year = wanted.toInt(&isYear);
    std::int64_t found = 0;
    for (const Survey &s : data.surveys)
        if (isYear && s.year == year)
            found = s.id; // the last round of that year
    return found;
}

Status SurveyChoroplethLayer::draw(QPainter &painter, const RenderContext &ctx) const
{
    const Extent view = ctx.settings.visibleExtent();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (size_t d = 0; d < m_data->districts.size(); ++d) {
        const Area &a = m_data->districts[d];
        if (!extentOf(a.geometry).intersects(view))
            continue;
        const QPainterPath path = polygonPath(a.geometry, ctx.toPixel);
        if (m_shares[d]) {
            QColor fill = style::shareColor(style::shareClass(*m_shares[d]));
            fill.setAlpha(200);
            painter.fillPath(path, fill);
        } else {
            QBrush hatch(style::noAnswerColor(), Qt::BDiagPattern);
            painter.fillPath(path, hatch);
        }
    }
    painter.restore();
    return {};
}

void SurveyChoroplethLayer::drawLabels(QPainter &painter, const RenderContext &ctx) const
{
    // The share under the district's name, which DistrictsLayer writes at the same label point.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(ctx.px(11.0))));
    const QFontMetricsF metrics(font, painter.device());
    const QPen halo(QColor(255, 255, 255, 230), ctx.px(3.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const Extent view = ctx.settings.visibleExtent();
    for (size_t d = 0; d < m_data->districts.size(); ++d) {
        if (!view.contains(m_labelPoints[d]))
            continue;
        const QString text = m_shares[d] ? percent(*m_shares[d]) : Tr::tr("no answer");
        const QPointF at = ctx.toPixel(m_labelPoints[d]);
        const double w = metrics.horizontalAdvance(text);
        QPainterPath path;
        path.addText(QPointF(at.x() - w / 2.0, at.y() + ctx.px(9.0) + metrics.ascent()), font, text);
        painter.strokePath(path, halo);
        painter.fillPath(path, style::districtLabel());
    }
}

std::vector<LegendItem> SurveyChoroplethLayer::legendItems() const
{
    std::vector<std::int64_t> perClass(style::shareClassCount, 0);
    std::int64_t unmeasured = 0;
    for (const auto &s : m_shares)
        s ? ++perClass[size_t(style::shareClass(*s))] : ++unmeasured;
    std::vector<LegendItem> items;
    const QLocale locale;
    for (int c = style::shareClassCount - 1; c >= 0; --c) {
        const QString label = c + 1 == style::shareClassCount
                                  ? Tr::tr("%1 % or more").arg(locale.toString(c * 10))
                                  : Tr::tr("%1–%2 %").arg(locale.toString(c * 10), locale.toString(c * 10 + 10));
        items.push_back({LegendItem::Symbol::Fill, style::shareColor(c), label, perClass[size_t(c)]});
    }
    if (unmeasured > 0)
        items.push_back(
            {LegendItem::Symbol::Outline, style::noAnswerColor(), Tr::tr("Not measured in this round"), unmeasured});
    return items;
}

std::int64_t SurveyChoroplethLayer::featureCount() const
{
    std::int64_t n = 0;
    for (const auto &s : m_shares)
        n += s ? 1 : 0;
    return n;
}

} // namespace lb::render
