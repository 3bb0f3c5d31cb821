#include "core/intervention.h"

namespace lb {

QString toString(InterventionShape shape)
{
    switch (shape) {
    case InterventionShape::Point:
        return QStringLiteral("point");
    case InterventionShape::Route:
        return QStringLiteral("route");
    case InterventionShape::Polygon:
        return QStringLiteral("polygon");
    case InterventionShape::Districts:
        return QStringLiteral("districts");
    }
    return {};
}

std::optional<InterventionShape> interventionShapeFromString(const QString &code)
{
    for (InterventionShape s :
         {InterventionShape::Point, InterventionShape::Route, InterventionShape::Polygon, InterventionShape::Districts})
        if (toString(s) == code)
            return s;
    return std::nullopt;
}

const std::vector<InterventionKind> &defaultInterventionKinds()
{
    static const std::vector<InterventionKind> kinds = {
        {QStringLiteral("camera"), QStringLiteral("Kamerabevakning"), QStringLiteral("Camera surveillance"), 1},
        {QStringLiteral("security_guards"), QStringLiteral("Ordningsvakter"), QStringLiteral("Security guards"), 2},
        {QStringLiteral("police_presence"), QStringLiteral("Polisnärvaro"), QStringLiteral("Police presence"), 3},
        {QStringLiteral("field_assistants"), QStringLiteral("Fältassistenter"), QStringLiteral("Field assistants"), 4},
        {QStringLiteral("night_walks"), QStringLiteral("Nattvandring"), QStringLiteral("Night walks"), 5},
        {QStringLiteral("lighting"), QStringLiteral("Belysning"), QStringLiteral("Lighting"), 6},
        {QStringLiteral("vegetation"), QStringLiteral("Röjning av växtlighet"), QStringLiteral("Vegetation clearing"),
         7},
        {QStringLiteral("clean_up"), QStringLiteral("Städning"), QStringLiteral("Clean-up"), 8},
        {QStringLiteral("redesign"), QStringLiteral("Fysisk ombyggnad"), QStringLiteral("Physical redesign"), 9},
        {QStringLiteral("social_programme"), QStringLiteral("Social insats"), QStringLiteral("Social programme"), 10},
        {QStringLiteral("other"), QStringLiteral("Annat"), QStringLiteral("Other"), 11},
    };
    return kinds;
}

} // namespace lb
