#include "report/walk_print.h"

#include "render/map_furniture.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "report/walk_plan_layer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::WalkPrint)
};

constexpr double kHeaderMm = 24.0; // title and the lines under it
constexpr double kFooterMm = 7.0;
} // namespace

QFont walkPrintFont(double points, double dpi, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(points * dpi / 72.0))));
    font.setBold(bold);
    // A letter spacing other than none turns off ligatures, so the PDF's text says "fi", not "ﬁ",
    // when searched or copied (Trafikverket, Fältgruppen); a twentieth of a device pixel is not seen.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

WalkPrinter::WalkPrinter(WalkPrintInput input, WalkPrintSettings settings)
    : m_in(std::move(input))
    , m_settings(std::move(settings))
{
    std::stable_sort(m_in.plan.begin(), m_in.plan.end(),
                     [](const WalkPoint &a, const WalkPoint &b) { return a.number < b.number; });
}

QSizeF WalkPrinter::pageSizeMm() const
{
    return QPageLayout(m_settings.pageSize, m_settings.orientation, QMarginsF())
        .fullRect(QPageLayout::Millimeter)
        .size();
}

QRectF WalkPrinter::mapFrameMm() const
{
    const QSizeF page = pageSizeMm();
    const double m = m_settings.marginMm;
    const QRectF content(m, m + kHeaderMm, page.width() - 2 * m, page.height() - 2 * m - kHeaderMm - kFooterMm);
    if (m_settings.orientation == QPageLayout::Landscape)
        return {content.left(), content.top(), content.width() * 0.66, content.height()};
    // Portrait: the legend below lists the points in two columns of about 10 mm a point; the map
    // gives up room for a long list, down to half the page.
    const double legendMm = 11.0 + 10.0 * double((m_in.plan.size() + 1) / 2);
    const double height =
        std::clamp(content.height() - 4.0 - legendMm, 0.5 * content.height(), 0.64 * content.height());
    return {content.left(), content.top(), content.width(), height};
}

QString WalkPrinter::title() const
{
    // Walk names usually say "Safety walk …" already.
    return m_in.walk.name.isEmpty() ? Tr::tr("Safety walk") : m_in.walk.name;
}

Extent WalkPrinter::mapExtent() const
{
    Extent e;
    for (const WalkPoint &p : m_in.plan)
        e.include(p.position);
    for (const PointXY &p : m_in.walk.route)
        e.include(p);
    if (e.isEmpty() && m_in.data)
        e = m_in.data->fullExtent;
    if (e.isEmpty())
        return e;
    // Room around the outermost points for their circles, and at least a few blocks of context.
    e = e.buffered(std::max(80.0, 0.1 * std::max(e.width(), e.height())));
    const double minSide = 600.0;
    const PointXY c = e.center();
    if (e.width() < minSide)
        e.minX = c.x - minSide / 2, e.maxX = c.x + minSide / 2;
    if (e.height() < minSide)
        e.minY = c.y - minSide / 2, e.maxY = c.y + minSide / 2;
    return e;
}

