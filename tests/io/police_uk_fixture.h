#pragma once

// Generates CSV files shaped like police.uk's street-level crime exports (the columns Crime ID,
// Month, Reported by, Falls within, Longitude, Latitude, Location, LSOA code, LSOA name, Crime
// type, Last outcome category, Context), and says how many rows of each kind it wrote, counted
// from its own construction rather than from an import.
//
// police.uk places every crime on one of a few anonymised snap points and gives only the month,
// so different crimes often share every value of a row. The file is made of groups: one group is
// one snap point, one month and one crime type, with 1 to 4 crimes. In every third group each
// crime has a Crime ID of its own; the others have none (anti-social behaviour has none on
// police.uk), and their rows are then identical. Besides, `repeatedIds` rows repeat an earlier
// row with a Crime ID exactly: one crime written twice. The rows are shuffled, so copies are not
// neighbours. The positions lie in Stockholm, inside the test municipality of
// import_test_support.h.

#include "io/field_mapping.h"

#include <QByteArray>

#include <cstdint>

namespace lb::test {

struct PoliceUkSpec {
    int groups = 100;
    int extraCopies = 0;  // added to every even group: a later export that knows of more crimes
    int maxCopies = 4;    // copies per group at most: an export that lists fewer
    int repeatedIds = 0;  // rows that repeat an earlier row with a Crime ID
    unsigned seed = 1;    // of the row order
    int paddingBytes = 0; // appended to the Context column of every row, to make the file larger
};

struct PoliceUkFile {
    QByteArray csv;
    std::int64_t rows = 0;   // data rows in the file
    std::int64_t crimes = 0; // distinct crimes: rows minus the repeated Crime IDs
    std::int64_t copies = 0; // rows without a Crime ID identical to an earlier row
    std::int64_t repeatedIds = 0;
};

// Crimes in group g of a file made with `spec`.
int policeUkCopies(const PoliceUkSpec &spec, int group);
PoliceUkFile policeUkCsv(const PoliceUkSpec &spec);

// Crimes in `later` that `earlier` does not have (both files made by policeUkCsv): a group's
// crimes are the same crimes in both files as far as the smaller count goes.
std::int64_t policeUkNewCrimes(const PoliceUkSpec &earlier, const PoliceUkSpec &later);

// The mapping a user would make for such a file: Crime ID as the reference, Month as the time,
// Reported by as the source, Location as the description, and the crime types mapped to codes.
io::FieldMapping policeUkMapping();

} // namespace lb::test
