// The follow-up list as a PDF (see followup_list.h): A4 landscape, one section per organisation
// starting on a new page, the table header repeated on every page, "page x of n" at the foot.
// Findings with photos get a taller row with their thumbnails in a photo column.

#include "report/followup_list.h"
#include "report/walk_print.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::FollowupList)
};

constexpr double kDpi = 300.0;
constexpr double kMarginMm = 12.0;
constexpr double kTitleMm = 20.0; // the organisation, its counts
constexpr double kHeadMm = 8.0;
constexpr double kRowMm = 7.5;
constexpr double kPhotoRowMm = 23.0; // a row with thumbnails
constexpr double kThumbMm = 20.0;    // their height: enough to recognise the place and the damage
constexpr double kFootMm = 7.0;
constexpr QSizeF kPageMm(297.0, 210.0);

// Point, walk date, kind, description, status, since, due, days overdue; then photos if any.
constexpr double kShare[] = {0.05, 0.09, 0.18, 0.29, 0.09, 0.09, 0.10, 0.11};
constexpr double kPhotoShare[] = {0.04, 0.09, 0.13, 0.18, 0.08, 0.08, 0.09, 0.10, 0.21};

struct Page {
    std::size_t section = 0;
    std::size_t first = 0, last = 0; // items [first, last)
};

double rowMm(const FollowupItem &item)
{
    return item.thumbnails.empty() ? kRowMm : kPhotoRowMm;
}

bool hasPhotos(const FollowupList &list)
{
    for (const FollowupSection &s : list.sections)
        for (const FollowupItem &i : s.items)
            if (!i.thumbnails.empty())
                return true;
    return false;
}

// Rows fill a page down to the footer; a section starts on a new page.
std::vector<Page> paginate(const FollowupList &list)
{
    std::vector<Page> pages;
    const double room = kPageMm.height() - 2 * kMarginMm - kTitleMm - kHeadMm - kFootMm;
    for (std::size_t s = 0; s < list.sections.size(); ++s) {
        const std::vector<FollowupItem> &items = list.sections[s].items;
        std::size_t first = 0;
        do {
            std::size_t last = first;
            double used = 0.0;
            while (last < items.size() && (last == first || used + rowMm(items[last]) <= room))
                used += rowMm(items[last++]);
            pages.push_back({s, first, last});
            first = last;
        } while (first < items.size());
    }
    if (pages.empty())
        pages.push_back({0, 0, 0});
    return pages;
}