bool WalkPrinter::paintMapPage(QPainter &painter, double dpi, Feedback &feedback)
{
    const double mm = dpi / 25.4;
    const double s = dpi / 96.0;
    const QSizeF page = pageSizeMm();
    const double m = m_settings.marginMm;
    const QRectF frameMm = mapFrameMm();
    const QRectF frame(frameMm.left() * mm, frameMm.top() * mm, frameMm.width() * mm, frameMm.height() * mm);
    const QLocale locale;

    // Title block: the walk, then date and area, then who walks.
    painter.setPen(QColor(0x10, 0x10, 0x10));
    painter.setFont(walkPrintFont(17, dpi, true));
    const double contentW = (page.width() - 2 * m) * mm;
    painter.drawText(QRectF(m * mm, m * mm, contentW, 9 * mm), Qt::AlignLeft | Qt::AlignVCenter, title());
    QStringList facts;
    if (m_in.walk.date.isValid())
        facts << Tr::tr("Date: %1").arg(locale.toString(m_in.walk.date, QLocale::LongFormat));
    if (!m_in.areaName.isEmpty())
        facts << Tr::tr("Area: %1").arg(m_in.areaName);
    facts << Tr::tr("%n points", nullptr, int(m_in.plan.size()));
    painter.setFont(walkPrintFont(10.5, dpi));
    painter.drawText(QRectF(m * mm, (m + 10) * mm, contentW, 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                     facts.join(QStringLiteral("  ·  ")));
    const QString participants =
        m_in.walk.participants.isEmpty() ? QStringLiteral("…………………………………………") : m_in.walk.participants;
    painter.drawText(QRectF(m * mm, (m + 16) * mm, contentW, 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font(), painter.device())
                         .elidedText(Tr::tr("Participants: %1").arg(participants), Qt::ElideRight, contentW));

    // The map: standard base layers (no incidents: the page is carried and handed round) and the plan.
    render::LayerList layers;
    if (m_in.data)
        layers = render::createStandardLayers(m_in.data);
    layers.push_back(std::make_shared<WalkPlanLayer>(m_in.walk.route, m_in.plan));
    render::MapSettings map;
    map.setExtent(mapExtent());
    if (m_in.data)
        map.setEpsg(m_in.data->epsg);
    map.setVisibleLayers({QStringLiteral("municipality"), QStringLiteral("water"), QStringLiteral("roads"),
                          QStringLiteral("districts"), QStringLiteral("walk_plan")});
    map.setOutputSize(QSize(int(frame.width()), int(frame.height())));
    map.setOutputDpi(dpi);
    m_lastMap = map;
    painter.save();
    painter.translate(frame.topLeft());
    const render::RenderResult result = render::renderMap(painter, map, layers, feedback);
    if (result.canceled) {
        painter.restore();
        return false;
    }
    render::drawNorthArrow(painter, QRectF(frame.width() - 40.0 * s, 10.0 * s, 28.0 * s, 42.0 * s), s);
    render::drawScaleBar(painter, map, QPointF(12.0 * s, frame.height() - 12.0 * s), s);
    painter.restore();
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 0.3 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);

    QRectF legend;
    if (m_settings.orientation == QPageLayout::Landscape)
        legend = QRectF(frame.right() + 5 * mm, frame.top(), (page.width() - m) * mm - frame.right() - 5 * mm,
                        frame.height());
    else
        legend = QRectF(frame.left(), frame.bottom() + 4 * mm, frame.width(),
                        (page.height() - m - kFooterMm) * mm - frame.bottom() - 4 * mm);
    paintLegend(painter, legend, dpi);
    paintFooter(painter, dpi, 1);
    return true;
}

void WalkPrinter::paintFooter(QPainter &painter, double dpi, int pageNumber) const
{
    const double mm = dpi / 25.4;
    const QSizeF page = pageSizeMm();
    const double m = m_settings.marginMm;
    const QRectF foot(m * mm, (page.height() - m - kFooterMm + 2) * mm, (page.width() - 2 * m) * mm,
                      (kFooterMm - 2) * mm);
    painter.setFont(walkPrintFont(8, dpi));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    QString left = title();
    if (m_in.walk.date.isValid())
        left += QStringLiteral(" · ") + QLocale().toString(m_in.walk.date, QLocale::ShortFormat);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                     Tr::tr("Lägesbild · page %1 of %2").arg(pageNumber).arg(pageCount()));
}

ExportResult WalkPrinter::exportToFile(const QString &path, Feedback &feedback)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("pdf"))
        return exportToPdf(path, feedback);
    return exportToPng(path, feedback);
}

ExportResult WalkPrinter::exportToPdf(const QString &path, Feedback &feedback)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(m_settings.pdfDpi));
        writer.setPageLayout(QPageLayout(m_settings.pageSize, m_settings.orientation, QMarginsF()));
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Lägesbild"));
        QPainter painter(&writer);
        const double dpi = writer.resolution();
        if (!paintMapPage(painter, dpi, feedback)) {
            painter.end();
            file.cancelWriting();
            return ExportResult::Canceled;
        }
        for (int i = 0; i < tablePageCount(); ++i) {
            writer.newPage();
            paintTablePage(painter, dpi, i);
        }
        painter.end();
    }
    if (!file.commit()) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    return ExportResult::Success;
}

QImage WalkPrinter::renderPage(int index, double dpi, Feedback &feedback)
{
    if (index < 0 || index >= pageCount())
        return {};
    const QSizeF mmSize = pageSizeMm();
    const QSize px(int(mmSize.width() / 25.4 * dpi), int(mmSize.height() / 25.4 * dpi));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    bool done = true;
    if (index == 0)
        done = paintMapPage(painter, dpi, feedback);
    else
        paintTablePage(painter, dpi, index - 1);
    painter.end();
    return done ? image : QImage();
}

ExportResult WalkPrinter::exportToPng(const QString &path, Feedback &feedback)
{
    const QImage image = renderPage(0, m_settings.pngDpi, feedback);
    if (image.isNull())
        return ExportResult::Canceled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return ExportResult::FileError;
    }
    return ExportResult::Success;
}

} // namespace lb::report
