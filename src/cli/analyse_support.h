#pragma once

// Shared pieces of the `analyse` methods: the filter options every method takes (--from, --to,
// --categories, --sources, --district, --out), turning them into a store filter, reading numbers,
// and placing incidents in districts. Used only from the command's thread.

#include "cli/cli_support.h"
#include "store/store_reader.h"

#include <QCommandLineOption>

#include <optional>

namespace lb::cli {

int runAnalyseTrends(const QStringList &args, CommandIo io);
int runAnalyseSurvey(const QStringList &args, CommandIo io);
int runAnalyseWalks(const QStringList &args, CommandIo io);
int runAnalyseLisa(const QStringList &args, CommandIo io);
int runGiStarOnTable(const QStringList &args, CommandIo io);
int runAnalyseEmerging(const QStringList &args, CommandIo io);
int runAnalyseKnox(const QStringList &args, CommandIo io);

struct AnalyseFilters {
    AnalyseFilters();
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption categories;
    QCommandLineOption sources;
    QCommandLineOption district;
    QCommandLineOption out;

    void addTo(QCommandLineParser &p) const { p.addOptions({from, to, categories, sources, district, out}); }
};

// Builds the store filter from the options; prints the problem and returns false on bad input.
// The store may be a GeoPackage file or a server store (store_reader.h).
bool makeIncidentFilter(const QCommandLineParser &p, const AnalyseFilters &f, const store::StoreReader &store,
                        store::IncidentFilter &filter, CommandIo io);
bool makeIncidentFilter(const QCommandLineParser &p, const AnalyseFilters &f, const store::Store &store,
                        store::IncidentFilter &filter, CommandIo io);

// The day given by a date option, or nothing when the option is not set. Prints and sets *ok = false
// when it is not a date.
std::optional<QDate> dateOption(const QCommandLineParser &p, const QCommandLineOption &o, CommandIo io, bool *ok);

// The option's value as a number, `fallback` when not set; *ok = false when it is not a number.
double numberOption(const QCommandLineParser &p, const QCommandLineOption &o, double fallback, bool *ok);

// The area whose name matches (case-insensitively), or nothing.
std::optional<Area> areaNamed(const store::StoreReader &store, const QString &name);
std::optional<Area> areaNamed(const store::Store &store, const QString &name);

// The districts (areas of kind "district") and, per point, the index of the district containing
// it, or districts.size() for points outside every district.
struct DistrictIndex {
    std::vector<Area> districts;
    std::vector<Extent> extents;
    std::uint16_t of(PointXY p) const;
};
Result<DistrictIndex> loadDistricts(const store::StoreReader &store);

// "base.csv" → "base_suffix.csv": the companion tables written next to --out.
QString companionPath(const QString &out, const QString &suffix);

} // namespace lb::cli
