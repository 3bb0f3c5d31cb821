#include "render/style_classes.h"

#include "render/map_style.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::LayerStyle)
};
} // namespace

std::vector<StyleClass> graduatedClasses(const LayerStyle &style, double lo, double hi, bool whole)
{
    const int n = std::clamp(style.classCount, 2, 7);
    const QLocale locale;
    std::vector<StyleClass> out;
    for (int k = 0; k < n; ++k) {
        const double t = double(k) / (n - 1);
        double from = lo + (hi - lo) * k / n;
        double to = lo + (hi - lo) * (k + 1) / n;
        QString label;
        if (whole) {
            // Whole values: the class holds ceil(from) .. the last whole value below `to` (the top
            // class includes `hi`).
            const long a = long(std::ceil(from - 1e-9));
            const long b = k + 1 == n ? long(std::floor(hi + 1e-9)) : long(std::ceil(to - 1e-9)) - 1;
            label = a >= b ? locale.toString(qlonglong(a))
                           : Tr::tr("%1–%2").arg(locale.toString(qlonglong(a)), locale.toString(qlonglong(b)));
        } else {
            label = Tr::tr("%1–%2").arg(locale.toString(from, 'g', 3), locale.toString(to, 'g', 3));
        }
        out.push_back({label, rampColor(style.ramp, t), 0.7 + 0.8 * t, 0});
    }
    return out;
}

int graduatedClassOf(double value, double lo, double hi, int count)
{
    if (!(hi > lo))
        return 0;
    return std::clamp(int(std::floor((value - lo) / (hi - lo) * count + 1e-9)), 0, count - 1);
}

LegendItem::Symbol legendSymbol(SymbolShape shape)
{
    switch (shape) {
    case SymbolShape::Circle:
        return LegendItem::Symbol::Circle;
    case SymbolShape::Square:
        return LegendItem::Symbol::Square;
    case SymbolShape::Triangle:
        return LegendItem::Symbol::Triangle;
    case SymbolShape::Diamond:
        return LegendItem::Symbol::Diamond;
    case SymbolShape::Pin:
        return LegendItem::Symbol::Pin;
    }
    return LegendItem::Symbol::Circle;
}

std::vector<LegendItem> classLegend(const std::vector<StyleClass> &classes, const LayerStyle &style)
{
    std::vector<LegendItem> items;
    for (const StyleClass &c : classes) {
        if (c.count <= 0)
            continue;
        LegendItem item{legendSymbol(style.shape), c.color, c.label, c.count};
        item.sizeFactor = style.kind == LayerStyle::Kind::Graduated ? c.sizeFactor : 1.0;
        items.push_back(item);
    }
    return items;
}

IncidentClasses::IncidentClasses(const MapData &data, const CompiledMapFilter &filter, const LayerStyle &style)
{
    const bool standard = style.palette == QLatin1String("standard");
    const auto categorical = [&](int k) {
        return paletteColor(style.palette, k);
    };
    if (style.kind == LayerStyle::Kind::Single) {
        m_field = Field::None;
        m_table = {0};
        m_classes.push_back({Tr::tr("Incident"), style.color, 1.0, 0});
    } else if (style.kind == LayerStyle::Kind::Graduated) {
        m_field = Field::Hour;
        m_classes = graduatedClasses(style, 0.0, 24.0, true);
        // The top class ends at hour 23: 24 is the next day's 0.
        for (int h = 0; h < 24; ++h)
            m_table.push_back(std::uint16_t(graduatedClassOf(h, 0.0, 24.0, int(m_classes.size()))));
        m_table.push_back(0);
        const long last = 23;
        const QLocale locale;
        const int n = int(m_classes.size());
        for (int k = 0; k < n; ++k) {
            const long a = long(std::ceil(24.0 * k / n - 1e-9));
            const long b = k + 1 == n ? last : long(std::ceil(24.0 * (k + 1) / n - 1e-9)) - 1;
            m_classes[k].label = Tr::tr("%1–%2 h").arg(locale.toString(qlonglong(a)), locale.toString(qlonglong(b)));
        }
    } else if (style.field == QLatin1String("category")) {
        m_field = Field::Category;
        std::vector<size_t> order(data.categories.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return data.categories[a].sortOrder < data.categories[b].sortOrder;
        });
        m_table.assign(data.categories.size() + 1, std::uint16_t(data.categories.size()));
        m_classes.resize(data.categories.size() + 1);
        for (size_t k = 0; k < order.size(); ++k) {
            const Category &c = data.categories[order[k]];
            m_table[order[k]] = std::uint16_t(k);
            m_classes[k] = {localizedLabel(c.labelSv, c.labelEn), categorical(int(k)), 1.0, 0};
        }
        m_classes.back() = {Tr::tr("Unknown category"), style::groupColor(QStringLiteral("other")), 1.0, 0};
    } else if (style.field == QLatin1String("source")) {
        m_field = Field::Source;
        const auto n = data.sources.size();
        m_table.resize(size_t(n) + 1);
        for (qsizetype k = 0; k <= n; ++k)
            m_table[size_t(k)] = std::uint16_t(k);
        for (qsizetype k = 0; k < n; ++k)
            m_classes.push_back({data.sources[k], categorical(int(k)), 1.0, 0});
        m_classes.push_back({Tr::tr("No source given"), style::groupColor(QStringLiteral("other")), 1.0, 0});
    } else {
        m_field = Field::Group;
        m_table.resize(data.groups.size() + 1);
        for (size_t k = 0; k <= data.groups.size(); ++k)
            m_table[k] = std::uint16_t(std::min(k, data.groups.size() - 1));
        for (size_t k = 0; k < data.groups.size(); ++k) {
            const CategoryGroup &g = data.groups[k];
            m_classes.push_back({localizedLabel(g.labelSv, g.labelEn),
                                 standard ? style::groupColor(g.code) : categorical(int(k)), 1.0, 0});
        }
    }
    // The legend's counts: what the layer draws under the default disclosure rules.
    if (m_field == Field::Group && !filter.filter().isActive() && data.groupCounts.size() == m_classes.size()) {
        for (size_t k = 0; k < m_classes.size(); ++k)
            m_classes[k].count = data.groupCounts[k];
        return;
    }
    const IncidentSnapshot &inc = data.incidents;
    const bool filtered = filter.filter().isActive();
    for (size_t i = 0; i < inc.size(); ++i) {
        if (inc.sensitive[i])
            continue;
        if (filtered && !filter.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i], inc.source[i],
                                        inc.district[i]))
            continue;
        ++m_classes[classOf(inc, i)].count;
    }
}

} // namespace lb::render
