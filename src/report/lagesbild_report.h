#pragma once

// LagesbildReport: the yearly lägesbild (Act 2023:196) for the municipality or one district, as
// one document with the law's parts — a summary with the key numbers and the year's changes in
// plain language, an overview map, a hot spot map, trends by category and by district (chart and
// tables), the time profile, the survey results, the walk follow-up, and the data sources, their
// limits and the methods. Built as a QTextDocument (charts and maps as images painted by the same
// painters as every other output), written as PDF (ReportPages: numbered pages, the same pages a
// preview shows) or as editable ODF text (QTextDocumentWriter), since officers add their own text.
//
// A public report applies the disclosure rules: counts under k are shown as "–", categories and
// districts under k are left out, sensitive incidents are never drawn as points, no free text is
// included, and a section lists what was suppressed. Every page says internal or public.
// Synchronous; call from one thread per store (any thread: the desktop program builds it on a
// worker). The feedback's progress runs once from 0 to 100 over the parts; canceled, the build
// stops early and its outcome is not to be used.

#include "core/disclosure.h"
#include "core/feedback.h"
#include "core/result.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QTextDocument>

#include <memory>

namespace lb::report {

struct ReportSettings {
    int year = 0;     // the year reported on; earlier years back to year − 4 for the trends
    QString district; // empty: the whole municipality
    bool isPublic = false;
    DisclosureRules rules; // minCount is k
};

struct ReportOutcome {
    std::unique_ptr<QTextDocument> document;
    QString title;
    int suppressed = 0; // values and rows hidden in a public report
    QString footer;     // printed on every page: internal or public, with k
};

class ReportPages;

// The store may be a file or a server store.
Result<ReportOutcome> buildReport(const store::StoreReader &store, const ReportSettings &settings, Feedback &feedback);
inline Result<ReportOutcome> buildReport(const store::Store &store, const ReportSettings &settings, Feedback &feedback)
{
    return buildReport(*store::readerFor(store), settings, feedback);
}

// Writes the document as PDF (A4, numbered pages, report_pages.h) or ODF text by the extension
// (.pdf, .odt). A PDF is written from `pages` when given (the report laid out already, as a preview
// shows it), or laid out here.
Status writeReport(const ReportOutcome &report, const QString &path, const ReportPages *pages = nullptr);

} // namespace lb::report
