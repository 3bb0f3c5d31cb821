// The legend of page 1 and the table pages of WalkPrinter (see walk_print.h).

#include "report/walk_plan_layer.h"
#include "report/walk_print.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::WalkPrint)
};

constexpr double kTitleMm = 10.0;  // the table page's title line and the gap under it
constexpr double kHeadRowMm = 9.0; // the column header
constexpr double kFooterMm = 7.0;  // as in walk_print.cpp
constexpr double kCircleMm = 5.2;  // a numbered circle in the legend

// Column widths as shares of the table's width: Nr, place, why, then the three to write in.
constexpr double kColumnShare[] = {0.06, 0.17, 0.22, 0.25, 0.13, 0.17};

void drawNumberCircle(QPainter &painter, QPointF centre, double radius, int number, double dpi)
{
    painter.setPen(QPen(Qt::white, radius * 0.15));
    painter.setBrush(WalkPlanLayer::pointColor());
    painter.drawEllipse(centre, radius, radius);
    painter.setPen(Qt::white);
    painter.setFont(walkPrintFont(number > 9 ? 7.0 : 8.0, dpi, true));
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                     QString::number(number));
}
} // namespace

int WalkPrinter::rowsPerTablePage() const
{
    const double usable = pageSizeMm().height() - 2 * m_settings.marginMm - kTitleMm - kHeadRowMm - kFooterMm;
    return std::max(1, int(std::floor(usable / m_settings.rowHeightMm)));
}

int WalkPrinter::tablePageCount() const
{
    const int rows = rowsPerTablePage();
    return std::max(1, int((m_in.plan.size() + std::size_t(rows) - 1) / std::size_t(rows)));
}

