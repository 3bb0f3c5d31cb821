#include "report/chart_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::Chart)
};

const QColor kText(0x20, 0x20, 0x20);
const QColor kGrid(0xd0, 0xd0, 0xd0);

QFont chartFont(double pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

bool has(double v)
{
    return !std::isnan(v);
}

} // namespace

void drawSeriesMarker(QPainter &painter, QPointF c, int index, double r)
{
    switch (index % 5) {
    case 0:
        painter.drawEllipse(c, r, r);
        break;
    case 1:
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case 2:
        painter.drawPolygon(
            QPolygonF{{c.x(), c.y() - r * 1.2}, {c.x() + r * 1.1, c.y() + r}, {c.x() - r * 1.1, c.y() + r}});
        break;
    case 3:
        painter.drawPolygon(QPolygonF{
            {c.x(), c.y() - r * 1.3}, {c.x() + r * 1.3, c.y()}, {c.x(), c.y() + r * 1.3}, {c.x() - r * 1.3, c.y()}});
        break;
    default:
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    }
}

Qt::PenStyle seriesDash(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine};
    return styles[index % 5];
}

QColor seriesColor(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x40, 0x40, 0x40)};
    return colours[std::abs(index) % 8];
}

QColor sequentialColor(double t)
{
    // Light yellow through green to dark blue (close to viridis reversed): lightness falls
    // steadily, so the order survives greyscale print and colour-blind reading.
    static const QColor stops[] = {QColor(0xff, 0xfb, 0xd5), QColor(0xc7, 0xe9, 0xb4), QColor(0x7f, 0xcd, 0xbb),
                                   QColor(0x41, 0xb6, 0xc4), QColor(0x22, 0x5e, 0xa8), QColor(0x0c, 0x2c, 0x84)};
    t = std::clamp(std::isnan(t) ? 0.0 : t, 0.0, 1.0) * 5.0;
    const int i = std::min(4, int(t));
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

double niceStep(double range, int ticks)
{
    if (!(range > 0.0))
        return 1.0;
    const double raw = range / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * magnitude;
}

QString ChartPainter::formatValue(double value, bool sign) const
{
    if (!has(value))
        return QStringLiteral("–");
    const QLocale locale;
    const double shown = m_chart.percent ? value * 100.0 : value;
    QString text = locale.toString(std::abs(shown), 'f', m_chart.decimals);
    const bool zero = std::abs(shown) < 0.5 * std::pow(10.0, -m_chart.decimals);
    if (shown < 0 && !zero)
        text.prepend(QChar(0x2212)); // a real minus sign
    else if (sign && !zero)
        text.prepend(QLatin1Char('+'));
    if (m_chart.percent)
        text += QChar(0x00a0) + QStringLiteral("%");
    return text;
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect, double s) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(kText);
    double top = rect.top();
    const QFont titleFont = chartFont(15.0 * s, true);
    const QFont subFont = chartFont(10.0 * s);
    const QFont noteFont = chartFont(8.0 * s);
    if (!m_chart.title.isEmpty()) {
        painter.setFont(titleFont);
        const double h = QFontMetricsF(titleFont, painter.device()).height();
        painter.drawText(QRectF(rect.left(), top, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_chart.title);
        top += h;
    }
    if (!m_chart.subtitle.isEmpty()) {
        painter.setFont(subFont);
        const double h = QFontMetricsF(subFont, painter.device()).height();
        painter.drawText(QRectF(rect.left(), top, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_chart.subtitle);
        top += h;
    }
    top += 4.0 * s;
    top += paintLegend(painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), s);

    // Notes and the internal/public line at the foot.
    QStringList foot = m_chart.notes;
    if (m_chart.isPublic)
        foot << Tr::tr("Public version: counts under %1 are suppressed; %n value(s) shown as –.", nullptr,
                       m_chart.suppressed)
                    .arg(m_chart.threshold);
    else
        foot << Tr::tr("Internal version: not for publication.");
    painter.setFont(noteFont);
    const QFontMetricsF noteMetrics(noteFont, painter.device());
    double footH = 0.0;
    std::vector<double> heights;
    for (const QString &line : foot) {
        const QRectF r = noteMetrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, line);
        heights.push_back(r.height());
        footH += r.height();
    }
    double y = rect.bottom() - footH;
    for (std::size_t i = 0; i < std::size_t(foot.size()); ++i) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), heights[i]), Qt::TextWordWrap | Qt::AlignLeft,
                         foot[qsizetype(i)]);
        y += heights[i];
    }
    const QRectF plot(rect.left(), top, rect.width(), rect.bottom() - footH - 6.0 * s - top);
    switch (m_chart.kind) {
    case ChartKind::Columns:
        paintColumns(painter, plot, s);
        break;
    case ChartKind::Lines:
        paintLines(painter, plot, s);
        break;
    case ChartKind::DivergingBars:
        paintDiverging(painter, plot, s);
        break;
    case ChartKind::Matrix:
        paintMatrix(painter, plot, s);
        break;
    case ChartKind::StackedBars:
        paintStacked(painter, plot, s);
        break;
    }
    painter.restore();
}

