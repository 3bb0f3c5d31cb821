#include "render/incident_style.h"

#include <QCoreApplication>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::IncidentStyle)
};

constexpr IncidentStyle allStyles[] = {IncidentStyle::Points, IncidentStyle::Clusters, IncidentStyle::Hexagons,
                                       IncidentStyle::Automatic, IncidentStyle::Heat};
} // namespace

QString incidentStyleName(IncidentStyle style)
{
    switch (style) {
    case IncidentStyle::Points:
        return QStringLiteral("points");
    case IncidentStyle::Clusters:
        return QStringLiteral("clusters");
    case IncidentStyle::Hexagons:
        return QStringLiteral("hex");
    case IncidentStyle::Automatic:
        return QStringLiteral("auto");
    case IncidentStyle::Heat:
        return QStringLiteral("heat");
    }
    return QStringLiteral("points");
}

std::optional<IncidentStyle> incidentStyleFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (IncidentStyle s : allStyles)
        if (n == incidentStyleName(s))
            return s;
    if (n == QLatin1String("hexagons"))
        return IncidentStyle::Hexagons;
    return std::nullopt;
}

QStringList incidentStyleNames()
{
    QStringList names;
    for (IncidentStyle s : allStyles)
        names << incidentStyleName(s);
    return names;
}

QString incidentStyleLabel(IncidentStyle style)
{
    switch (style) {
    case IncidentStyle::Points:
        return Tr::tr("Points");
    case IncidentStyle::Clusters:
        return Tr::tr("Clusters with counts");
    case IncidentStyle::Hexagons:
        return Tr::tr("Hexagons with counts");
    case IncidentStyle::Automatic:
        return Tr::tr("Automatic (points when few, clusters otherwise)");
    case IncidentStyle::Heat:
        return Tr::tr("Heat map of the shown points");
    }
    return {};
}

} // namespace lb::render
