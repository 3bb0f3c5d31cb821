#pragma once

// The classes a LayerStyle makes of a point layer's features: for each, its label, colour, size
// factor and the number of features the layer shows in it, and the legend that follows from them.
// IncidentClasses builds them over an incident snapshot through small lookup tables (a class per
// group, category, source or hour), so the per-point cost in the draw loop is one table read.
// Immutable once built; any thread.

#include "render/layer_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace lb::render {

struct StyleClass {
    QString label;
    QColor color;
    double sizeFactor = 1.0;
    std::int64_t count = 0;
};

// `count` equal classes over [lo, hi] (whole numbers when `whole`): labels "1–2", colours along
// the style's ramp and sizes from 0.7 to 1.5 times the symbol's.
std::vector<StyleClass> graduatedClasses(const LayerStyle &style, double lo, double hi, bool whole);
// The class of `value` among graduatedClasses(style, lo, hi, ...).
int graduatedClassOf(double value, double lo, double hi, int count);

// One legend row per class with features, in the class's colour and size.
std::vector<LegendItem> classLegend(const std::vector<StyleClass> &classes, const LayerStyle &style);
LegendItem::Symbol legendSymbol(SymbolShape shape);

class IncidentClasses {
public:
    IncidentClasses() = default;
    // Counts the incidents drawn under the default disclosure rules and `filter`.
    IncidentClasses(const MapData &data, const CompiledMapFilter &filter, const LayerStyle &style);

    std::uint16_t classOf(const IncidentSnapshot &inc, size_t i) const
    {
        std::size_t v = 0;
        switch (m_field) {
        case Field::None:
            return 0;
        case Field::Group:
            v = inc.group[i];
            break;
        case Field::Category:
            v = inc.category[i];
            break;
        case Field::Source:
            v = inc.source[i];
            break;
        case Field::Hour:
            v = inc.hour[i];
            break;
        }
        return m_table[std::min(v, m_table.size() - 1)];
    }
    const std::vector<StyleClass> &classes() const { return m_classes; }

private:
    enum class Field { None, Group, Category, Source, Hour };
    Field m_field = Field::None;
    std::vector<std::uint16_t> m_table; // field value -> class; the last entry for unknown values
    std::vector<StyleClass> m_classes;
};

} // namespace lb::render
