#pragma once

// ReportPages: the lägesbild report laid out on A4 pages — the one layout and painting path behind
// the PDF and the desktop program's preview, so the preview shows the pages the PDF will have.
// Lays out its own copy of the document at a fixed resolution (300 dpi, whatever device it is later
// painted on), so the page breaks do not depend on the screen, and paints any page with its footer
// (internal or public, "page x of n") on any QPainter.
//
// May be built on a worker thread; the copy is a QObject, so hand it to the thread that paints
// with moveToThread() before that thread uses it. One thread at a time.

#include "core/result.h"

#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;
class QThread;

namespace lb::report {

struct ReportOutcome;

class ReportPages {
public:
    explicit ReportPages(const QTextDocument &document, QString footer = {});
    ~ReportPages();
    ReportPages(const ReportPages &) = delete;
    ReportPages &operator=(const ReportPages &) = delete;

    // A4 portrait, 20 mm margins: the page of the PDF.
    static QPageLayout pageLayout();
    int pageCount() const;
    // Paints page `index` (from 0) so that the whole page, margins included, fills `page` (in the
    // painter's coordinates). Paints no background: the PDF page is white, an image is filled first.
    void paintPage(QPainter &painter, int index, const QRectF &page) const;
    // Page `index` as a white image `widthPx` wide with the page's proportions.
    QImage pageImage(int index, int widthPx) const;
    // Writes every page to a PDF document.
    Status writePdf(QIODevice *device, const QString &title) const;

    void moveToThread(QThread *thread);

private:
    QImage m_layoutDevice; // the fixed-resolution device the text is laid out for
    std::unique_ptr<QTextDocument> m_document;
    QString m_footer;
    QSizeF m_pageSize; // the whole page in layout units
    QRectF m_body;     // the text area in layout units
};

} // namespace lb::report
