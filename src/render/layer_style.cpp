#include "render/layer_style.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::LayerStyle)
};

constexpr LayerStyle::Kind allKinds[] = {LayerStyle::Kind::Single, LayerStyle::Kind::Categorized,
                                         LayerStyle::Kind::Graduated};
constexpr SymbolShape allShapes[] = {SymbolShape::Circle, SymbolShape::Square, SymbolShape::Triangle,
                                     SymbolShape::Diamond, SymbolShape::Pin};

// Okabe & Ito (2008), the yellow darkened to show on the light base map; Paul Tol's "bright".
constexpr QRgb okabeIto[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc3f8f, 0xe69f00, 0x56b4e9, 0xd9c21a, 0x7f7f7f};
constexpr QRgb bright[] = {0x4477aa, 0xee6677, 0x228833, 0xccbb44, 0x66ccee, 0xaa3377, 0xbbbbbb};

// ColorBrewer YlOrRd, Blues and RdYlBu (reversed so that high is blue), and viridis, light to dark.
struct Ramp {
    const char *name;
    QRgb stops[5];
};
constexpr Ramp ramps[] = {
    {"ylorrd", {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026}},
    {"blues", {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c}},
    {"viridis", {0xfde725, 0x5ec962, 0x21918c, 0x3b528b, 0x440154}},
    {"rdylbu", {0xd7191c, 0xfdae61, 0xe6d96a, 0x74add1, 0x2c7bb6}},
};

template <typename E, size_t N> std::optional<E> byName(const E (&all)[N], QString (*name)(E), const QString &text)
{
    const QString n = text.trimmed().toLower();
    for (E e : all)
        if (name(e) == n)
            return e;
    return std::nullopt;
}
} // namespace

QJsonObject LayerStyle::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), styleKindName(kind)},
                  {QStringLiteral("shape"), shapeName(shape)},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("color"), color.name()},
                  {QStringLiteral("palette"), palette},
                  {QStringLiteral("ramp"), ramp},
                  {QStringLiteral("classes"), classCount}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (!labelField.isEmpty())
        o.insert(QStringLiteral("labels"), labelField);
    return o;
}

LayerStyle LayerStyle::fromJson(const QJsonObject &json, const LayerStyle &fallback)
{
    LayerStyle s = fallback;
    if (const auto k = byName(allKinds, styleKindName, json.value(QStringLiteral("kind")).toString()))
        s.kind = *k;
    if (json.contains(QStringLiteral("field")))
        s.field = json.value(QStringLiteral("field")).toString();
    if (const auto sh = byName(allShapes, shapeName, json.value(QStringLiteral("shape")).toString()))
        s.shape = *sh;
    s.size = std::clamp(json.value(QStringLiteral("size")).toDouble(s.size), 0.0, 60.0);
    if (const QColor c(json.value(QStringLiteral("color")).toString()); c.isValid())
        s.color = c;
    if (paletteNames().contains(json.value(QStringLiteral("palette")).toString()))
        s.palette = json.value(QStringLiteral("palette")).toString();
    if (rampNames().contains(json.value(QStringLiteral("ramp")).toString()))
        s.ramp = json.value(QStringLiteral("ramp")).toString();
    s.classCount = std::clamp(json.value(QStringLiteral("classes")).toInt(s.classCount), 2, 7);
    s.labelField = json.value(QStringLiteral("labels")).toString();
    return s;
}

QStringList styledLayerIds()
{
    return {QStringLiteral("incidents"), QStringLiteral("survey_pins"), QStringLiteral("walks")};
}

LayerStyle defaultLayerStyle(const QString &layerId)
{
    LayerStyle s;
    s.kind = LayerStyle::Kind::Categorized;
    if (layerId == QLatin1String("survey_pins")) {
        s.field = QStringLiteral("rating");
        s.shape = SymbolShape::Pin;
        s.color = QColor(0xd7, 0x19, 0x1c);
    } else if (layerId == QLatin1String("walks")) {
        s.field = QStringLiteral("status");
        s.shape = SymbolShape::Square;
        s.color = QColor(0xd7, 0x26, 0x1e);
    } else {
        s.field = QStringLiteral("group");
    }
    return s;
}

QStringList categorizedFields(const QString &layerId)
{
    if (layerId == QLatin1String("incidents"))
        return {QStringLiteral("group"), QStringLiteral("category"), QStringLiteral("source")};
    if (layerId == QLatin1String("survey_pins"))
        return {QStringLiteral("rating"), QStringLiteral("round"), QStringLiteral("time_of_day"),
                QStringLiteral("reason")};
    if (layerId == QLatin1String("walks"))
        return {QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("responsible")};
    return {};
}

