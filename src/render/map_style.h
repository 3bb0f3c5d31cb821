#pragma once

// The map's cartography in one place: colours of the base map, the qualitative palette of the
// incident category groups, survey-pin and walk-finding colours, and the symbol images drawn for
// points. Pure functions of their arguments, callable from any thread. Sizes are in pixels at
// 96 DPI; callers multiply by MapSettings::pixelScale().

#include "core/records.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QString>

namespace lb::render::style {

// Base map.
QColor landColor();
QColor outsideColor();
QColor waterFill();
QColor waterOutline();
QColor roadColor(const QString &featureClass);
double roadWidth(const QString &featureClass, double scaleDenominator);
QColor districtOutline();
QColor districtLabel();
QColor municipalityOutline();
QColor walkRouteColor();

// Incidents: one colour per category group code (Okabe–Ito, readable with colour-blindness);
// unknown groups get the colour of "other".
QColor groupColor(const QString &groupCode);
// Survey pins, 1 = very unsafe .. 5 = safe, on a red–blue diverging scale.
QColor ratingColor(int rating);
QColor findingColor(FindingStatus status);

// Incident symbol radius in pixels at 96 DPI: smaller when zoomed out so dense areas stay legible.
double incidentRadius(double scaleDenominator);

// A filled circle with a darker rim, premultiplied ARGB, `radius` in device pixels. Blitting this
// is several times faster than drawEllipse for many points.
QImage circleSymbol(const QColor &fill, double radius);
// The outline of a map pin whose tip is at (0, 0), `size` tall.
QPainterPath pinPath(double size);

// Writes `text` centred in `rect` as a filled outline rather than through the glyph cache, as the
// other map labels are: identical pixels on any thread, and real vectors in a PDF.
void fillCentredText(QPainter &painter, const QFont &font, const QRectF &rect, const QString &text,
                     const QColor &color);

// Aggregated incidents: a cluster's disc, and six classes of incidents per hexagon (lower bounds
// 1, 2, 5, 20, 100, 500) on a sequential yellow–green–blue scale (ColorBrewer YlGnBu).
QColor clusterColor();
constexpr int hexagonClassCount = 6;
int hexagonClass(std::int64_t count);
std::int64_t hexagonClassLowerBound(int cls);
QColor hexagonColor(int cls);
// Survey choropleth: five classes of the share answering yes, 0–10 %, 10–20 %, 20–30 %, 30–40 % and
// 40 % or more (ColorBrewer OrRd); districts without an answer get a grey hatch.
constexpr int shareClassCount = 5;
int shareClass(double share);
QColor shareColor(int cls);
QColor noAnswerColor();

// Incidents placed only at a district's or the municipality's centre: a white disc inside a
// double ring, unlike any incident point, with the count written inside by the caller.
QColor centreStackColor();
void drawCentreStackSymbol(QPainter &painter, QPointF center, double radius, double pixelScale);
// Counts of sensitive incidents per district: a dark plum badge (a deep shade of the violence
// colour, unlike the walk route's violet) with white text.
QColor sensitiveColor();
void drawSensitiveBadge(QPainter &painter, const QRectF &rect, double pixelScale);

} // namespace lb::render::style
