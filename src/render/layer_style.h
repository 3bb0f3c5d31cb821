#pragma once

// LayerStyle: how one point layer of the map (incidents, survey pins, walk findings) draws its
// symbols and labels, as one plain value: a single symbol, categories of a field each in a colour
// of a palette, or classes of a numeric field on a colour ramp with growing sizes; the symbol's
// shape, size and colour; and the field its labels come from. The desktop program keeps one per
// layer in the store (layer_state.h), the CLI's `render` and `print` read those and take
// --style/--labels over them, and the layers paint with it, so the screen, the PDF and the PNG
// draw alike. The style never decides what is shown: sensitive incidents and centre-placed ones
// are drawn as the disclosure rules say, whatever the style. Copyable; any thread.

#include "core/result.h"

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace lb::render {

enum class SymbolShape { Circle, Square, Triangle, Diamond, Pin };

struct LayerStyle {
    enum class Kind { Single, Categorized, Graduated };

    Kind kind = Kind::Single;
    QString field;                                // the field of Categorized and Graduated
    SymbolShape shape = SymbolShape::Circle;      // the symbol
    double size = 0.0;                            // px at 96 DPI; 0: the layer's own size for the scale
    QColor color = QColor(0x00, 0x72, 0xb2);      // the single symbol's colour
    QString palette = QStringLiteral("standard"); // Categorized: standard, okabe-ito, bright
    QString ramp = QStringLiteral("ylorrd");      // Graduated: ylorrd, blues, viridis, rdylbu
    int classCount = 5;                           // Graduated: 2..7 classes of equal width
    QString labelField;                           // empty: no labels

    QJsonObject toJson() const;
    // Values the JSON lacks or has wrong keep `fallback`'s.
    static LayerStyle fromJson(const QJsonObject &json, const LayerStyle &fallback);

    friend bool operator==(const LayerStyle &, const LayerStyle &) = default;
};

// The layers that take a LayerStyle: "incidents", "survey_pins", "walks" (its findings).
QStringList styledLayerIds();
// How each draws without a stored style: incidents by category group, pins by rating, findings by
// status, in the map's standard colours.
LayerStyle defaultLayerStyle(const QString &layerId);

// The fields a layer can be categorized by, graduated by, and labelled with (codes, as in files and
// the CLI), and a field's name in the UI language.
QStringList categorizedFields(const QString &layerId);
QStringList graduatedFields(const QString &layerId);
QStringList labelFields(const QString &layerId);
QString fieldLabel(const QString &field);

// Codes and names of the kinds, shapes, palettes and ramps.
QString styleKindName(LayerStyle::Kind kind);
QString styleKindLabel(LayerStyle::Kind kind);
QString shapeName(SymbolShape shape);
QString shapeLabel(SymbolShape shape);
QStringList shapeNames();
QStringList paletteNames();
QString paletteLabel(const QString &palette);
QStringList rampNames();
QString rampLabel(const QString &ramp);

// The colour of category `index` of `count` in a palette; "standard" is Okabe–Ito here (the
// layers use their own standard colours for the fields that have them).
QColor paletteColor(const QString &palette, int index);
// The colour at `t` (0..1) along a ramp.
QColor rampColor(const QString &ramp, double t);

// The CLI's style: "KIND[:FIELD][,shape=S][,size=PX][,color=#RRGGBB][,palette=P][,ramp=R][,classes=N]"
// applied over `base`, e.g. "categorized:source" or "single,color=#d55e00,shape=square". An error
// names what is wrong and what is allowed.
Result<LayerStyle> parseLayerStyle(const QString &layerId, const QString &spec, const LayerStyle &base);
// The layer id a CLI name means ("pins" and "survey_pins", "findings" and "walks", "incidents"),
// or an empty string.
QString styledLayerId(const QString &name);

} // namespace lb::render
