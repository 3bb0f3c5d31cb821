#pragma once

// The plan of a safety walk (trygghetsvandring): the numbered points the group visits, in walking
// order, and why each point is on the list. A point is proposed from an open finding of an earlier
// walk, a place residents marked unsafe in a survey round, a cluster of recent incidents or a
// report from the e-service, or added by hand. The walk itself (date, route, area, participants)
// is a Walk in records.h. Plain value types; safe to copy across threads.

#include "core/geometry.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lb {

enum class WalkPointReason { OpenFinding, UnsafePlace, IncidentCluster, ServiceReport, Added };

// Storage codes: "open_finding", "unsafe_place", "incident_cluster", "service_report", "added".
QString toString(WalkPointReason reason);
std::optional<WalkPointReason> walkPointReasonFromString(const QString &code);

struct WalkPoint {
    std::int64_t id = 0;
    std::int64_t walkId = 0;
    int number = 0; // 1, 2, 3 … in walking order
    PointXY position;
    WalkPointReason reason = WalkPointReason::Added;
    QString place; // a street, a square, "the tunnel under the railway"
    QString why;   // why it is on the list, in the user's language when proposed
    // The record the point came from: "walk_findings", "survey_pins" or "incidents" and its fid;
    // empty and 0 for clusters and points added by hand.
    QString sourceTable;
    std::int64_t sourceId = 0;
    std::int64_t weight = 0; // events, pins or findings behind the proposal
};

using WalkPlan = std::vector<WalkPoint>;

} // namespace lb
