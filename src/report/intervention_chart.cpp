#include "report/intervention_chart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace lb::report {

namespace {
struct ChartTr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::InterventionChart)
};

constexpr double kWidth = 1000.0;
constexpr double kHeight = 500.0;

// Monthly values as an index of the before-period mean; NaN when that mean is 0.
std::vector<double> indexed(const std::vector<analysis::EvaluationMonth> &series,
                            long long analysis::EvaluationMonth::*area)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &m : series)
        if (m.period < 0) {
            sum += static_cast<double>(m.*area);
            ++n;
        }
    const double mean = n > 0 ? sum / n : 0.0;
    std::vector<double> out;
    for (const auto &m : series)
        out.push_back(mean > 0.0 ? 100.0 * static_cast<double>(m.*area) / mean : std::nan(""));
    return out;
}

double niceStep(double range)
{
    const double raw = range / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * magnitude >= raw)
            return f * magnitude;
    return 10.0 * magnitude;
}
} // namespace

void paintInterventionChart(QPainter &painter, const QRectF &rect, const InterventionChartData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, Qt::white);
    const QLocale locale;
    QFont font = painter.font();
    font.setPixelSize(std::max(10, static_cast<int>(rect.height() / 36)));
    painter.setFont(font);
    const double lineHeight = painter.fontMetrics().height();
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left() + 10, rect.top() + 6, rect.width() - 20, lineHeight * 1.3),
                     Qt::AlignLeft | Qt::AlignVCenter, data.title);
    painter.drawText(QRectF(rect.left() + 10, rect.top() + 6 + lineHeight * 1.3, rect.width() - 20, lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     ChartTr::tr("Incidents per month as an index (mean of the months before the start = 100)"));
    const QRectF plot(rect.left() + 60, rect.top() + lineHeight * 3.8, rect.width() - 80,
                      rect.height() - lineHeight * 7.6);
    const std::size_t n = data.series.size();
    if (n == 0 || plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    struct Line {
        std::vector<double> values;
        QColor colour;
        Qt::PenStyle style;
        QString label;
    };
    std::vector<Line> lines{{indexed(data.series, &analysis::EvaluationMonth::target), QColor(180, 30, 30),
                             Qt::SolidLine, ChartTr::tr("Target area")},
                            {indexed(data.series, &analysis::EvaluationMonth::comparison), QColor(40, 90, 160),
                             Qt::SolidLine, ChartTr::tr("Comparison area: %1").arg(data.comparisonName)}};
    if (data.hasBuffer)
        lines.push_back({indexed(data.series, &analysis::EvaluationMonth::buffer), QColor(220, 140, 20), Qt::DashLine,
                         ChartTr::tr("Buffer zone")});
    double top = 150.0;
    for (const Line &l : lines)
        for (double v : l.values)
            if (std::isfinite(v))
                top = std::max(top, v);
    const double step = niceStep(top);
    top = std::ceil(top / step) * step;
    const auto x = [&](double month) {
        return plot.left() + plot.width() * (month + 0.5) / static_cast<double>(n);
    };
    const auto y = [&](double v) {
        return plot.bottom() - plot.height() * v / top;
    };
    const QDate first = data.series.front().month;
    const auto monthOf = [&](const QDate &d) {
        return (d.year() - first.year()) * 12 + d.month() - first.month() +
               (d.day() - 1.0) / std::max(1, d.daysInMonth()) - 0.5;
    };

    // The intervention period, shaded from its start to its end (or the end of the chart).
    const double from = std::clamp(monthOf(data.startsOn), -0.5, n - 0.5);
    const double to = data.endsOn.isValid() ? std::clamp(monthOf(data.endsOn.addDays(1)), -0.5, n - 0.5) : n - 0.5;
    painter.fillRect(QRectF(QPointF(x(from), plot.top()), QPointF(x(to), plot.bottom())), QColor(120, 180, 120, 50));
    painter.setPen(QPen(QColor(60, 120, 60), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x(from), plot.top()), QPointF(x(from), plot.bottom()));
    painter.drawText(QRectF(x(from) + 4, plot.top(), 300, lineHeight), Qt::AlignLeft,
                     ChartTr::tr("Start %1").arg(locale.toString(data.startsOn, QLocale::ShortFormat)));

    painter.setPen(QPen(QColor(200, 200, 200), 1));
    for (double v = 0; v <= top + 1e-9; v += step) {
        painter.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y(v) - lineHeight / 2, 52, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(v, 'f', 0));
        painter.setPen(QPen(QColor(200, 200, 200), 1));
    }
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int labelEvery = n > 24 ? 6 : n > 12 ? 3 : 1;
    for (std::size_t m = 0; m < n; m += static_cast<std::size_t>(labelEvery))
        painter.drawText(QRectF(x(static_cast<double>(m)) - 40, plot.bottom() + 4, 80, lineHeight), Qt::AlignCenter,
                         data.series[m].month.toString(QStringLiteral("yyyy-MM")));

    double legendX = plot.left();
    const double legendY = plot.bottom() + lineHeight * 2.2;
    for (const Line &l : lines) {
        QPainterPath path;
        bool open = false;
        for (std::size_t m = 0; m < n; ++m) {
            if (!std::isfinite(l.values[m])) {
                open = false;
                continue;
            }
            const QPointF pt(x(static_cast<double>(m)), y(l.values[m]));
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
        }
        painter.setPen(QPen(l.colour, 2.2, l.style));
        painter.drawPath(path);
        painter.drawLine(QPointF(legendX, legendY + lineHeight / 2), QPointF(legendX + 28, legendY + lineHeight / 2));
        painter.setPen(Qt::black);
        const double w = painter.fontMetrics().horizontalAdvance(l.label) + 12;
        painter.drawText(QRectF(legendX + 34, legendY, w, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, l.label);
        legendX += 34 + w + 16;
    }
    painter.restore();
}

Status writeInterventionChart(const QString &path, const InterventionChartData &data)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    const auto failed = [&](const QString &why) {
        return Error{
            QCoreApplication::translate("lb::report::InterventionChart", "Cannot write %1: %2").arg(path, why)};
    };
    QSaveFile file(path);
    if (ext != QLatin1String("png") && ext != QLatin1String("svg") && ext != QLatin1String("pdf"))
        return Error{QCoreApplication::translate("lb::report::InterventionChart",
                                                 "The chart can be written as .png, .svg or .pdf, not %1.")
                         .arg(path)};
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QRectF rect(0, 0, kWidth, kHeight);
    if (ext == QLatin1String("png")) {
        QImage image(static_cast<int>(kWidth), static_cast<int>(kHeight), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintInterventionChart(painter, rect, data);
        }
        if (!image.save(&file, "PNG"))
            return failed(QStringLiteral("PNG"));
    } else if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(static_cast<int>(kWidth), static_cast<int>(kHeight)));
        svg.setViewBox(rect);
        svg.setTitle(data.title);
        QPainter painter(&svg);
        paintInterventionChart(painter, rect, data);
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(kWidth * 0.3, kHeight * 0.3), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(254);
        pdf.setTitle(data.title);
        QPainter painter(&pdf);
        paintInterventionChart(painter, QRectF(0, 0, pdf.width(), pdf.height()), data);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace lb::report
