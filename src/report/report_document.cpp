#include "report/report_document.h"

#include <QLocale>
#include <QUrl>

namespace lb::report {

ReportDocument::ReportDocument(bool isPublic, DisclosureRules rules)
    : m_public(isPublic)
    , m_rules(rules)
{}

void ReportDocument::heading(const QString &text, int level)
{
    m_html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(text.toHtmlEscaped());
}

void ReportDocument::paragraph(const QString &text)
{
    m_html += QStringLiteral("<p>%1</p>\n").arg(text.toHtmlEscaped());
}

void ReportDocument::note(const QString &text)
{
    m_html += QStringLiteral("<p style=\"font-size:8pt; color:#404040\">%1</p>\n").arg(text.toHtmlEscaped());
}

void ReportDocument::bullets(const QStringList &items)
{
    if (items.isEmpty())
        return;
    m_html += QStringLiteral("<ul>\n");
    for (const QString &item : items)
        m_html += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
    m_html += QStringLiteral("</ul>\n");
}

void ReportDocument::table(const QStringList &header, const std::vector<QStringList> &rows)
{
    m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"font-size:8.5pt; "
                             "border-color:#808080\">\n<tr>");
    for (const QString &h : header)
        m_html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>").arg(h.toHtmlEscaped());
    m_html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            m_html += QStringLiteral("<td align=\"%1\">%2</td>")
                          .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), row[i].toHtmlEscaped());
        m_html += QStringLiteral("</tr>\n");
    }
    m_html += QStringLiteral("</table>\n");
}

void ReportDocument::image(const QImage &image, int widthPx)
{
    const QString name = QStringLiteral("image%1.png").arg(m_images.size() + 1);
    m_images.emplace_back(name, image);
    m_html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
                  .arg(name)
                  .arg(widthPx)
                  .arg(int(double(widthPx) * image.height() / std::max(1, image.width())));
}

void ReportDocument::pageBreak()
{
    m_html += QStringLiteral("<p style=\"page-break-before:always\"></p>\n");
}

QString ReportDocument::count(long long n)
{
    if (m_public && m_rules.suppresses(n)) {
        ++m_suppressed;
        return QStringLiteral("–");
    }
    return QLocale().toString(n);
}

std::unique_ptr<QTextDocument> ReportDocument::take(const QString &title)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    for (const auto &[name, image] : m_images)
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc->setHtml(m_html);
    return doc;
}

} // namespace lb::report
