#include "report/report_pages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextFrame>
#include <QThread>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::LagesbildReport)
};

constexpr double kLayoutDpi = 300.0;
constexpr double kFooterPt = 7.5;

double toUnits(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

void setDpi(QImage &image, double dpi)
{
    const int dpm = int(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
}
} // namespace

ReportPages::ReportPages(const QTextDocument &document, QString footer)
    : m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
    , m_document(document.clone())
    , m_footer(std::move(footer))
{
    setDpi(m_layoutDevice, kLayoutDpi);
    m_document->setParent(nullptr);
    // The layout measures text for this device, not for the screen or the printer, so the
    // preview and the PDF break pages at the same places.
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setMargin(0);
    m_document->rootFrame()->setFrameFormat(frame);
    const QPageLayout page = pageLayout();
    const QRectF full = page.fullRect(QPageLayout::Millimeter);
    const QRectF paint = page.paintRect(QPageLayout::Millimeter);
    m_pageSize = QSizeF(toUnits(full.width()), toUnits(full.height()));
    m_body = QRectF(toUnits(paint.left()), toUnits(paint.top()), toUnits(paint.width()), toUnits(paint.height()));
    m_document->setPageSize(m_body.size());
    m_document->documentLayout()->documentSize(); // lays the document out now, on this thread
}

ReportPages::~ReportPages() = default;

QPageLayout ReportPages::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

int ReportPages::pageCount() const
{
    return std::max(1, m_document->pageCount());
}

void ReportPages::paintPage(QPainter &painter, int index, const QRectF &page) const
{
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.translate(page.topLeft());
    painter.scale(page.width() / m_pageSize.width(), page.height() / m_pageSize.height());

    // The body: the slice of the laid-out document that falls on this page.
    painter.save();
    painter.translate(m_body.left(), m_body.top() - index * m_body.height());
    const QRectF view(0, index * m_body.height(), m_body.width(), m_body.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // The footer, in the bottom margin: who the page is for, and where it is in the report.
    QFont font(m_document->defaultFont());
    font.setPixelSize(int(kFooterPt / 72.0 * kLayoutDpi + 0.5)); // in layout units, whatever the device
    painter.setFont(font);
    painter.setPen(QColor(64, 64, 64));
    const QRectF footer(m_body.left(), m_body.bottom() + toUnits(6), m_body.width(), toUnits(6));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     Tr::tr("Page %1 of %2").arg(QLocale().toString(index + 1), QLocale().toString(pageCount())));
    painter.restore();
}

QImage ReportPages::pageImage(int index, int widthPx) const
{
    const int heightPx = int(widthPx * m_pageSize.height() / m_pageSize.width() + 0.5);
    QImage image(std::max(1, widthPx), std::max(1, heightPx), QImage::Format_ARGB32_Premultiplied);
    // The layout's resolution, so sizes in points come out as on paper, only smaller.
    setDpi(image, kLayoutDpi);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, index, QRectF(QPointF(0, 0), QSizeF(image.size())));
    return image;
}

Status ReportPages::writePdf(QIODevice *device, const QString &title) const
{
    QPdfWriter writer(device);
    QPageLayout layout = pageLayout();
    layout.setMargins(QMarginsF(0, 0, 0, 0)); // the pages paint their own margins
    writer.setPageLayout(layout);
    writer.setResolution(int(kLayoutDpi));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Lägesbild"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{Tr::tr("Cannot start the PDF document.")};
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        paintPage(painter, i, page);
    }
    painter.end();
    return Status::success();
}

void ReportPages::moveToThread(QThread *thread)
{
    m_document->moveToThread(thread);
}

} // namespace lb::report
