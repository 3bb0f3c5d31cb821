#pragma once

// MapFilter: the one filter of the map workbench — time span, categories, time of day in local
// time and location precision. The same value drives the incident layers (what is drawn and the
// counts in the legend and layer list), the identify and table queries, the analyses (through
// storeFilter()) and the CLI's `render`. A plain, copyable value, safe on any thread.
//
// CompiledMapFilter turns category codes into the indices of one MapData snapshot, so the
// per-point test in the draw loops is a few comparisons.

#include "core/records.h"
#include "core/taxonomy.h"
#include "core/time_span.h"
#include "store/incident_filter.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace lb::render {

struct MapFilter {
    TimeSpan span;                             // [begin, end) in UTC; invalid means all time
    QStringList categories;                    // taxonomy codes; empty means all
    int hourFrom = 0;                          // local hours [hourFrom, hourTo); wraps past midnight when from > to
    int hourTo = 24;                           // 0..24 is the whole day
    std::vector<LocationPrecision> precisions; // empty means all

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
    bool isActive() const { return span.isValid() || !categories.isEmpty() || hoursActive() || !precisions.empty(); }

    // The part a store query can do itself (span and categories); hours and precision are tested
    // on the rows it returns (acceptsHour, acceptsPrecision).
    store::IncidentFilter storeFilter() const;

    // What is shown, in a few words for layer titles and the status bar ("1 jan. 2024 – 31 dec.
    // 2024, 2 categories, 18–22"); empty when nothing is filtered.
    QString describe(const QTimeZone &zone, const QLocale &locale = QLocale()) const;

    friend bool operator==(const MapFilter &, const MapFilter &) = default;
};

class CompiledMapFilter {
public:
    CompiledMapFilter() = default;
    CompiledMapFilter(const MapFilter &filter, const std::vector<Category> &categories);

    const MapFilter &filter() const { return m_filter; }
    // categoryIndex indexes the snapshot's categories; 0xffff is a code the taxonomy lacks.
    bool accepts(Instant t, std::uint8_t localHour, std::uint16_t categoryIndex, LocationPrecision p) const
    {
        if (m_span && !m_filter.span.contains(t))
            return false;
        if (m_categories && (categoryIndex >= m_allowed.size() || !m_allowed[categoryIndex]))
            return false;
        if (m_hours && !m_filter.acceptsHour(localHour))
            return false;
        return !m_precision || m_filter.acceptsPrecision(p);
    }

private:
    MapFilter m_filter;
    std::vector<bool> m_allowed;
    bool m_span = false;
    bool m_categories = false;
    bool m_hours = false;
    bool m_precision = false;
};

} // namespace lb::render
