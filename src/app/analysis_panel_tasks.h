#pragma once

// The analysis panel's work, as plain functions run on worker threads: each opens its own
// store reader (store_reader.h: a file or a shared store on a server), fetches the incidents matching the panel's
// filter as plain arrays and calls the pure analysis functions (analysis/*), then builds the map layer or the tables
// the panel shows. Cancel through the Feedback; `error` is empty on success.
//
// Any thread; the functions share nothing.

#include "analysis/hotspot_analysis.h"
#include "analysis/kernel_density.h"
#include "analysis/time_profile.h"
#include "analysis/trends.h"
#include "core/taxonomy.h"
#include "render/map_layer.h"
#include "store/incident_filter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lb::app {

// What the filter offers, read when a store opens.
struct AnalysisStoreInfo {
    int epsg = 0;
    QString timeZone;
    QDate firstDay, lastDay; // of the incidents, local dates
    std::vector<Category> categories;
    std::vector<std::pair<FeatureId, QString>> districts;
    Extent municipalityExtent;
    QString error;
};
AnalysisStoreInfo readAnalysisStoreInfo(const QString &storePath);

// The panel's filter: which incidents every analysis uses.
struct AnalysisFilter {
    QDate firstDay, lastDay; // local dates, inclusive
    QStringList categories;  // codes; empty: all
    QStringList sources;     // reporting organisations (the map filter's); empty: all
    FeatureId districtId = 0;
    QString districtName; // for titles
};

struct HeatMapRequest {
    analysis::KdeParameters kde;
    bool fixedScale = false; // same grid (the municipality's) and colour scale for every period
    double scaleMax = 0.0;   // events per km²; 0: the result's maximum
};

struct AnalysisOutcome {
    std::shared_ptr<const render::MapLayer> layer; // for the map; null for the trends
    QStringList explanation;                       // plain-language sentences to show
    QStringList warnings;
    std::size_t events = 0;
    double scaleMax = 0.0; // the heat map's colour scale, events per km²
    bool canceled = false;
    QString error;
    // Trends and time profile.
    std::optional<analysis::TrendResult> trends;
    std::optional<analysis::TimeProfileResult> profile;
};

AnalysisOutcome runHeatMap(const QString &storePath, const AnalysisFilter &filter, const HeatMapRequest &request,
                           Feedback &feedback);
AnalysisOutcome runHotspots(const QString &storePath, const AnalysisFilter &filter, Feedback &feedback);
AnalysisOutcome runTrends(const QString &storePath, const AnalysisFilter &filter, Feedback &feedback);

// The hot spot map's colours by confidence bin −3..3 (0: not significant).
QColor hotspotColor(int bin);

} // namespace lb::app
