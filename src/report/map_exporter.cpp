#include "report/map_exporter.h"

#include "render/map_furniture.h"
#include "render/map_renderer.h"

#include <QBuffer>
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
#include <QSvgGenerator>

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
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return exportToPdf(path, feedback);
    if (suffix == QLatin1String("svg"))
        return exportToSvg(path, feedback);
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
    const double lineH = QFontMetricsF(footFont, painter.device()).height();
    const int footLines = 1 + (m_settings.attribution.isEmpty() ? 0 : 1) + (m_settings.audienceNote.isEmpty() ? 0 : 1);
    const double footH = lineH * footLines + 4.0 * s;
    const double panelW = m_settings.legendBeside ? std::clamp(content.width() * 0.28, 45.0 * mm, 75.0 * mm) : 0.0;
    const QRectF frame(content.left(), top, content.width() - panelW, content.bottom() - footH - top);
    const QRectF panel(frame.right() + 4.0 * mm, top, panelW - 4.0 * mm, frame.height());

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
    if (m_settings.legend && !m_settings.legendBeside)
        render::drawLegend(painter, map, m_layers, QPointF(8.0 * s, 8.0 * s), s);
    if (m_settings.northArrow)
        render::drawNorthArrow(painter, QRectF(frame.width() - 44.0 * s, 10.0 * s, 30.0 * s, 46.0 * s), s);
    if (m_settings.scaleBar)
        render::drawScaleBar(painter, map, QPointF(14.0 * s, frame.height() - 14.0 * s), s);
    painter.restore();
    QRectF legendArea = panel;
    if (!m_settings.overviewExtent.isEmpty()) {
        QRectF box;
        if (m_settings.legendBeside) {
            const Extent all = m_settings.overviewExtent;
            const double h = std::min(panel.height() * 0.4, panel.width() * all.height() / std::max(1.0, all.width()));
            box = QRectF(panel.left(), panel.bottom() - h, h * all.width() / std::max(1.0, all.height()), h);
            legendArea.setBottom(box.top() - 3.0 * mm);
        }
        paintOverview(painter, frame, box, dpi, s, feedback);
    }
    if (m_settings.legend && m_settings.legendBeside) {
        // Clipped to the panel: a very long legend is cut rather than drawn over the map.
        painter.save();
        painter.setClipRect(legendArea);
        render::drawLegend(painter, map, m_layers, legendArea.topLeft(), 0.85 * s);
        painter.restore();
    }

    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 1.0 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.setFont(footFont);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF foot(content.left(), frame.bottom() + 3.0 * s, content.width(), footH);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop,
                     Tr::tr("%1 · Coordinate system EPSG:%2").arg(scaleText(map.scaleDenominator())).arg(map.epsg()));
    QString right = Tr::tr("Lägesbild · %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    if (m_settings.pageCount > 0)
        right += Tr::tr(" · page %1 of %2").arg(m_settings.pageNumber).arg(m_settings.pageCount);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, right);
    double y = foot.top() + lineH;
    for (const QString &line : {m_settings.attribution, m_settings.audienceNote})
        if (!line.isEmpty()) {
            painter.drawText(QRectF(foot.left(), y, foot.width(), lineH), Qt::AlignLeft | Qt::AlignTop, line);
            y += lineH;
        }
    return true;
}

void MapExporter::paintOverview(QPainter &painter, const QRectF &frame, QRectF box, double dpi, double s,
                                Feedback &feedback)
{
    // A small map of the whole area with the printed extent outlined, so a reader of a district
    // map sees where in the municipality it lies.
    const Extent all = m_settings.overviewExtent;
    if (box.isEmpty()) {
        const double w = std::min(frame.width() * 0.22, 190.0 * s);
        box = QRectF(frame.right() - w - 8.0 * s, frame.top() + 62.0 * s, w,
                     w * all.height() / std::max(1.0, all.width()));
    }
    render::MapSettings overview = m_map;
    overview.setExtent(all);
    overview.setOutputSize(QSize(int(box.width()), int(box.height())));
    overview.setOutputDpi(dpi / 3.0);
    QStringList base;
    for (const QString &id : {QStringLiteral("municipality"), QStringLiteral("water"), QStringLiteral("districts")})
        if (m_map.visibleLayers().contains(id))
            base << id;
    overview.setVisibleLayers(base.isEmpty() ? QStringList{QStringLiteral("municipality")} : base);
    painter.save();
    painter.fillRect(box, Qt::white);
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), box.size()));
    (void)render::renderMap(painter, overview, m_layers, feedback);
    const Extent e = m_map.extent();
    const double sx = box.width() / all.width(), sy = box.height() / all.height();
    const QRectF where(QPointF((e.minX - all.minX) * sx, (all.maxY - e.maxY) * sy),
                       QPointF((e.maxX - all.minX) * sx, (all.maxY - e.minY) * sy));
    painter.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 1.6 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(where.intersected(QRectF(QPointF(0, 0), box.size())).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8 * s));
    painter.drawRect(box);
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

ExportResult MapExporter::exportToSvg(const QString &path, Feedback &feedback)
{
    if (m_map.extent().isEmpty()) {
        m_error = Tr::tr("The map has no extent to export.");
        return ExportResult::InvalidSettings;
    }
    // The page in CSS pixels (96 per inch); points, lines and text stay vectors.
    const double dpi = 96.0;
    const QPageLayout layout(m_settings.pageSize, m_settings.orientation, QMarginsF());
    const QSizeF mmSize = layout.fullRect(QPageLayout::Millimeter).size();
    const QSize px(int(mmSize.width() / 25.4 * dpi), int(mmSize.height() / 25.4 * dpi));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(px);
    svg.setViewBox(QRect(QPoint(0, 0), px));
    svg.setResolution(int(dpi));
    svg.setTitle(m_settings.title);
    QPainter painter(&svg);
    painter.fillRect(QRect(QPoint(0, 0), px), Qt::white);
    const bool done = paintPage(painter, QRectF(QPointF(0, 0), QSizeF(px)), dpi, feedback);
    painter.end();
    if (!done)
        return ExportResult::Canceled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    return ExportResult::Success;
}

} // namespace lb::report
