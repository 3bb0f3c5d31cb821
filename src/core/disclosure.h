#pragma once

// DisclosureRules: what an output may reveal about individual incidents. Every map, export and
// report applies the same rules: incidents of a sensitive category (the taxonomy's flag, e.g.
// violence in close relationships) are never drawn as single points unless the user deliberately
// chose to see them, and counts under minCount are suppressed. A plain value, safe on any thread.

#include <cstdint>

namespace lb {

struct DisclosureRules {
    // Draw sensitive incidents at their stored positions. Off by default; turning it on is a
    // deliberate choice that every output states on its face.
    bool showSensitivePoints = false;
    // Counts from 1 up to minCount - 1 are suppressed (k-anonymity threshold, 5 by default).
    int minCount = 5;

    bool suppresses(std::int64_t count) const { return count > 0 && count < minCount; }

    friend bool operator==(const DisclosureRules &, const DisclosureRules &) = default;
};

} // namespace lb
