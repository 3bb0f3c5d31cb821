#include "report/chart_exporter.h"

#include "report/chart_painter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::ChartExporter)
};

constexpr double kMmPerInch = 25.4;

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}
} // namespace

ChartFormat chartFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ChartFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return ChartFormat::Unknown;
}

QImage chartImage(const Chart &chart, QSizeF sizeMm, double dpi)
{
    const QSize px(int(sizeMm.width() / kMmPerInch * dpi + 0.5), int(sizeMm.height() / kMmPerInch * dpi + 0.5));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    QPainter painter(&image);
    const double s = dpi / 96.0;
    ChartPainter(chart).paint(painter, QRectF(QPointF(0, 0), QSizeF(px)).adjusted(8 * s, 8 * s, -8 * s, -8 * s), s);
    painter.end();
    return image;
}

Status exportChart(const Chart &chart, const QString &path, const ChartExportSettings &settings)
{
    if (!(settings.sizeMm.width() > 10.0) || !(settings.sizeMm.height() > 10.0) || !(settings.dpi >= 24.0) ||
        settings.dpi > 1200.0)
        return Error{Tr::tr("A chart needs a size of at least 10 × 10 mm and a resolution of 24 to 1200 DPI.")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (chartFormatOf(path)) {
    case ChartFormat::Png: {
        const QImage image = chartImage(chart, settings.sizeMm, settings.dpi);
        if (!image.save(&buffer, "PNG"))
            return Error{Tr::tr("Cannot encode the PNG image.")};
        break;
    }
    case ChartFormat::Svg: {
        const double dpi = 96.0;
        const QSize px(int(settings.sizeMm.width() / kMmPerInch * dpi + 0.5),
                       int(settings.sizeMm.height() / kMmPerInch * dpi + 0.5));
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(px);
        svg.setViewBox(QRect(QPoint(0, 0), px));
        svg.setResolution(int(dpi));
        svg.setTitle(chart.title);
        svg.setDescription(chart.subtitle);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), px), Qt::white);
        ChartPainter(chart).paint(painter, QRectF(QPointF(0, 0), QSizeF(px)).adjusted(8, 8, -8, -8), 1.0);
        painter.end();
        break;
    }
    case ChartFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(settings.sizeMm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(chart.title);
        writer.setCreator(QStringLiteral("Lägesbild"));
        QPainter painter(&writer);
        const double s = writer.resolution() / 96.0;
        ChartPainter(chart).paint(
            painter, QRectF(0, 0, writer.width(), writer.height()).adjusted(8 * s, 8 * s, -8 * s, -8 * s), s);
        painter.end();
        break;
    }
    case ChartFormat::Unknown:
        return Error{Tr::tr("%1: a chart is written as .png, .svg or .pdf.").arg(QFileInfo(path).fileName())};
    }
    buffer.close();
    return writeBytes(path, bytes);
}

} // namespace lb::report