// The thumbnails side by side in `cell`, each scaled to the row's height, and "+N" for the rest.
void paintThumbnails(QPainter &painter, const FollowupItem &item, const QRectF &cell, double mm)
{
    double x = cell.left();
    const double h = kThumbMm * mm;
    const double gap = 1.5 * mm;
    const double y = cell.top() + (cell.height() - h) / 2;
    const bool more = item.photoCount > int(item.thumbnails.size());
    const double maxW = (cell.width() - 2 * gap - (more ? 6.0 * mm : 0.0)) / kFollowupThumbnails;
    for (const QImage &image : item.thumbnails) {
        const double w = std::min(h * image.width() / std::max(1, image.height()), maxW);
        const double fitH = w * image.height() / std::max(1, image.width());
        painter.drawImage(QRectF(x, y + (h - fitH) / 2, w, fitH), image);
        x += w + gap;
    }
    if (more)
        painter.drawText(QRectF(x, cell.top(), std::max(0.0, cell.right() - x), cell.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("+%1").arg(QLocale().toString(item.photoCount - int(item.thumbnails.size()))));
}

void paintPage(QPainter &painter, const FollowupList &list, const Page &page, int number, int count)
{
    const double mm = kDpi / 25.4;
    const QLocale locale;
    const double left = kMarginMm * mm, width = (kPageMm.width() - 2 * kMarginMm) * mm;
    double y = kMarginMm * mm;
    painter.setPen(QColor(0x10, 0x10, 0x10));
    if (list.sections.empty()) {
        painter.setFont(walkPrintFont(14, kDpi, true));
        painter.drawText(QRectF(left, y, width, 10 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         Tr::tr("Safety-walk follow-up as of %1").arg(locale.toString(list.asOf, QLocale::LongFormat)));
        painter.setFont(walkPrintFont(10, kDpi));
        painter.drawText(QRectF(left, y + 12 * mm, width, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         Tr::tr("Nothing is open or in progress."));
    } else {
        const FollowupSection &s = list.sections[page.section];
        painter.setFont(walkPrintFont(14, kDpi, true));
        painter.drawText(QRectF(left, y, width, 9 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         page.first == 0 ? s.responsible : Tr::tr("%1 (continued)").arg(s.responsible));
        painter.setFont(walkPrintFont(9.5, kDpi));
        painter.drawText(QRectF(left, y + 9 * mm, width, 7 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                         Tr::tr("As of %1: %2 open, %3 in progress, %4 overdue (due date passed; without a due "
                                "date, %5 days after the walk).")
                             .arg(locale.toString(list.asOf, QLocale::LongFormat))
                             .arg(locale.toString(s.open), locale.toString(s.inProgress), locale.toString(s.overdue))
                             .arg(list.overdueDays));
        y += kTitleMm * mm;
        const bool photos = hasPhotos(list);
        std::vector<double> x = {left};
        for (double share : photos ? std::vector<double>(std::begin(kPhotoShare), std::end(kPhotoShare))
                                   : std::vector<double>(std::begin(kShare), std::end(kShare)))
            x.push_back(x.back() + share * width);
        QStringList header = {Tr::tr("Point"),  Tr::tr("Walked"), Tr::tr("Kind"),     Tr::tr("Description"),
                              Tr::tr("Status"), Tr::tr("Since"),  Tr::tr("Due date"), Tr::tr("Days overdue")};
        if (photos)
            header << Tr::tr("Photos");
        painter.fillRect(QRectF(left, y, width, kHeadMm * mm), QColor(0xe4, 0xe4, 0xe4));
        painter.setFont(walkPrintFont(8.5, kDpi, true));
        for (int c = 0; c < header.size(); ++c)
            painter.drawText(QRectF(x[c] + 1.2 * mm, y, x[c + 1] - x[c] - 2.4 * mm, kHeadMm * mm),
                             Qt::AlignLeft | Qt::AlignVCenter, header[c]);
        y += kHeadMm * mm;
        const QFont plain = walkPrintFont(8.5, kDpi), bold = walkPrintFont(8.5, kDpi, true);
        for (std::size_t i = page.first; i < page.last; ++i) {
            const FollowupItem &it = s.items[i];
            const QStringList cells = {it.pointNumber > 0 ? locale.toString(it.pointNumber) : QStringLiteral("–"),
                                       locale.toString(it.walkDate, QLocale::ShortFormat),
                                       it.kind,
                                       it.description,
                                       it.status == FindingStatus::InProgress ? Tr::tr("In progress") : Tr::tr("Open"),
                                       locale.toString(it.since, QLocale::ShortFormat),
                                       locale.toString(it.due, QLocale::ShortFormat) +
                                           (it.dueImplied ? QStringLiteral("*") : QString()),
                                       it.overdueDays > 0 ? locale.toString(it.overdueDays) : QStringLiteral("–")};
            const double rowH = rowMm(it) * mm;
            if ((i - page.first) % 2 == 1)
                painter.fillRect(QRectF(left, y, width, rowH), QColor(0xf4, 0xf4, 0xf4));
            for (int c = 0; c < cells.size(); ++c) {
                painter.setFont(c == 7 && it.overdueDays > 0 ? bold : plain);
                const QRectF cell(x[c] + 1.2 * mm, y, x[c + 1] - x[c] - 2.4 * mm, rowH);
                if (rowH > kRowMm * mm) // a row with photos has room for the text on several lines
                    painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, cells[c]);
                else
                    painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                                     QFontMetricsF(painter.font(), painter.device())
                                         .elidedText(cells[c], Qt::ElideRight, cell.width()));
            }
            if (photos) {
                painter.setFont(plain);
                paintThumbnails(painter, it, QRectF(x[8] + 1.2 * mm, y, x[9] - x[8] - 2.4 * mm, rowH), mm);
            }
            y += rowH;
        }
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.25 * mm));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    painter.setFont(walkPrintFont(8, kDpi));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF foot(left, (kPageMm.height() - kMarginMm - kFootMm + 2) * mm, width, (kFootMm - 2) * mm);
    QString footText = Tr::tr("Safety-walk follow-up as of %1 · * due date implied: %2 days after the walk")
                           .arg(locale.toString(list.asOf, QLocale::ShortFormat))
                           .arg(list.overdueDays);
    if (list.publicList)
        footText += QStringLiteral(" · ") + Tr::tr("Public version: descriptions and photos left out");
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footText);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                     Tr::tr("Lägesbild · page %1 of %2").arg(number).arg(count));
}
} // namespace

Status writeFollowupPdf(const FollowupList &list, const QString &path, int *pageCount)
{
    const std::vector<Page> pages = paginate(list);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kDpi));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        writer.setTitle(Tr::tr("Safety-walk follow-up"));
        writer.setCreator(QStringLiteral("Lägesbild"));
        QPainter painter(&writer);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            paintPage(painter, list, pages[p], int(p) + 1, int(pages.size()));
        }
        painter.end();
    }
    if (!file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (pageCount)
        *pageCount = int(pages.size());
    return {};
}

} // namespace lb::report
