#pragma once

// A safety walk's table as a spreadsheet and back. The exported table has one row per planned
// point with the columns "Nr", "Plats", "Skäl" filled in and "Iakttagelse", "Typ", "Ansvarig" and
// "Förslag till åtgärd" empty, for the group to fill in on the walk or afterwards.
//
// Importing the filled-in table (XLSX or CSV) turns each row with an observation into a finding of
// the walk at its point's position (matched by Nr), of the kind named in Typ (a finding-kind code
// or its Swedish or English label), with Ansvarig as the responsible organisation and the proposed
// action after the observation in the description; all in one transaction, with one edit-log entry
// per finding. A row with anything written in the four fill-in columns is stored, found already
// stored (the same table imported again), or rejected with its row number (as the spreadsheet
// shows it: the header is row 1) and the reason; nothing is lost.
//
// Borrows the Store; use it on the Store's thread.

#include "core/records.h"
#include "core/result.h"
#include "core/walk_plan.h"

#include <QStringList>

#include <vector>

namespace lb::store {
class Store;
}

namespace lb::io {

// The column names, in order.
const QStringList &walkTableColumns();

// Writes the plan as a table to `path`: .xlsx through GDAL, .csv as Excel opens it.
Status writeWalkTable(const QString &path, const WalkPlan &plan);

struct WalkTableRejection {
    std::int64_t row = 0; // as the spreadsheet shows it (header = 1)
    QString reason;
};

struct WalkTableImport {
    std::int64_t rowsWithText = 0; // rows with anything in the fill-in columns
    std::int64_t stored = 0;
    std::int64_t alreadyStored = 0; // the same finding was stored by an earlier import
    std::vector<WalkTableRejection> rejected;
    std::vector<FeatureId> findingIds; // of the stored findings
};

Result<WalkTableImport> importWalkTable(store::Store &store, const Walk &walk, const QString &path,
                                        const QString &author = {});

} // namespace lb::io
