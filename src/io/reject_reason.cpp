#include "io/reject_reason.h"

#include <QCoreApplication>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

struct Entry {
    RejectReason reason;
    const char *code;
};

constexpr Entry kEntries[] = {
    {RejectReason::NoPosition, "no_position"},
    {RejectReason::BadCoordinates, "bad_coordinates"},
    {RejectReason::WrongGeometry, "wrong_geometry"},
    {RejectReason::TransformFailed, "transform_failed"},
    {RejectReason::OutsideCrsArea, "outside_crs_area"},
    {RejectReason::OutsideMunicipality, "outside_municipality"},
    {RejectReason::NoTime, "no_time"},
    {RejectReason::BadTime, "bad_time"},
    {RejectReason::NoCategory, "no_category"},
    {RejectReason::UnknownCategory, "unknown_category"},
    {RejectReason::MissingValue, "missing_value"},
    {RejectReason::BadValue, "bad_value"},
    {RejectReason::UnknownArea, "unknown_area"},
    {RejectReason::WriteFailed, "write_failed"},
    {RejectReason::BadRow, "bad_row"},
    {RejectReason::InvalidGeometry, "invalid_geometry"},
};
} // namespace

QString code(RejectReason r)
{
    return QString::fromLatin1(kEntries[static_cast<int>(r)].code);
}

std::optional<RejectReason> rejectReasonFromCode(const QString &c)
{
    for (const Entry &e : kEntries)
        if (c == QLatin1String(e.code))
            return e.reason;
    return std::nullopt;
}

QString label(RejectReason r)
{
    switch (r) {
    case RejectReason::NoPosition:
        return Tr::tr("No position");
    case RejectReason::BadCoordinates:
        return Tr::tr("Coordinates cannot be read");
    case RejectReason::WrongGeometry:
        return Tr::tr("Wrong kind of geometry");
    case RejectReason::TransformFailed:
        return Tr::tr("Position cannot be transformed");
    case RejectReason::OutsideCrsArea:
        return Tr::tr("Outside the area of the coordinate system");
    case RejectReason::OutsideMunicipality:
        return Tr::tr("Outside the municipality");
    case RejectReason::NoTime:
        return Tr::tr("No time");
    case RejectReason::BadTime:
        return Tr::tr("Time cannot be read");
    case RejectReason::NoCategory:
        return Tr::tr("No category");
    case RejectReason::UnknownCategory:
        return Tr::tr("Unknown category");
    case RejectReason::MissingValue:
        return Tr::tr("Required value missing");
    case RejectReason::BadValue:
        return Tr::tr("Value cannot be read");
    case RejectReason::UnknownArea:
        return Tr::tr("Unknown area");
    case RejectReason::WriteFailed:
        return Tr::tr("The store refused the row");
    case RejectReason::BadRow:
        return Tr::tr("The row cannot be read");
    case RejectReason::InvalidGeometry:
        return Tr::tr("Invalid geometry");
    }
    return {};
}

QString labelForCode(const QString &c)
{
    const auto r = rejectReasonFromCode(c);
    return r ? label(*r) : c;
}

} // namespace lb::io
