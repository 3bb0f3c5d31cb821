#pragma once

// Follow-up lists of safety-walk findings for the organisations responsible (the housing company,
// the technical office, the police): per organisation, every finding that was open or in progress
// on the reference date, since when (the walk's date; for work in progress the day the status
// changed), its due date and how many days it is overdue. As a PDF with one section per
// organisation, or as table rows for CSV/XLSX (written by the caller through io/export_spreadsheet).
// Also a walk's summary a year later (fixed, still open, median days to fix) for the yearly report.
//
// Status "as of" the reference date follows analysis::walkFollowup: a finding fixed after the date
// was still open then; walks after the date are left out. A finding without a due date is due
// `overdueDays` after its walk, as agreed in the follow-up routine. Any thread.

#include "analysis/walk_followup.h"
#include "core/feedback.h"
#include "core/records.h"
#include "core/result.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QDate>
#include <QImage>
#include <QStringList>

#include <vector>

namespace lb::report {

struct FollowupListOptions {
    QDate asOf;           // required
    QString responsible;  // only this organisation (exact name); empty: every organisation
    int overdueDays = 90; // due this many days after the walk when no due date was set
    // Thumbnails of the findings' photos, for an internal PDF. Off for a public list, which leaves
    // the photos out (faces, number plates, front doors), and for the tables, which have none.
    bool withPhotos = true;
    // A list for the public: no photos and none of the free text written on the walk (the
    // findings' descriptions), which may name people or addresses; the PDF says so.
    bool publicList = false;
};

struct FollowupItem {
    FeatureId findingId = 0;
    QString walkName;
    QDate walkDate;
    int pointNumber = 0; // 0 when not recorded at a numbered point
    QString kind;        // the kind's label
    QString description;
    FindingStatus status = FindingStatus::Open; // as of the reference date: Open or InProgress
    QDate since;                                // walk date, or the day work started
    QDate due;                                  // set or implied (see dueImplied)
    bool dueImplied = false;
    int overdueDays = 0; // days past due on the reference date; 0 when not overdue
    // Thumbnails of the first kFollowupThumbnails photos (oldest first), about 240 pixels high,
    // and how many photos the finding has; none without FollowupListOptions::withPhotos.
    std::vector<QImage> thumbnails;
    int photoCount = 0;
};

constexpr int kFollowupThumbnails = 2;

struct FollowupSection {
    QString responsible;             // "(no organisation)" when none was recorded
    std::vector<FollowupItem> items; // most overdue first, then oldest first
    long long open = 0;
    long long inProgress = 0;
    long long overdue = 0;
};

struct FollowupList {
    QDate asOf;
    int overdueDays = 90;
    std::vector<FollowupSection> sections; // by organisation name
    long long findingsConsidered = 0;      // findings of walks on or before the date, all statuses
    bool publicList = false;               // descriptions and photos left out
};

Result<FollowupList> buildFollowupList(const store::StoreReader &store, const FollowupListOptions &options,
                                       Feedback &feedback);
inline Result<FollowupList> buildFollowupList(const store::Store &store, const FollowupListOptions &options,
                                              Feedback &feedback)
{
    return buildFollowupList(*store::readerFor(store), options, feedback);
}

// One row per finding, for CSV and XLSX: dates as YYYY-MM-DD, numbers as plain digits.
QStringList followupHeader();
std::vector<QStringList> followupRows(const FollowupList &list);

// The PDF (A4 landscape): a title page section per organisation, each starting on a new page,
// the table header repeated on continuation pages, "page x of n" on every page. When findings
// have thumbnails, a photo column shows them 20 mm high beside their rows.
Status writeFollowupPdf(const FollowupList &list, const QString &path, int *pageCount = nullptr);

// A walk's findings a year after it (or on `until` when earlier): how many fixed, still open,
// rejected, and the median days to fix.
struct WalkSummary {
    Walk walk;
    QDate asOf;
    long long total = 0;
    long long fixed = 0;
    long long stillOpen = 0; // open or in progress
    long long rejected = 0;
    double medianDaysToFix = 0.0; // NaN when nothing was fixed
};

// Every walk on or before `until`, oldest first.
Result<std::vector<WalkSummary>> walkSummaries(const store::StoreReader &store, const QDate &until, Feedback &feedback);
inline Result<std::vector<WalkSummary>> walkSummaries(const store::Store &store, const QDate &until, Feedback &feedback)
{
    return walkSummaries(*store::readerFor(store), until, feedback);
}

} // namespace lb::report
