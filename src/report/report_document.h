#pragma once

// ReportDocument: the small HTML writer behind the lägesbild report — headings, paragraphs,
// tables whose counts go through the disclosure rules, and images registered as resources of the
// QTextDocument (so both the PDF and the ODF file carry them). Used by one thread.

#include "core/disclosure.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace lb::report {

class ReportDocument {
public:
    ReportDocument(bool isPublic, DisclosureRules rules);

    void heading(const QString &text, int level = 2);
    void paragraph(const QString &text);
    void note(const QString &text); // small print
    void bullets(const QStringList &items);
    // A table; cells are plain text (escaped here).
    void table(const QStringList &header, const std::vector<QStringList> &rows);
    void image(const QImage &image, int widthPx = 540);
    void pageBreak();

    // A count as a table cell: "–" (and counted as suppressed) when a public report must hide it.
    QString count(long long n);
    // Whether a row or series with this total is left out of a public report.
    bool leftOut(long long total) const { return m_public && m_rules.suppresses(total); }
    void countLeftOut(int n = 1) { m_suppressed += n; }
    int suppressed() const { return m_suppressed; }
    bool isPublic() const { return m_public; }
    const DisclosureRules &rules() const { return m_rules; }

    // Hands over the finished document.
    std::unique_ptr<QTextDocument> take(const QString &title);

private:
    bool m_public;
    DisclosureRules m_rules;
    int m_suppressed = 0;
    QString m_html;
    std::vector<std::pair<QString, QImage>> m_images;
};

} // namespace lb::report
