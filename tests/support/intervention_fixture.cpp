#include "support/intervention_fixture.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDateTime>

namespace lb::test {

namespace {
Area square(const QString &name, double x0, double y0)
{
    Area a;
    a.name = name;
    a.kind = QStringLiteral("district");
    a.geometry = {Polygon{{{{x0, y0}, {x0 + 1000, y0}, {x0 + 1000, y0 + 1000}, {x0, y0 + 1000}, {x0, y0}}}}};
    return a;
}

Instant noonOn(const QDate &d)
{
    return QDateTime(d, QTime(11, 0), Qt::UTC).toSecsSinceEpoch(); // 12:00 or 13:00 in Stockholm
}

} // namespace

// 2023 (before) and 2024 (after an intervention from 1 January 2024), one incident a day up to
// the month's count on the 1st, 2nd, ... of each month:
// - target (100 m around 600500, 6600500): 10 a month before, 6 after (120 → 72);
// - buffer ring (150 m from the centre): 8 before, 7 after (96 → 84);
// - Södra (605000–606000): 20 a month throughout (240 → 240), the comparison;
// - Norra (610000–611000): 80 a month throughout: too big to be proposed;
// - and two incidents outside every district on 1 January 2023 and 31 December 2024 so that the
//   data cover both years completely.
QString makeInterventionStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("eval.gpkg"));
    auto store = store::Store::create(path);
    REQUIRE(store.ok());
    std::vector<Area> areas{square(QStringLiteral("Centrum"), 600000, 6600000),
                            square(QStringLiteral("Södra"), 605000, 6600000),
                            square(QStringLiteral("Norra"), 610000, 6600000)};
    REQUIRE((*store)->insertAreas(areas).ok());
    std::vector<Incident> incidents;
    auto add = [&](PointXY where, const QDate &day) {
        Incident i;
        i.position = where;
        i.occurredAt = noonOn(day);
        i.category = QStringLiteral("skadegorelse");
        i.source = QStringLiteral("Polisen");
        i.sourceRef = QString::number(incidents.size());
        incidents.push_back(i);
    };
    for (int m = 0; m < 24; ++m) {
        const QDate month = QDate(2023, 1, 1).addMonths(m);
        const bool after = m >= 12;
        const std::pair<PointXY, int> places[] = {{{600500, 6600500}, after ? 6 : 10},
                                                  {{600650, 6600500}, after ? 7 : 8},
                                                  {{605500, 6600500}, 20},
                                                  {{610500, 6600500}, 80}};
        for (const auto &[where, count] : places)
            for (int d = 0; d < count; ++d)
                add(where, month.addDays(d));
    }
    add({620000, 6600000}, QDate(2023, 1, 1));
    add({620000, 6600000}, QDate(2024, 12, 31));
    REQUIRE((*store)->insertIncidents(incidents).ok());
    return path;
}

} // namespace lb::test
