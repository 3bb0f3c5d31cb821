#include "walk_fixture.h"

#include "store/gpkg_geometry.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace lb::test {

QString demoStoreCopy(const QString &dir)
{
    static QTemporaryDir cache;
    const QString demo = cache.filePath(QStringLiteral("demo.gpkg"));
    if (!QFile::exists(demo)) {
        QString out, err;
        INFO(err.toStdString());
        REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo}, &out, &err) == 0);
    }
    const QString copy = dir + QStringLiteral("/demo.gpkg");
    QFile::remove(copy);
    REQUIRE(QFile::copy(demo, copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

WalkPlan addWalkPoints(const QString &storePath, std::int64_t walkId, int count)
{
    auto store = store::Store::open(storePath, store::Store::Mode::ReadWrite);
    REQUIRE(store);
    auto findings = (*store)->walkFindings(walkId);
    REQUIRE(findings);
    REQUIRE(!findings->empty());
    const store::Database &db = (*store)->database();
    const auto srs = db.queryInt(QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'walks'"));
    REQUIRE(srs);
    WalkPlan plan;
    for (int i = 0; i < count; ++i) {
        WalkPoint p;
        p.walkId = walkId;
        p.number = i + 1;
        // Repeated positions are shifted 60 m east so every circle is seen.
        const std::size_t k = std::size_t(i) % findings->size();
        p.position = (*findings)[k].position;
        p.position.x += 60.0 * double(std::size_t(i) / findings->size());
        p.reason = WalkPointReason::OpenFinding;
        p.place = QStringLiteral("Plats %1 vid Åvägen").arg(i + 1);
        p.why = QStringLiteral("Skäl %1: öppen iakttagelse").arg(i + 1);
        auto st = db.prepare(QStringLiteral("INSERT INTO walk_points (geom, walk_id, number, reason, place, why) "
                                            "VALUES (?1, ?2, ?3, 'open_finding', ?4, ?5)"));
        REQUIRE(st);
        st->bind(1, store::encodePoint(p.position, std::int32_t(*srs)))
            .bind(2, walkId)
            .bind(3, p.number)
            .bind(4, p.place)
            .bind(5, p.why);
        REQUIRE(st->exec());
        plan.push_back(p);
    }
    return plan;
}

} // namespace lb::test
