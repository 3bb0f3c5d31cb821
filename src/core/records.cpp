#include "core/records.h"

#include <array>
#include <utility>

namespace lb {

namespace {

template <typename E, size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table.front().second);
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table)
        if (s == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<LocationPrecision, const char *>, 5> kLocationPrecision{{
    {LocationPrecision::Exact, "exact"},
    {LocationPrecision::Street, "street"},
    {LocationPrecision::AreaCentroid, "area_centroid"},
    {LocationPrecision::MunicipalityCentroid, "municipality_centroid"},
    {LocationPrecision::CountyCentroid, "county_centroid"},
}};

constexpr std::array<std::pair<TimeOfDay, const char *>, 4> kTimeOfDay{{
    {TimeOfDay::Unknown, "unknown"},
    {TimeOfDay::Day, "day"},
    {TimeOfDay::Evening, "evening"},
    {TimeOfDay::Night, "night"},
}};

constexpr std::array<std::pair<FindingStatus, const char *>, 4> kFindingStatus{{
    {FindingStatus::Open, "open"},
    {FindingStatus::InProgress, "in_progress"},
    {FindingStatus::Fixed, "fixed"},
    {FindingStatus::Rejected, "rejected"},
}};

} // namespace

QString toString(LocationPrecision p)
{
    return nameOf(kLocationPrecision, p);
}
std::optional<LocationPrecision> locationPrecisionFromString(const QString &s)
{
    return valueOf(kLocationPrecision, s);
}

QString toString(TimeOfDay t)
{
    return nameOf(kTimeOfDay, t);
}
std::optional<TimeOfDay> timeOfDayFromString(const QString &s)
{
    return valueOf(kTimeOfDay, s);
}

QString toString(FindingStatus s)
{
    return nameOf(kFindingStatus, s);
}
std::optional<FindingStatus> findingStatusFromString(const QString &s)
{
    return valueOf(kFindingStatus, s);
}

} // namespace lb
