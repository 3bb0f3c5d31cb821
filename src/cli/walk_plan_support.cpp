#include "cli/walk_plan_support.h"

#include "cli/cli_support.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace lb::cli {

namespace {
struct WalkPlanTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkPlan)
};

std::optional<double> coordinate(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}
} // namespace

std::optional<PointXY> parsePoint(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[,\\s]+"));
    const QStringList parts = text.trimmed().split(separator, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    const auto x = coordinate(parts[0]), y = coordinate(parts[1]);
    if (!x || !y)
        return std::nullopt;
    return PointXY{*x, *y};
}

std::optional<LineString> parseRoute(const QString &text)
{
    LineString route;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList parts = pair.trimmed().split(space, Qt::SkipEmptyParts);
        if (parts.size() != 2)
            return std::nullopt;
        const auto x = coordinate(parts[0]), y = coordinate(parts[1]);
        if (!x || !y)
            return std::nullopt;
        route.push_back({*x, *y});
    }
    if (route.size() < 2)
        return std::nullopt;
    return route;
}

std::optional<Walk> walkById(const store::Store &store, const QString &idText, CommandIo io, int *exitCode)
{
    bool ok = false;
    const FeatureId id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        io.err << WalkPlanTr::tr("--walk takes the walk's number, as walk list prints it, not %1.").arg(idText) << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    auto walks = store.walks();
    if (!walks) {
        io.err << walks.errorMessage() << '\n';
        *exitCode = 1;
        return std::nullopt;
    }
    for (const Walk &w : *walks)
        if (w.id == id)
            return w;
    io.err << WalkPlanTr::tr("There is no walk %1 in the store; walk list shows the walks.").arg(id) << '\n';
    *exitCode = 2;
    return std::nullopt;
}

void printPlan(const WalkPlan &plan, QTextStream &out)
{
    int sourceWidth = 0, placeWidth = 0;
    for (const WalkPoint &p : plan) {
        sourceWidth = std::max(sourceWidth, static_cast<int>(reasonLabel(p.reason).size()));
        placeWidth = std::max(placeWidth, static_cast<int>(p.place.size()));
    }
    const QString source = WalkPlanTr::tr("Source"), place = WalkPlanTr::tr("Place");
    sourceWidth = std::max(sourceWidth, static_cast<int>(source.size()));
    placeWidth = std::max(placeWidth, static_cast<int>(place.size()));
    const auto line = [&](const QString &nr, const QString &s, const QString &pl, const QString &why,
                          const QString &at) {
        const QString gap = QStringLiteral("  ");
        out << nr.rightJustified(3) + gap + s.leftJustified(sourceWidth) + gap + pl.leftJustified(placeWidth) + gap +
                   why + gap + at
            << '\n';
    };
    line(WalkPlanTr::tr("No."), source, place, WalkPlanTr::tr("Why"), QStringLiteral("(X, Y)"));
    for (const WalkPoint &p : plan)
        line(QString::number(p.number), reasonLabel(p.reason), p.place, p.why,
             QStringLiteral("(%1, %2)")
                 .arg(QString::number(p.position.x, 'f', 0), QString::number(p.position.y, 'f', 0)));
}

} // namespace lb::cli
