#include "core/walk_plan.h"

#include <array>
#include <utility>

namespace lb {

namespace {

constexpr std::array<std::pair<WalkPointReason, const char *>, 5> kReasons{{
    {WalkPointReason::OpenFinding, "open_finding"},
    {WalkPointReason::UnsafePlace, "unsafe_place"},
    {WalkPointReason::IncidentCluster, "incident_cluster"},
    {WalkPointReason::ServiceReport, "service_report"},
    {WalkPointReason::Added, "added"},
}};

} // namespace

QString toString(WalkPointReason reason)
{
    for (const auto &[value, code] : kReasons)
        if (value == reason)
            return QString::fromLatin1(code);
    return {};
}

std::optional<WalkPointReason> walkPointReasonFromString(const QString &code)
{
    for (const auto &[value, name] : kReasons)
        if (code == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace lb