void WalkPrinter::paintLegend(QPainter &painter, const QRectF &box, double dpi) const
{
    const double mm = dpi / 25.4;
    painter.save();
    painter.setClipRect(box);
    painter.setPen(QColor(0x10, 0x10, 0x10));
    painter.setFont(walkPrintFont(10.5, dpi, true));
    const double headH = 7 * mm;
    painter.drawText(QRectF(box.left(), box.top(), box.width(), headH), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Points in walking order"));
    const int columns = box.width() > 120 * mm ? 2 : 1;
    const double gap = 5 * mm;
    const double colW = (box.width() - gap * (columns - 1)) / columns;
    const double textW = colW - kCircleMm * mm - 2 * mm;
    // The largest type at which every point fits: the place on one line and why on two, or on one
    // when two do not fit.
    double points = 9.0;
    int whyLines = 2;
    double entryH = 0;
    int perColumn = 0;
    const auto fits = [&](double size, int lines) {
        const double h = QFontMetricsF(walkPrintFont(size, dpi), painter.device()).height();
        entryH = std::max(kCircleMm * mm, (1 + lines) * h) + 1.8 * mm;
        perColumn = std::max(1, int((box.height() - headH) / entryH));
        return std::size_t(perColumn * columns) >= m_in.plan.size();
    };
    bool found = false;
    for (int lines = 2; lines >= 1 && !found; --lines)
        for (double size = 9.0; size >= 6.5 && !found; size -= 0.5)
            if (fits(size, lines)) {
                points = size;
                whyLines = lines;
                found = true;
            }
    if (!found) {
        points = 6.5;
        whyLines = 1;
        fits(points, whyLines);
    }
    const QFont placeFont = walkPrintFont(points, dpi, true);
    const QFont whyFont = walkPrintFont(points, dpi);
    const double lineH = QFontMetricsF(whyFont, painter.device()).height();
    const std::size_t shown = std::min(m_in.plan.size(), std::size_t(perColumn * columns));
    for (std::size_t i = 0; i < shown; ++i) {
        const WalkPoint &p = m_in.plan[i];
        const int col = int(i) / perColumn;
        const double x = box.left() + col * (colW + gap);
        const double y = box.top() + headH + (int(i) % perColumn) * entryH;
        drawNumberCircle(painter, QPointF(x + kCircleMm * mm / 2, y + kCircleMm * mm / 2), kCircleMm * mm / 2, p.number,
                         dpi);
        const double tx = x + kCircleMm * mm + 2 * mm;
        painter.setPen(QColor(0x10, 0x10, 0x10));
        painter.setFont(placeFont);
        const QString place = p.place.isEmpty() ? Tr::tr("(no place name)") : p.place;
        painter.drawText(QRectF(tx, y, textW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(placeFont, painter.device()).elidedText(place, Qt::ElideRight, textW));
        painter.setFont(whyFont);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const QRectF whyRect(tx, y + lineH, textW, whyLines * lineH);
        if (whyLines == 1) {
            painter.drawText(whyRect, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(whyFont, painter.device()).elidedText(p.why, Qt::ElideRight, textW));
        } else {
            painter.save();
            // The clip cuts off lines beyond the last, not the ring of Å or the dots of Ö on the first,
            // which rise above the line box of the type.
            painter.setClipRect(whyRect.adjusted(0, -0.4 * lineH, 0, 0), Qt::IntersectClip);
            painter.drawText(whyRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, p.why);
            painter.restore();
        }
    }
    if (shown < m_in.plan.size()) {
        painter.setFont(walkPrintFont(8, dpi, true));
        painter.drawText(
            QRectF(box.left(), box.bottom() - lineH, box.width(), lineH), Qt::AlignRight,
            Tr::tr("Points %1–%2: see the table.").arg(m_in.plan[shown].number).arg(m_in.plan.back().number));
    }
    painter.restore();
}

void WalkPrinter::paintTablePage(QPainter &painter, double dpi, int index) const
{
    const double mm = dpi / 25.4;
    const QSizeF page = pageSizeMm();
    const double m = m_settings.marginMm;
    const double left = m * mm;
    const double width = (page.width() - 2 * m) * mm;
    painter.setPen(QColor(0x10, 0x10, 0x10));
    painter.setFont(walkPrintFont(13, dpi, true));
    painter.drawText(QRectF(left, m * mm, width, (kTitleMm - 2) * mm), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("%1 – notes").arg(title()));

    const QStringList header = {Tr::tr("No."),         Tr::tr("Place"),       Tr::tr("Why it is on the list"),
                                Tr::tr("Observation"), Tr::tr("Responsible"), Tr::tr("Proposed action")};
    std::vector<double> x = {left};
    for (double share : kColumnShare)
        x.push_back(x.back() + share * width);
    const double headTop = (m + kTitleMm) * mm;
    const double rowH = m_settings.rowHeightMm * mm;
    const int rows = rowsPerTablePage();
    const double bottom = headTop + kHeadRowMm * mm + rows * rowH;
    painter.fillRect(QRectF(left, headTop, width, kHeadRowMm * mm), QColor(0xe4, 0xe4, 0xe4));
    painter.setFont(walkPrintFont(8.5, dpi, true));
    for (int c = 0; c < header.size(); ++c)
        painter.drawText(QRectF(x[c] + 1.5 * mm, headTop, x[c + 1] - x[c] - 3 * mm, kHeadRowMm * mm),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, header[c]);

    const QFont placeFont = walkPrintFont(9, dpi, true);
    const QFont whyFont = walkPrintFont(8.5, dpi);
    for (int r = 0; r < rows; ++r) {
        const double top = headTop + kHeadRowMm * mm + r * rowH;
        // Faint writing lines in the blank columns.
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.15 * mm, Qt::DotLine));
        for (int k = 1; k < 3; ++k)
            painter.drawLine(QPointF(x[3], top + k * rowH / 3), QPointF(x[6], top + k * rowH / 3));
        const std::size_t i = std::size_t(index) * std::size_t(rows) + std::size_t(r);
        if (i >= m_in.plan.size())
            continue;
        const WalkPoint &p = m_in.plan[i];
        drawNumberCircle(painter, QPointF((x[0] + x[1]) / 2, top + 4.5 * mm), kCircleMm * mm / 2, p.number, dpi);
        const QRectF placeCell(x[1] + 1.5 * mm, top + 1.5 * mm, x[2] - x[1] - 3 * mm, rowH - 3 * mm);
        const QRectF whyCell(x[2] + 1.5 * mm, top + 1.5 * mm, x[3] - x[2] - 3 * mm, rowH - 3 * mm);
        painter.save();
        painter.setPen(QColor(0x10, 0x10, 0x10));
        painter.setClipRect(placeCell);
        painter.setFont(placeFont);
        painter.drawText(placeCell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, p.place);
        painter.setClipRect(whyCell);
        painter.setFont(whyFont);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        painter.drawText(whyCell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, p.why);
        painter.restore();
    }
    // The grid over everything: strong outer frame and header line, lighter row lines.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 0.25 * mm));
    for (int r = 1; r < rows; ++r) {
        const double y = headTop + kHeadRowMm * mm + r * rowH;
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    for (std::size_t c = 1; c + 1 < x.size(); ++c)
        painter.drawLine(QPointF(x[c], headTop), QPointF(x[c], bottom));
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.45 * mm));
    painter.drawLine(QPointF(left, headTop + kHeadRowMm * mm), QPointF(left + width, headTop + kHeadRowMm * mm));
    painter.drawRect(QRectF(left, headTop, width, bottom - headTop));
    paintFooter(painter, dpi, 2 + index);
}

} // namespace lb::report
