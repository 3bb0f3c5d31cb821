#include "cli/intervention_fields.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lb::cli {

namespace {
struct FieldsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Interventions)
};

std::optional<double> number(QString text)
{
    text = text.trimmed().remove(QLatin1Char(' ')).remove(QChar(0x00A0)).replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// "X Y, X Y, ..." → points; nothing when a pair is not two numbers.
std::optional<LineString> points(const QString &text)
{
    LineString out;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (xy.size() != 2)
            return std::nullopt;
        bool okX = false, okY = false;
        const double x = xy[0].toDouble(&okX), y = xy[1].toDouble(&okY);
        if (!okX || !okY)
            return std::nullopt;
        out.push_back({x, y});
    }
    return out;
}

QDate date(const QString &text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}
} // namespace

Result<Intervention> interventionFromFields(const QMap<QString, QString> &f, const store::Store &store,
                                            const std::vector<InterventionKind> &kinds)
{
    const auto value = [&](const char *key) {
        return f.value(QString::fromLatin1(key)).trimmed();
    };
    Intervention i;
    i.name = value("name");
    const QString kind = value("kind");
    for (const InterventionKind &k : kinds)
        if (kind.compare(k.code, Qt::CaseInsensitive) == 0 || kind.compare(k.labelSv, Qt::CaseInsensitive) == 0 ||
            kind.compare(k.labelEn, Qt::CaseInsensitive) == 0)
            i.kind = k.code;
    if (i.kind.isEmpty())
        return Error{FieldsTr::tr("Unknown kind of intervention: %1.").arg(kind)};
    i.startsOn = date(value("from"));
    if (!i.startsOn.isValid())
        return Error{FieldsTr::tr("The start date is not a date (YYYY-MM-DD): %1").arg(value("from"))};
    if (!value("to").isEmpty()) {
        i.endsOn = date(value("to"));
        if (!i.endsOn.isValid())
            return Error{FieldsTr::tr("The end date is not a date (YYYY-MM-DD): %1").arg(value("to"))};
    }
    i.organisation = value("organisation");
    i.description = value("description");
    if (!value("cost").isEmpty()) {
        i.cost = number(value("cost"));
        if (!i.cost)
            return Error{FieldsTr::tr("The cost is not a number: %1").arg(value("cost"))};
    }
    if (!value("radius").isEmpty()) {
        const auto r = number(value("radius"));
        if (!r)
            return Error{FieldsTr::tr("The radius is not a number: %1").arg(value("radius"))};
        i.radius = *r;
    }

    QString point = value("point");
    if (point.isEmpty() && !value("x").isEmpty())
        point = value("x") + QLatin1Char(' ') + value("y");
    const int shapes = int(!point.isEmpty()) + int(!value("route").isEmpty()) + int(!value("polygon").isEmpty()) +
                       int(!value("districts").isEmpty());
    if (shapes != 1)
        return Error{FieldsTr::tr("Give exactly one of a point (with a radius), a route, a polygon or districts.")};
    if (!point.isEmpty()) {
        const auto p = points(QString(point).replace(QLatin1Char(','), QLatin1Char(' ')));
        if (!p || p->size() != 1)
            return Error{FieldsTr::tr("The point is not two numbers X,Y: %1").arg(point)};
        i.shape = InterventionShape::Point;
        i.point = p->front();
    } else if (!value("route").isEmpty()) {
        const auto p = points(value("route"));
        if (!p)
            return Error{FieldsTr::tr("The route is not a list of points \"X Y, X Y, ...\": %1").arg(value("route"))};
        i.shape = InterventionShape::Route;
        i.route = *p;
    } else if (!value("polygon").isEmpty()) {
        auto p = points(value("polygon"));
        if (!p)
            return Error{
                FieldsTr::tr("The polygon is not a list of points \"X Y, X Y, ...\": %1").arg(value("polygon"))};
        if (!p->empty() && !(p->front() == p->back()))
            p->push_back(p->front());
        i.shape = InterventionShape::Polygon;
        i.polygon = {Polygon{{*p}}};
    } else {
        i.shape = InterventionShape::Districts;
        auto areas = store.areas();
        if (!areas)
            return areas.error();
        for (const QString &name : value("districts").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto it = std::find_if(areas->begin(), areas->end(), [&](const Area &a) {
                return a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (it == areas->end())
                return Error{FieldsTr::tr("There is no area named %1 in the store.").arg(name.trimmed())};
            i.areaIds.push_back(it->id);
        }
    }
    for (const QString &link : value("links").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = link.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const qint64 fid = parts.size() == 2 ? parts[1].toLongLong(&ok) : 0;
        static const QStringList tables{QStringLiteral("walk_findings"), QStringLiteral("survey_pins"),
                                        QStringLiteral("areas"), QStringLiteral("incidents")};
        if (!ok || !tables.contains(parts[0]))
            return Error{FieldsTr::tr("A link is TABLE:ID with TABLE one of %1: %2")
                             .arg(tables.join(QStringLiteral(", ")), link.trimmed())};
        i.links.push_back({parts[0], fid});
    }
    return i;
}

QMap<QString, QString> fieldsFromIntervention(const Intervention &i, const std::vector<Area> &areas)
{
    const auto coordinate = [](double v) {
        return QString::number(v, 'f', 3);
    };
    const auto pointList = [&](const LineString &points) {
        QStringList pairs;
        for (const PointXY &p : points)
            pairs << coordinate(p.x) + QLatin1Char(' ') + coordinate(p.y);
        return pairs.join(QStringLiteral(", "));
    };
    QMap<QString, QString> f;
    f[QStringLiteral("name")] = i.name;
    f[QStringLiteral("kind")] = i.kind;
    f[QStringLiteral("from")] = i.startsOn.toString(Qt::ISODate);
    f[QStringLiteral("to")] = i.endsOn.toString(Qt::ISODate);
    f[QStringLiteral("organisation")] = i.organisation;
    f[QStringLiteral("description")] = i.description;
    if (i.cost)
        f[QStringLiteral("cost")] = QString::number(*i.cost, 'f', 2);
    f[QStringLiteral("radius")] = QString::number(i.radius, 'g', 12);
    switch (i.shape) {
    case InterventionShape::Point:
        f[QStringLiteral("point")] = coordinate(i.point.x) + QLatin1Char(',') + coordinate(i.point.y);
        break;
    case InterventionShape::Route:
        f[QStringLiteral("route")] = pointList(i.route);
        break;
    case InterventionShape::Polygon:
        if (!i.polygon.empty() && !i.polygon.front().rings.empty())
            f[QStringLiteral("polygon")] = pointList(i.polygon.front().rings.front());
        break;
    case InterventionShape::Districts: {
        QStringList names;
        for (const Area &a : areas)
            if (std::find(i.areaIds.begin(), i.areaIds.end(), a.id) != i.areaIds.end())
                names << a.name;
        f[QStringLiteral("districts")] = names.join(QLatin1Char(','));
        break;
    }
    }
    QStringList links;
    for (const InterventionLink &l : i.links)
        links << QStringLiteral("%1:%2").arg(l.table).arg(l.featureId);
    f[QStringLiteral("links")] = links.join(QLatin1Char(','));
    return f;
}

} // namespace lb::cli