double ChartPainter::paintLegend(QPainter &painter, const QRectF &area, double s) const
{
    if (m_chart.kind == ChartKind::DivergingBars || m_chart.kind == ChartKind::Matrix || m_chart.series.size() < 2)
        return 0.0;
    const QFont font = chartFont(9.0 * s);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double h = fm.height();
    double x = area.left(), y = area.top();
    const bool lines = m_chart.kind == ChartKind::Lines;
    for (std::size_t i = 0; i < m_chart.series.size(); ++i) {
        const int idx = int(i);
        const double w = (lines ? 30.0 : 14.0) * s + fm.horizontalAdvance(m_chart.series[i].name) + 14.0 * s;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += h + 2.0 * s;
        }
        const QPointF c(x + (lines ? 13.0 : 6.0) * s, y + h / 2);
        if (lines) {
            painter.setPen(QPen(seriesColor(idx), 2.0 * s, seriesDash(idx)));
            painter.drawLine(QPointF(x, c.y()), QPointF(x + 26.0 * s, c.y()));
            painter.setPen(QPen(seriesColor(idx), 1.2 * s));
            painter.setBrush(Qt::white);
            drawSeriesMarker(painter, c, idx, 3.5 * s);
        } else {
            painter.setPen(QPen(kText, 0.6 * s));
            painter.setBrush(seriesColor(idx));
            painter.drawRect(QRectF(x, c.y() - 5.0 * s, 10.0 * s, 10.0 * s));
        }
        painter.setPen(kText);
        const double tx = x + (lines ? 30.0 : 14.0) * s;
        painter.drawText(QRectF(tx, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, m_chart.series[i].name);
        x += w;
    }
    return y + h + 6.0 * s - area.top();
}

QRectF ChartPainter::paintValueAxis(QPainter &painter, const QRectF &plot, double lo, double hi, double s) const
{
    const QFont font = chartFont(8.5 * s);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double step = niceStep(hi - lo, 5);
    double labelW = 0.0;
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
        labelW = std::max(labelW, fm.horizontalAdvance(formatValue(v)));
    const double titleW = m_chart.valueAxisTitle.isEmpty() ? 0.0 : fm.height() + 2.0 * s;
    const QRectF area = plot.adjusted(titleW + labelW + 6.0 * s, fm.height() / 2, 0, -(fm.height() + 4.0 * s));
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
        const double y = area.bottom() - (v - lo) / (hi - lo) * area.height();
        painter.setPen(QPen(kGrid, 0.6 * s));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(kText);
        painter.drawText(QRectF(plot.left() + titleW, y - fm.height() / 2, labelW, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatValue(v));
    }
    if (!m_chart.valueAxisTitle.isEmpty()) {
        painter.save();
        painter.translate(plot.left(), area.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-area.height() / 2, 0, area.height(), fm.height()), Qt::AlignCenter,
                         m_chart.valueAxisTitle);
        painter.restore();
    }
    painter.setPen(QPen(kText, 0.8 * s));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    // x labels under the axis, thinned when they would overlap.
    const double slot = area.width() / std::max<qsizetype>(1, m_chart.labels.size());
    double widest = 0.0;
    for (const QString &l : m_chart.labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const int every = std::max(1, int(std::ceil((widest + 4.0 * s) / slot)));
    for (qsizetype i = 0; i < m_chart.labels.size(); i += every)
        painter.drawText(QRectF(area.left() + slot * double(i) - slot, area.bottom() + 2.0 * s, slot * 3, fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, m_chart.labels[i]);
    return area;
}

} // namespace lb::report
