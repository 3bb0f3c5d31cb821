// The five chart kinds of ChartPainter: columns, lines with intervals, diverging bars, the heat
// matrix and stacked bars.

#include "report/chart_painter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lb::report {

namespace {
const QColor kText(0x20, 0x20, 0x20);

QFont labelFont(double pixelSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    return font;
}

bool has(double v)
{
    return !std::isnan(v);
}

// The value range over all series (and their intervals), always including 0.
std::pair<double, double> valueRange(const Chart &chart)
{
    double lo = 0.0, hi = 0.0;
    for (const ChartSeries &se : chart.series)
        for (std::size_t i = 0; i < se.values.size(); ++i) {
            for (double v : {se.values[i], i < se.lower.size() ? se.lower[i] : kNoValue,
                             i < se.upper.size() ? se.upper[i] : kNoValue})
                if (has(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        }
    if (hi <= lo)
        hi = lo + 1.0;
    const double step = niceStep(hi - lo, 5);
    return {std::floor(lo / step) * step, std::ceil(hi * 1.08 / step) * step};
}

// Draws `text` centred above `anchor`, turned upright when wider than `room`.
void labelAbove(QPainter &painter, const QFontMetricsF &fm, QPointF anchor, double room, const QString &text, double s)
{
    const double w = fm.horizontalAdvance(text);
    if (w <= room) {
        painter.drawText(QRectF(anchor.x() - w / 2 - 2, anchor.y() - fm.height() - 1.0 * s, w + 4, fm.height()),
                         Qt::AlignCenter, text);
        return;
    }
    painter.save();
    painter.translate(anchor.x(), anchor.y() - 2.0 * s);
    painter.rotate(-90);
    painter.drawText(QRectF(0, -fm.height() / 2, w + 4, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

// The width of the widest label plus a gap, for the horizontal kinds.
double labelColumn(const QStringList &labels, const QFontMetricsF &fm, double maxWidth)
{
    double w = 0.0;
    for (const QString &l : labels)
        w = std::max(w, fm.horizontalAdvance(l));
    return std::min(w + 8.0, maxWidth);
}
} // namespace

void ChartPainter::paintColumns(QPainter &painter, const QRectF &plot, double s) const
{
    const auto [lo, hi] = valueRange(m_chart);
    const QRectF area = paintValueAxis(painter, plot, lo, hi, s);
    const std::size_t n = std::max<std::size_t>(1, m_chart.series.size());
    const double slot = area.width() / std::max<qsizetype>(1, m_chart.labels.size());
    const double barW = slot * 0.8 / double(n);
    const QFont font = labelFont(std::min(8.0 * s, std::max(5.0 * s, barW * 0.9)));
    const QFontMetricsF fm(font, painter.device());
    auto yOf = [&](double v) {
        return area.bottom() - (v - lo) / (hi - lo) * area.height();
    };
    for (std::size_t j = 0; j < m_chart.series.size(); ++j) {
        const ChartSeries &se = m_chart.series[j];
        for (std::size_t i = 0; i < se.values.size() && i < std::size_t(m_chart.labels.size()); ++i) {
            const double x = area.left() + slot * double(i) + slot * 0.1 + barW * double(j);
            const double v = se.values[i];
            painter.setFont(font);
            painter.setPen(kText);
            if (!has(v)) {
                if (m_chart.valueLabels)
                    labelAbove(painter, fm, QPointF(x + barW / 2, yOf(0)), barW * 1.2, formatValue(v), s);
                continue;
            }
            painter.setPen(QPen(kText, 0.5 * s));
            painter.setBrush(seriesColor(int(j)));
            painter.drawRect(QRectF(QPointF(x, yOf(std::max(0.0, v))), QPointF(x + barW, yOf(std::min(0.0, v)))));
            if (m_chart.valueLabels) {
                painter.setPen(kText);
                labelAbove(painter, fm, QPointF(x + barW / 2, yOf(std::max(0.0, v))), barW * 1.2,
                           formatValue(v) + (i < se.marks.size() ? se.marks[i] : QString()), s);
            }
        }
    }
}

void ChartPainter::paintLines(QPainter &painter, const QRectF &plot, double s) const
{
    const auto [lo, hi] = valueRange(m_chart);
    const QRectF area = paintValueAxis(painter, plot, lo, hi, s);
    const double slot = area.width() / std::max<qsizetype>(1, m_chart.labels.size());
    const QFont font = labelFont(7.5 * s);
    const QFontMetricsF fm(font, painter.device());
    auto at = [&](std::size_t i, double v) {
        return QPointF(area.left() + slot * (double(i) + 0.5), area.bottom() - (v - lo) / (hi - lo) * area.height());
    };
    for (std::size_t j = 0; j < m_chart.series.size(); ++j) {
        const ChartSeries &se = m_chart.series[j];
        const QColor colour = seriesColor(int(j));
        // Intervals first, slightly offset per series so overlapping bars stay visible.
        const double dx = (double(j) - double(m_chart.series.size() - 1) / 2.0) * std::min(4.0 * s, slot / 8.0);
        painter.setPen(QPen(colour, 1.0 * s));
        for (std::size_t i = 0; i < se.values.size(); ++i)
            if (i < se.lower.size() && i < se.upper.size() && has(se.values[i]) && has(se.lower[i])) {
                const QPointF a = at(i, se.lower[i]) + QPointF(dx, 0), b = at(i, se.upper[i]) + QPointF(dx, 0);
                painter.drawLine(a, b);
                painter.drawLine(a - QPointF(3.0 * s, 0), a + QPointF(3.0 * s, 0));
                painter.drawLine(b - QPointF(3.0 * s, 0), b + QPointF(3.0 * s, 0));
            }
        // The line breaks at every missing value: a year without a round stays a gap.
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < se.values.size(); ++i) {
            if (!has(se.values[i])) {
                open = false;
                continue;
            }
            const QPointF p = at(i, se.values[i]) + QPointF(dx, 0);
            open ? path.lineTo(p) : path.moveTo(p);
            open = true;
        }
        painter.setPen(QPen(colour, 2.0 * s, seriesDash(int(j))));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        for (std::size_t i = 0; i < se.values.size(); ++i) {
            if (!has(se.values[i]))
                continue;
            const QPointF p = at(i, se.values[i]) + QPointF(dx, 0);
            painter.setPen(QPen(colour, 1.2 * s));
            painter.setBrush(Qt::white);
            drawSeriesMarker(painter, p, int(j), 3.5 * s);
            if (m_chart.valueLabels) {
                painter.setFont(font);
                painter.setPen(kText);
                const QString text = formatValue(se.values[i]) + (i < se.marks.size() ? se.marks[i] : QString());
                painter.drawText(
                    QRectF(p.x() + 5.0 * s, p.y() - fm.height(), fm.horizontalAdvance(text) + 4, fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }
}

void ChartPainter::paintDiverging(QPainter &painter, const QRectF &plot, double s) const
{
    if (m_chart.series.empty())
        return;
    const ChartSeries &se = m_chart.series.front();
    const QFont font = labelFont(8.5 * s);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double labelW = labelColumn(m_chart.labels, fm, plot.width() * 0.35);
    double span = 0.0;
    QString widest;
    for (std::size_t i = 0; i < se.values.size(); ++i)
        if (has(se.values[i])) {
            span = std::max(span, std::abs(se.values[i]));
            const QString t = formatValue(se.values[i], true) + (i < se.marks.size() ? se.marks[i] : QString());
            if (t.size() > widest.size())
                widest = t;
        }
    span = span > 0 ? span : 1.0;
    const double textW = fm.horizontalAdvance(widest) + 6.0 * s;
    const QRectF area(plot.left() + labelW + textW, plot.top(), plot.width() - labelW - 2 * textW, plot.height());
    const double rowH = area.height() / std::max<qsizetype>(1, m_chart.labels.size());
    const double zeroX = area.center().x();
    for (qsizetype i = 0; i < m_chart.labels.size(); ++i) {
        const double y = area.top() + rowH * double(i);
        painter.setPen(kText);
        painter.drawText(QRectF(plot.left(), y, labelW - 4.0 * s, rowH), Qt::AlignRight | Qt::AlignVCenter,
                         m_chart.labels[i]);
        const std::size_t k = std::size_t(i);
        const double v = k < se.values.size() ? se.values[k] : kNoValue;
        const double len = has(v) ? v / span * area.width() / 2 : 0.0;
        const bool marked = k < se.marks.size() && !se.marks[k].isEmpty();
        painter.setPen(QPen(kText, 0.5 * s));
        // Significant changes are filled dark, the others light: readable without colour.
        painter.setBrush(marked ? seriesColor(0) : seriesColor(3).lighter(120));
        const QRectF bar(QPointF(std::min(zeroX, zeroX + len), y + rowH * 0.18),
                         QPointF(std::max(zeroX, zeroX + len), y + rowH * 0.82));
        if (has(v))
            painter.drawRect(bar);
        painter.setPen(kText);
        const QString text = formatValue(v, true) + (marked ? se.marks[k] : QString());
        if (len >= 0)
            painter.drawText(QRectF(bar.right() + 3.0 * s, y, textW, rowH), Qt::AlignLeft | Qt::AlignVCenter, text);
        else
            painter.drawText(QRectF(bar.left() - 3.0 * s - textW, y, textW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                             text);
    }
    painter.setPen(QPen(kText, 1.0 * s));
    painter.drawLine(QPointF(zeroX, area.top()), QPointF(zeroX, area.bottom()));
}

void ChartPainter::paintMatrix(QPainter &painter, const QRectF &plot, double s) const
{
    QStringList rows;
    double maxV = 0.0;
    for (const ChartSeries &se : m_chart.series) {
        rows << se.name;
        for (double v : se.values)
            if (has(v))
                maxV = std::max(maxV, v);
    }
    const QFont font = labelFont(8.0 * s);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double labelW = labelColumn(rows, fm, plot.width() * 0.25);
    const double legendH = fm.height() * 2 + 6.0 * s;
    const QRectF area(plot.left() + labelW, plot.top(), plot.width() - labelW,
                      plot.height() - fm.height() - 4.0 * s - legendH);
    const double cw = area.width() / std::max<qsizetype>(1, m_chart.labels.size());
    const double ch = area.height() / double(std::max<std::size_t>(1, m_chart.series.size()));
    const QFont cellFont = labelFont(std::min(7.5 * s, ch * 0.5));
    const QFontMetricsF cfm(cellFont, painter.device());
    for (std::size_t r = 0; r < m_chart.series.size(); ++r) {
        const ChartSeries &se = m_chart.series[r];
        const double y = area.top() + ch * double(r);
        painter.setFont(font);
        painter.setPen(kText);
        painter.drawText(QRectF(plot.left(), y, labelW - 4.0 * s, ch), Qt::AlignRight | Qt::AlignVCenter, se.name);
        for (std::size_t c = 0; c < se.values.size(); ++c) {
            const QRectF cell(area.left() + cw * double(c), y, cw, ch);
            const double v = se.values[c];
            const double t = maxV > 0 && has(v) ? v / maxV : 0.0;
            painter.setPen(QPen(Qt::white, 0.8 * s));
            painter.setBrush(has(v) ? sequentialColor(t) : QColor(0xee, 0xee, 0xee));
            painter.drawRect(cell);
            const QString text = formatValue(v);
            if (m_chart.valueLabels && cfm.horizontalAdvance(text) < cw - 1.0 * s) {
                painter.setFont(cellFont);
                painter.setPen(t > 0.55 ? Qt::white : kText);
                painter.drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    painter.setFont(font);
    painter.setPen(kText);
    const double every = std::max(1.0, std::ceil((fm.horizontalAdvance(QStringLiteral("00")) + 4.0 * s) / cw));
    for (qsizetype c = 0; c < m_chart.labels.size(); c += qsizetype(every))
        painter.drawText(QRectF(area.left() + cw * double(c), area.bottom() + 2.0 * s, cw, fm.height()),
                         Qt::AlignCenter, m_chart.labels[c]);
    // The colour ramp with its ends.
    const QRectF ramp(area.left(), area.bottom() + fm.height() + 8.0 * s, std::min(area.width() / 2, 200.0 * s),
                      fm.height() * 0.8);
    for (int i = 0; i < 50; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(sequentialColor(i / 49.0));
        painter.drawRect(
            QRectF(ramp.left() + ramp.width() * i / 50.0, ramp.top(), ramp.width() / 50.0 + 0.5, ramp.height()));
    }
    painter.setPen(kText);
    painter.drawText(QRectF(ramp.left() - 40.0 * s, ramp.top(), 36.0 * s, ramp.height()),
                     Qt::AlignRight | Qt::AlignVCenter, formatValue(0));
    painter.drawText(QRectF(ramp.right() + 4.0 * s, ramp.top(), 80.0 * s, ramp.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, formatValue(maxV));
}

void ChartPainter::paintStacked(QPainter &painter, const QRectF &plot, double s) const
{
    const QFont font = labelFont(8.5 * s);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double labelW = labelColumn(m_chart.labels, fm, plot.width() * 0.35);
    std::vector<double> totals(std::size_t(m_chart.labels.size()), 0.0);
    for (const ChartSeries &se : m_chart.series)
        for (std::size_t i = 0; i < se.values.size() && i < totals.size(); ++i)
            totals[i] += has(se.values[i]) ? se.values[i] : 0.0;
    // A public chart hides small segments but still states each row's real total.
    for (std::size_t i = 0; i < totals.size() && i < m_chart.totals.size(); ++i)
        totals[i] = m_chart.totals[i];
    double maxT = 1.0;
    for (double t : totals)
        maxT = std::max(maxT, t);
    const double totalW = fm.horizontalAdvance(formatValue(maxT)) + 8.0 * s;
    const QRectF area(plot.left() + labelW, plot.top(), plot.width() - labelW - totalW, plot.height());
    const double rowH = area.height() / std::max<qsizetype>(1, m_chart.labels.size());
    for (std::size_t i = 0; i < totals.size(); ++i) {
        const double y = area.top() + rowH * double(i);
        painter.setPen(kText);
        painter.drawText(QRectF(plot.left(), y, labelW - 4.0 * s, rowH), Qt::AlignRight | Qt::AlignVCenter,
                         m_chart.labels[qsizetype(i)]);
        double x = area.left();
        for (std::size_t j = 0; j < m_chart.series.size(); ++j) {
            const double v = i < m_chart.series[j].values.size() ? m_chart.series[j].values[i] : kNoValue;
            if (!has(v) || v <= 0)
                continue;
            const QRectF seg(x, y + rowH * 0.15, v / maxT * area.width(), rowH * 0.7);
            painter.setPen(QPen(Qt::white, 0.8 * s));
            painter.setBrush(seriesColor(int(j)));
            painter.drawRect(seg);
            const QString text = formatValue(v);
            if (m_chart.valueLabels && fm.horizontalAdvance(text) < seg.width() - 2.0 * s) {
                painter.setPen(qGray(seriesColor(int(j)).rgb()) < 128 ? Qt::white : kText);
                painter.drawText(seg, Qt::AlignCenter, text);
            }
            x = seg.right();
        }
        painter.setPen(kText);
        painter.drawText(QRectF(x + 4.0 * s, y, totalW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         formatValue(totals[i]));
    }
}

} // namespace lb::report
