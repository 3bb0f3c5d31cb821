#pragma once

// Why a source row was not imported. Every rejected row is written to the store's rejects table
// with a stable code (the enum's code(), for counting and for translating later) and an English
// text with the details; the user sees label() in their language.
//
// Pure functions; any thread.

#include <QString>

#include <optional>

namespace lb::io {

enum class RejectReason {
    NoPosition,          // the coordinate columns are empty and the row has no geometry
    BadCoordinates,      // coordinates that are not numbers
    WrongGeometry,       // a line where a point is needed, a point where an area is needed
    TransformFailed,     // PROJ could not transform the position
    OutsideCrsArea,      // outside the area where the store's CRS is valid
    OutsideMunicipality, // outside the municipality's boundary
    NoTime,              // the time column is empty
    BadTime,             // a time that cannot be read
    NoCategory,          // the category (or finding kind) column is empty
    UnknownCategory,     // a category value that is not in the mapping table
    MissingValue,        // another required value is empty
    BadValue,            // a number, rating, share, status or precision that cannot be read
    UnknownArea,         // an area name that the store does not have
    WriteFailed,         // the store refused the row
    BadRow,              // the row itself cannot be read: too long, a quote not closed, a NUL byte
    InvalidGeometry,     // a polygon that crosses itself or has an open ring (and was not repaired)
};

inline constexpr int kRejectReasonCount = static_cast<int>(RejectReason::InvalidGeometry) + 1;

// Stable code such as "bad_time".
QString code(RejectReason r);
std::optional<RejectReason> rejectReasonFromCode(const QString &code);
// Short translated label such as "Time cannot be read".
QString label(RejectReason r);
// The label for a code read back from the store (the code itself when unknown).
QString labelForCode(const QString &code);

} // namespace lb::io
