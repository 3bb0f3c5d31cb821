#pragma once

// Proposes the points of a safety walk (trygghetsvandring) inside a district, or along a drawn
// route, from four sources:
// - findings of earlier walks still open or in progress: one point each, why = kind and age;
// - places residents marked unsafe (rating ≤ unsafeRating) in the latest survey round up to the
//   walk's year: pins chained within pinRadius are one place at their mean position, with their count;
// - clusters of incidents in the incidentMonths before the walk date (DBSCAN, clusterRadius and
//   clusterMinPoints), leaving out sensitive categories and positions that are only a centre; the
//   point is the incident with the most others within clusterRadius (the earliest of equals);
// - reports from the e-service (incidents whose source is one of serviceSources; by default every
//   source whose name mentions the e-service), grouped like the pins, in the same months.
// E-service reports are proposed on their own and are not part of the incident clusters.
//
// Ranking: each source is ranked on its own (findings oldest first, places and clusters by count,
// e-service groups by count then newest), and the sources take turns in the order above, so a cap
// of maxPoints keeps a mix. The kept points are put in walking order (walk_order.h) from the
// route's first point or the district's westmost corner and numbered 1..n.
//
// Pure function; any thread may call it. The caller passes the labels in the user's language.

#include "core/feedback.h"
#include "core/records.h"
#include "core/result.h"
#include "core/walk_plan.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <map>
#include <set>
#include <span>

namespace lb::analysis {

struct WalkProposalInput {
    QDate walkDate;              // required
    FeatureId walkId = 0;        // the walk being planned: its own findings are not "earlier"
    LineString route;            // with two or more points: candidates within routeDistance of it
    MultiPolygon area;           // otherwise: candidates inside it
    std::span<const Walk> walks; // the dates of the findings' walks
    std::span<const WalkFinding> findings;
    std::span<const Survey> surveys;
    std::span<const SurveyPin> pins;
    std::span<const Incident> incidents;
    std::set<QString> sensitiveCategories;
    std::map<QString, QString> categoryLabels; // code → label; the code when missing
    std::map<QString, QString> kindLabels;     // finding kind code → label
    std::span<const BaseFeature> streets;      // named streets for the place column; may be empty
    QTimeZone timeZone = QTimeZone::utc();     // where the walk date's midnight is
};

struct WalkProposalParameters {
    double routeDistance = 150.0; // metres either side of a drawn route
    int unsafeRating = 2;         // pins rated this or lower (1 = very unsafe) are unsafe places
    double pinRadius = 50.0;      // metres: pins (and e-service reports) this close chain into one place
    int incidentMonths = 12;      // incidents and e-service reports from this many months before the walk
    double clusterRadius = 100.0; // DBSCAN ε in metres
    std::size_t clusterMinPoints = 5;
    QStringList serviceSources;   // empty: defaultServiceSources() of the incidents' sources
    std::size_t maxPoints = 15;   // 0: no cap
    double placeDistance = 150.0; // the nearest named street within this many metres names the place
};

struct WalkProposalResult {
    WalkPlan points; // in walking order, numbered 1..n
    // Candidates per WalkPointReason (OpenFinding, UnsafePlace, IncidentCluster, ServiceReport)
    // before the cap; leftOut = their sum − points.size().
    std::array<std::size_t, 4> candidates{};
    std::size_t leftOut = 0;
    std::size_t sensitiveLeftOut = 0;    // incidents of sensitive categories in the window and area
    std::size_t centrePlacedLeftOut = 0; // incidents placed only at a centre
    QString surveyName;                  // the round whose pins were used; empty when none
    QStringList serviceSources;          // the sources counted as the e-service
    PointXY start;
    double lengthMetres = 0.0; // 1 → 2 → … → n in straight lines (the start only anchors the order)
    bool canceled = false;
};

Result<WalkProposalResult> proposeWalkPoints(const WalkProposalInput &input, const WalkProposalParameters &parameters,
                                             Feedback &feedback);

// The sources whose name mentions the municipality's e-service ("e-tjänst", "etjänst", "e-service").
QStringList defaultServiceSources(const QStringList &sources);

} // namespace lb::analysis
