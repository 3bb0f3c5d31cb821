#include "report/map_exporter.h"

#include "render/map_furniture.h"
#include "render/map_renderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::MapExporter)
};

QFont pageFont(double pixelSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

QString scaleText(double denominator)
{
    // Round to two significant digits, as a printed map states its scale.
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    return Tr::tr("Scale 1:%1").arg(QLocale().toString(qint64(rounded)));
}
} // namespace

MapExporter::MapExporter(render::MapSettings map, render::LayerList layers, MapExportSettings settings)
    : m_map(std::move(map))
    , m_layers(std::move(layers))
    , m_settings(std::move(settings))
{}

ExportResult MapExporter::exportToFile(const QString &path, Feedback &feedback)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return exportToPdf(path, feedback);
    return exportToPng(path, feedback);
}

bool MapExporter::paintPage(QPainter &painter, const QRectF &page, double dpi, Feedback &feedback)
{
    // Layout sizes are at 96 DPI; s turns them into device units.
    const double s = dpi / 96.0;
    const double mm = dpi / 25.4;
    const QRectF content = page.adjusted(m_settings.marginMm * mm, m_settings.marginMm * mm, -m_settings.marginMm * mm,
                                         -m_settings.marginMm * mm);
    double top = content.top();
    painter.setPen(QColor(0x20, 0x20, 0x20));
    if (!m_settings.title.isEmpty()) {
        const QFont font = pageFont(20.0 * s, true);
        painter.setFont(font);
        const double h = QFontMetricsF(font, painter.device()).height();
        painter.drawText(QRectF(content.left(), top, content.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                         m_settings.title);
        top += h + 2.0 * s;
    }
    if (!m_settings.subtitle.isEmpty()) {
        const QFont font = pageFont(11.0 * s, false);
        painter.setFont(font);
        const double h = QFontMetricsF(font, painter.device()).height();
        painter.drawText(QRectF(content.left(), top, content.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                         m_settings.subtitle);
        top += h;
    }
    if (top > content.top())
        top += 6.0 * s;
    const QFont footFont = pageFont(8.5 * s, false);
    const double footH = QFontMetricsF(footFont, painter.device()).height() + 4.0 * s;
    const QRectF frame(content.left(), top, content.width(), content.bottom() - footH - top);

    render::MapSettings map = m_map;
    map.setOutputSize(QSize(int(frame.width()), int(frame.height())));
    map.setOutputDpi(dpi);
    m_lastMap = map;

    painter.save();
    painter.translate(frame.topLeft());
    const render::RenderResult result = render::renderMap(painter, map, m_layers, feedback);
    if (result.canceled) {
        painter.restore();
        return false;
    }
    if (m_settings.legend)
        render::drawLegend(painter, map, m_layers, QPointF(8.0 * s, 8.0 * s), s);
    if (m_settings.northArrow)
        render::drawNorthArrow(painter, QRectF(frame.width() - 44.0 * s, 10.0 * s, 30.0 * s, 46.0 * s), s);
    if (m_settings.scaleBar)
        render::drawScaleBar(painter, map, QPointF(14.0 * s, frame.height() - 14.0 * s), s);
    painter.restore();

    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 1.0 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.setFont(footFont);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF foot(content.left(), frame.bottom() + 3.0 * s, content.width(), footH);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop,
                     Tr::tr("%1 · Coordinate system EPSG:%2").arg(scaleText(map.scaleDenominator())).arg(map.epsg()));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop,
                     Tr::tr("Lägesbild · %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    return true;
}

ExportResult MapExporter::exportToPdf(const QString &path, Feedback &feedback)
{
    if (m_map.extent().isEmpty()) {
        m_error = Tr::tr("The map has no extent to export.");
        return ExportResult::InvalidSettings;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(m_settings.pdfDpi));
        writer.setPageLayout(QPageLayout(m_settings.pageSize, m_settings.orientation, QMarginsF()));
        writer.setTitle(m_settings.title);
        writer.setCreator(QStringLiteral("Lägesbild"));
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        if (!paintPage(painter, page, writer.resolution(), feedback)) {
            painter.end();
            file.cancelWriting();
            return ExportResult::Canceled;
        }
        painter.end();
    }
    if (!file.commit()) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    return ExportResult::Success;
}

ExportResult MapExporter::exportToPng(const QString &path, Feedback &feedback)
{
    if (m_map.extent().isEmpty()) {
        m_error = Tr::tr("The map has no extent to export.");
        return ExportResult::InvalidSettings;
    }
    const QPageLayout layout(m_settings.pageSize, m_settings.orientation, QMarginsF());
    const QSizeF mmSize = layout.fullRect(QPageLayout::Millimeter).size();
    const double dpi = m_settings.pngDpi;
    const QSize px(int(mmSize.width() / 25.4 * dpi), int(mmSize.height() / 25.4 * dpi));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool done = paintPage(painter, QRectF(QPointF(0, 0), QSizeF(px)), dpi, feedback);
    painter.end();
    if (!done)
        return ExportResult::Canceled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    return ExportResult::Success;
}

} // namespace lb::report
