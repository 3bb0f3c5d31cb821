#pragma once

// MapFilter: the one filter of the map workbench — time span, categories, time of day in local
// time, location precision, districts, sources and survey rounds, and for safety-walk findings
// their status, kind, walk and whether they are overdue. The same value drives the incident
// layers (what is drawn and the counts in the legend and layer list), the survey-pin layer (its
// rounds), the walk layer (its findings and routes), the identify and table queries, the analyses
// (through storeFilter()) and the CLI's `render` and `print`. A plain, copyable value, safe on
// any thread.
//
// CompiledMapFilter turns category codes, source names and district names into the indices of
// one MapData snapshot, so the per-point test in the draw loops is a few comparisons.

#include "core/records.h"
#include "core/taxonomy.h"
#include "core/time_span.h"
#include "store/incident_filter.h"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace lb::render {

struct MapData;

struct MapFilter {
    TimeSpan span;                             // [begin, end) in UTC; invalid means all time
    QStringList categories;                    // taxonomy codes; empty means all
    int hourFrom = 0;                          // local hours [hourFrom, hourTo); wraps past midnight when from > to
    int hourTo = 24;                           // 0..24 is the whole day
    std::vector<LocationPrecision> precisions; // empty means all
    QStringList districts;                     // names of areas of kind "district"; empty means all
    QStringList sources;                       // reporting organisations; empty means all
    std::vector<std::int64_t> surveyRounds;    // survey ids (Survey::id) of the pins shown; empty means all

    // Safety-walk findings. Empty lists mean all; the incident parts above do not apply to them.
    std::vector<FindingStatus> findingStatuses; // the statuses shown
    QStringList findingKinds;                   // finding-kind codes
    std::vector<std::int64_t> walks;            // walk ids (Walk::id); also limits the routes drawn
    // Only findings still open or in progress whose due date has passed on `findingsAsOf` (today
    // when invalid). A finding without a due date is due kFindingDueAfterDays after its walk, as
    // in the follow-up lists.
    bool overdueOnly = false;
    QDate findingsAsOf;
    static constexpr int kFindingDueAfterDays = 90;

    // The usual times of day in safety work (local time): day 06–18, evening 18–22, night 22–06.
    enum class TimeOfDay { All, Day, Evening, Night };
    void setTimeOfDay(TimeOfDay t);

    bool hoursActive() const { return !(hourFrom == 0 && hourTo == 24) && hourFrom != hourTo; }
    bool acceptsHour(int hour) const
    {
        if (!hoursActive())
            return true;
        return hourFrom < hourTo ? (hour >= hourFrom && hour < hourTo) : (hour >= hourFrom || hour < hourTo);
    }
    bool acceptsPrecision(LocationPrecision p) const
    {
        return precisions.empty() || std::find(precisions.begin(), precisions.end(), p) != precisions.end();
    }
    bool acceptsRound(std::int64_t surveyId) const
    {
        return surveyRounds.empty() ||
               std::find(surveyRounds.begin(), surveyRounds.end(), surveyId) != surveyRounds.end();
    }
    bool acceptsWalk(std::int64_t walkId) const
    {
        return walks.empty() || std::find(walks.begin(), walks.end(), walkId) != walks.end();
    }
    // Whether the finding is shown; `walkDate` is its walk's date (for the implied due date).
    bool acceptsFinding(const WalkFinding &f, const QDate &walkDate) const;
    // Whether a finding is overdue on `asOf` (see overdueOnly).
    static bool isOverdue(const WalkFinding &f, const QDate &walkDate, const QDate &asOf);
    QDate findingsDay() const { return findingsAsOf.isValid() ? findingsAsOf : QDate::currentDate(); }
    bool findingsActive() const
    {
        return !findingStatuses.empty() || !findingKinds.isEmpty() || !walks.empty() || overdueOnly;
    }

    // Whether anything about incidents is filtered (the survey rounds are not).
    bool isActive() const
    {
        return span.isValid() || !categories.isEmpty() || hoursActive() || !precisions.empty() ||
               !districts.isEmpty() || !sources.isEmpty();
    }

    // The part a store query can do itself (span, categories and sources); hours, precision and
    // districts are tested on the rows it returns (acceptsHour, acceptsPrecision, and the
    // district's polygon).
    store::IncidentFilter storeFilter() const;

    // What is shown, in a few words for layer titles and the status bar ("1 jan. 2024 – 31 dec.
    // 2024, 2 categories, 18–22, Väster"); empty when no incident filter is set.
    QString describe(const QTimeZone &zone, const QLocale &locale = QLocale()) const;
    // The survey rounds shown, for the survey-pin layer's title ("2 survey rounds"); empty for all.
    QString describeRounds() const;
    // The findings shown, for the walk layer's title and the findings table ("open, in progress,
    // Norra centrum, overdue on 2 dec. 2026"); walks are named from `allWalks`. Empty for all.
    QString describeFindings(const std::vector<Walk> &allWalks, const QLocale &locale = QLocale()) const;

    friend bool operator==(const MapFilter &, const MapFilter &) = default;
};

class CompiledMapFilter {
public:
    CompiledMapFilter() = default;
    CompiledMapFilter(const MapFilter &filter, const MapData &data);

    const MapFilter &filter() const { return m_filter; }
    // categoryIndex indexes the snapshot's categories (0xffff: a code the taxonomy lacks),
    // source its sources and district its districts (0xffff: unknown, outside every district).
    bool accepts(Instant t, std::uint8_t localHour, std::uint16_t categoryIndex, LocationPrecision p,
                 std::uint16_t source, std::uint16_t district) const
    {
        if (m_span && !m_filter.span.contains(t))
            return false;
        if (m_categories && (categoryIndex >= m_allowed.size() || !m_allowed[categoryIndex]))
            return false;
        if (m_hours && !m_filter.acceptsHour(localHour))
            return false;
        if (m_sources && (source >= m_allowedSources.size() || !m_allowedSources[source]))
            return false;
        if (m_districts && (district >= m_allowedDistricts.size() || !m_allowedDistricts[district]))
            return false;
        return !m_precision || m_filter.acceptsPrecision(p);
    }

private:
    MapFilter m_filter;
    std::vector<bool> m_allowed, m_allowedSources, m_allowedDistricts;
    bool m_span = false;
    bool m_categories = false;
    bool m_hours = false;
    bool m_precision = false;
    bool m_sources = false;
    bool m_districts = false;
};

} // namespace lb::render