QStringList graduatedFields(const QString &layerId)
{
    if (layerId == QLatin1String("incidents"))
        return {QStringLiteral("hour")};
    if (layerId == QLatin1String("survey_pins"))
        return {QStringLiteral("rating")};
    return {};
}

QStringList labelFields(const QString &layerId)
{
    if (layerId == QLatin1String("incidents"))
        return {QStringLiteral("category"), QStringLiteral("source")};
    if (layerId == QLatin1String("survey_pins"))
        return {QStringLiteral("comment"), QStringLiteral("rating"), QStringLiteral("reason"), QStringLiteral("round")};
    if (layerId == QLatin1String("walks"))
        return {QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("responsible"),
                QStringLiteral("description")};
    return {};
}

QString fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> names[] = {
        {"group", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Category group")},
        {"category", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Category")},
        {"source", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Source")},
        {"hour", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Hour of day")},
        {"rating", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Rating")},
        {"round", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Survey round")},
        {"time_of_day", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Time of day")},
        {"reason", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Reason")},
        {"comment", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Comment")},
        {"status", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Status")},
        {"kind", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Kind of finding")},
        {"responsible", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Responsible")},
        {"description", QT_TRANSLATE_NOOP("lb::render::LayerStyle", "Description")},
    };
    for (const auto &[code, label] : names)
        if (field == QLatin1String(code))
            return Tr::tr(label);
    return field;
}

QString styleKindName(LayerStyle::Kind kind)
{
    switch (kind) {
    case LayerStyle::Kind::Single:
        return QStringLiteral("single");
    case LayerStyle::Kind::Categorized:
        return QStringLiteral("categorized");
    case LayerStyle::Kind::Graduated:
        return QStringLiteral("graduated");
    }
    return QStringLiteral("single");
}

QString styleKindLabel(LayerStyle::Kind kind)
{
    switch (kind) {
    case LayerStyle::Kind::Single:
        return Tr::tr("Single symbol");
    case LayerStyle::Kind::Categorized:
        return Tr::tr("Categorized");
    case LayerStyle::Kind::Graduated:
        return Tr::tr("Graduated");
    }
    return {};
}

QString shapeName(SymbolShape shape)
{
    switch (shape) {
    case SymbolShape::Circle:
        return QStringLiteral("circle");
    case SymbolShape::Square:
        return QStringLiteral("square");
    case SymbolShape::Triangle:
        return QStringLiteral("triangle");
    case SymbolShape::Diamond:
        return QStringLiteral("diamond");
    case SymbolShape::Pin:
        return QStringLiteral("pin");
    }
    return QStringLiteral("circle");
}

QString shapeLabel(SymbolShape shape)
{
    switch (shape) {
    case SymbolShape::Circle:
        return Tr::tr("Circle");
    case SymbolShape::Square:
        return Tr::tr("Square");
    case SymbolShape::Triangle:
        return Tr::tr("Triangle");
    case SymbolShape::Diamond:
        return Tr::tr("Diamond");
    case SymbolShape::Pin:
        return Tr::tr("Pin");
    }
    return {};
}

QStringList shapeNames()
{
    QStringList out;
    for (SymbolShape s : allShapes)
        out << shapeName(s);
    return out;
}

QStringList paletteNames()
{
    return {QStringLiteral("standard"), QStringLiteral("okabe-ito"), QStringLiteral("bright")};
}

QString paletteLabel(const QString &palette)
{
    if (palette == QLatin1String("okabe-ito"))
        return Tr::tr("Okabe–Ito (for colour-blind readers)");
    if (palette == QLatin1String("bright"))
        return Tr::tr("Bright");
    return Tr::tr("The map's standard colours");
}

QStringList rampNames()
{
    QStringList out;
    for (const Ramp &r : ramps)
        out << QLatin1String(r.name);
    return out;
}

QString rampLabel(const QString &ramp)
{
    if (ramp == QLatin1String("blues"))
        return Tr::tr("Light to dark blue");
    if (ramp == QLatin1String("viridis"))
        return Tr::tr("Yellow to purple (viridis)");
    if (ramp == QLatin1String("rdylbu"))
        return Tr::tr("Red to blue");
    return Tr::tr("Yellow to red");
}

QColor paletteColor(const QString &palette, int index)
{
    const bool useBright = palette == QLatin1String("bright");
    const int n = useBright ? int(std::size(bright)) : int(std::size(okabeIto));
    const QColor base = QColor::fromRgb(useBright ? bright[index % n] : okabeIto[index % n]);
    // Past the palette's length the colours come again, darker and then lighter.
    switch ((index / n) % 3) {
    case 1:
        return base.darker(150);
    case 2:
        return base.lighter(140);
    default:
        return base;
    }
}

QColor rampColor(const QString &ramp, double t)
{
    const Ramp *r = &ramps[0];
    for (const Ramp &candidate : ramps)
        if (ramp == QLatin1String(candidate.name))
            r = &candidate;
    const double x = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(std::floor(x)));
    const double f = x - i;
    const QColor a = QColor::fromRgb(r->stops[i]);
    const QColor b = QColor::fromRgb(r->stops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QString styledLayerId(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("incidents"))
        return n;
    if (n == QLatin1String("pins") || n == QLatin1String("survey_pins"))
        return QStringLiteral("survey_pins");
    if (n == QLatin1String("findings") || n == QLatin1String("walks") || n == QLatin1String("walk_findings"))
        return QStringLiteral("walks");
    return {};
}

Result<LayerStyle> parseLayerStyle(const QString &layerId, const QString &spec, const LayerStyle &base)
{
    LayerStyle s = base;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error{Tr::tr("A style needs a kind: single, categorized:FIELD or graduated:FIELD.")};
    const QString head = parts.first().trimmed();
    const QString kindText = head.section(QLatin1Char(':'), 0, 0);
    const auto kind = byName(allKinds, styleKindName, kindText);
    if (!kind)
        return Error{Tr::tr("Unknown style kind %1: single, categorized or graduated.").arg(kindText)};
    s.kind = *kind;
    const QString field = head.section(QLatin1Char(':'), 1).trimmed().toLower();
    const QStringList allowed = s.kind == LayerStyle::Kind::Categorized ? categorizedFields(layerId)
                                : s.kind == LayerStyle::Kind::Graduated ? graduatedFields(layerId)
                                                                        : QStringList();
    if (s.kind != LayerStyle::Kind::Single) {
        if (allowed.isEmpty())
            return Error{Tr::tr("The layer %1 has no field to draw %2.").arg(layerId, styleKindName(s.kind))};
        if (field.isEmpty() && s.field.isEmpty())
            return Error{Tr::tr("%1 needs a field: %2.").arg(kindText, allowed.join(QStringLiteral(", ")))};
        if (!field.isEmpty())
            s.field = field;
        if (!allowed.contains(s.field))
            return Error{Tr::tr("The layer %1 cannot be drawn %2 by %3. Fields: %4.")
                             .arg(layerId, styleKindName(s.kind), s.field, allowed.join(QStringLiteral(", ")))};
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = parts[i].section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("shape")) {
            const auto shape = byName(allShapes, shapeName, value);
            if (!shape)
                return Error{Tr::tr("Unknown shape %1: %2.").arg(value, shapeNames().join(QStringLiteral(", ")))};
            s.shape = *shape;
        } else if (key == QLatin1String("size")) {
            s.size = value.toDouble(&ok);
            if (!ok || s.size < 2.0 || s.size > 60.0)
                return Error{Tr::tr("size must be a number of pixels from 2 to 60, not %1.").arg(value)};
        } else if (key == QLatin1String("color") || key == QLatin1String("colour")) {
            s.color = QColor(value);
            if (!s.color.isValid())
                return Error{Tr::tr("color must look like #d55e00, not %1.").arg(value)};
        } else if (key == QLatin1String("palette")) {
            if (!paletteNames().contains(value))
                return Error{Tr::tr("Unknown palette %1: %2.").arg(value, paletteNames().join(QStringLiteral(", ")))};
            s.palette = value;
        } else if (key == QLatin1String("ramp")) {
            if (!rampNames().contains(value))
                return Error{Tr::tr("Unknown ramp %1: %2.").arg(value, rampNames().join(QStringLiteral(", ")))};
            s.ramp = value;
        } else if (key == QLatin1String("classes")) {
            s.classCount = value.toInt(&ok);
            if (!ok || s.classCount < 2 || s.classCount > 7)
                return Error{Tr::tr("classes must be a whole number from 2 to 7, not %1.").arg(value)};
        } else {
            return Error{Tr::tr("Unknown style setting %1: shape, size, color, palette, ramp or classes.").arg(key)};
        }
    }
    return s;
}

} // namespace lb::render
