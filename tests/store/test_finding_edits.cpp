// FindingEditor: every edit a coordinator makes to a safety-walk finding lands in walk_findings
// (and its spatial index, and finding_photos) and in the edit log with the values before and after
// and the author; read back with plain SQL, not through the editor.

#include "store/edit_log.h"
#include "store/finding_edits.h"
#include "store/store.h"

#include "support/catch_qt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace lb;
using namespace lb::store;

namespace {

// A 1×1 PNG and the start of a JPEG (what the editor recognises is the signature).
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVO"
                                  "RK5CYII=");
}

QByteArray tinyJpeg()
{
    return QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000FFD9");
}

QJsonObject jsonAt(const Database &db, const QString &column, const QString &where)
{
    const auto text =
        db.queryText(QStringLiteral("SELECT %1 FROM edit_log WHERE %2 ORDER BY id DESC LIMIT 1").arg(column, where));
    REQUIRE(text);
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    FeatureId walkId = 0;

    Fixture()
    {
        auto created = Store::create(dir.filePath(QStringLiteral("walks.gpkg")));
        REQUIRE(created.ok());
        store = std::move(*created);
        Walk walk;
        walk.date = QDate(2026, 9, 17);
        walk.name = QStringLiteral("Centrum");
        auto id = store->insertWalk(walk);
        REQUIRE(id.ok());
        walkId = *id;
    }
    const Database &db() const { return store->database(); }
    std::int64_t count(const QString &sql) const { return db().queryInt(sql).value_or(-1); }
};

WalkFinding lamp(FeatureId walkId)
{
    WalkFinding f;
    f.position = {674120.0, 6580230.0};
    f.walkId = walkId;
    f.kind = QStringLiteral("belysning");
    f.description = QStringLiteral("Trasig lampa i gångtunneln");
    f.responsible = QStringLiteral("Tekniska kontoret");
    f.dueDate = QDate(2026, 11, 1);
    return f;
}

} // namespace

TEST_CASE("a finding added by hand is stored, indexed and logged with its author", "[store][findings]")
{
    Fixture fx;
    FindingEditor editor(*fx.store, QStringLiteral("Anna Andersson"));
    auto id = editor.add(lamp(fx.walkId));
    REQUIRE(id.ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT kind || '|' || description || '|' || responsible || '|' || status "
                                           "|| '|' || due_date || '|' || walk_id FROM walk_findings WHERE fid = %1")
                                .arg(*id)) ==
          QStringLiteral("belysning|Trasig lampa i gångtunneln|Tekniska kontoret|open|2026-11-01|%1").arg(fx.walkId));
    // The spatial index holds the point, so extent queries find it.
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM rtree_walk_findings_geom WHERE id = %1 AND minx <= 674120 AND "
                                  "maxx >= 674120 AND miny <= 6580230 AND maxy >= 6580230")
                       .arg(*id)) == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings' AND action = "
                                  "'insert' AND author = 'Anna Andersson' AND feature_id = %1")
                       .arg(*id)) == 1);
    CHECK(jsonAt(fx.db(), QStringLiteral("new_values"), QStringLiteral("action = 'insert'"))
              .value(QStringLiteral("responsible"))
              .toString() == QStringLiteral("Tekniska kontoret"));

    WalkFinding unknown = lamp(fx.walkId);
    unknown.kind = QStringLiteral("ufo");
    auto refused = editor.add(unknown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("ufo")));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings")) == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings'")) == 1);
}

TEST_CASE("status moves from open through in progress to fixed or rejected, with its dates, and back",
          "[store][findings]")
{
    Fixture fx;
    FindingEditor editor(*fx.store, QStringLiteral("Anna"));
    auto id = editor.add(lamp(fx.walkId));
    REQUIRE(id.ok());
    const auto row = [&] {
        return fx.db().queryText(QStringLiteral("SELECT status || '|' || coalesce(status_changed_on, '') || '|' || "
                                                "coalesce(fixed_date, '') FROM walk_findings WHERE fid = %1")
                                     .arg(*id));
    };
    CHECK(row() == QStringLiteral("open||"));
    REQUIRE(editor.setStatus(*id, FindingStatus::InProgress, QDate(2026, 10, 2)).ok());
    CHECK(row() == QStringLiteral("in_progress|2026-10-02|"));
    REQUIRE(editor.setStatus(*id, FindingStatus::Fixed, QDate(2026, 10, 20)).ok());
    CHECK(row() == QStringLiteral("fixed|2026-10-20|2026-10-20"));
    const QJsonObject before = jsonAt(fx.db(), QStringLiteral("old_values"), QStringLiteral("action = 'update'"));
    const QJsonObject after = jsonAt(fx.db(), QStringLiteral("new_values"), QStringLiteral("action = 'update'"));
    CHECK(before.value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("fixed"));
    CHECK(after.value(QStringLiteral("fixed_date")).toString() == QStringLiteral("2026-10-20"));

    // The lamp broke again: back to in progress, the fix date goes.
    REQUIRE(editor.setStatus(*id, FindingStatus::InProgress, QDate(2026, 12, 1)).ok());
    CHECK(row() == QStringLiteral("in_progress|2026-12-01|"));
    REQUIRE(editor.setStatus(*id, FindingStatus::Rejected, QDate(2026, 12, 5)).ok());
    CHECK(row() == QStringLiteral("rejected|2026-12-05|"));
    REQUIRE(editor.setStatus(*id, FindingStatus::Open, QDate(2026, 12, 6)).ok());
    CHECK(row() == QStringLiteral("open|2026-12-06|"));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'update' AND author = 'Anna'")) == 5);
    // Setting the status it already has changes nothing and logs nothing.
    REQUIRE(editor.setStatus(*id, FindingStatus::Open, QDate(2026, 12, 7)).ok());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'update'")) == 5);
}

TEST_CASE("moving, re-kinding and editing a finding write the new values and log the old ones", "[store][findings]")
{
    Fixture fx;
    FindingEditor editor(*fx.store);
    auto id = editor.add(lamp(fx.walkId));
    REQUIRE(id.ok());
    REQUIRE(editor.move(*id, {674500.0, 6580900.0}).ok());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM rtree_walk_findings_geom WHERE id = %1 AND minx = 674500 AND "
                                  "miny = 6580900")
                       .arg(*id)) == 1);
    const QJsonObject before = jsonAt(fx.db(), QStringLiteral("old_values"), QStringLiteral("action = 'move'"));
    CHECK(before.value(QStringLiteral("x")).toDouble() == 674120.0);
    CHECK(before.value(QStringLiteral("y")).toDouble() == 6580230.0);
    CHECK(fx.db().queryText(QStringLiteral("SELECT author FROM edit_log WHERE action = 'move'")) == currentOsUser());

    REQUIRE(editor.setKind(*id, QStringLiteral("vegetation_sikt")).ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT kind FROM walk_findings")) == QStringLiteral("vegetation_sikt"));
    CHECK_FALSE(editor.setKind(*id, QStringLiteral("nonsense")).ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT kind FROM walk_findings")) == QStringLiteral("vegetation_sikt"));

    REQUIRE(editor
                .setDetails(*id, QStringLiteral("Buskage skymmer sikten"), QStringLiteral("Bostadsbolaget"),
                            QDate(2027, 3, 31))
                .ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT description || '|' || responsible || '|' || due_date FROM "
                                           "walk_findings")) ==
          QStringLiteral("Buskage skymmer sikten|Bostadsbolaget|2027-03-31"));
    const QJsonObject old = jsonAt(fx.db(), QStringLiteral("old_values"), QStringLiteral("action = 'update'"));
    CHECK(old.value(QStringLiteral("responsible")).toString() == QStringLiteral("Tekniska kontoret"));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings'")) == 4);
}

TEST_CASE("a deleted finding comes back with its fid, fields and photos", "[store][findings]")
{
    Fixture fx;
    FindingEditor editor(*fx.store, QStringLiteral("Anna"));
    auto first = editor.add(lamp(fx.walkId));
    auto second = editor.add(lamp(fx.walkId));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(editor.setStatus(*first, FindingStatus::Fixed, QDate(2026, 10, 1)).ok());
    REQUIRE(editor.attachPhoto(*first, QStringLiteral("lampa.png"), tinyPng()).ok());
    REQUIRE(editor.attachPhoto(*first, QStringLiteral("lampa2.jpg"), tinyJpeg()).ok());

    auto deleted = editor.remove(*first);
    REQUIRE(deleted.ok());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings")) == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos")) == 0);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM rtree_walk_findings_geom WHERE id = %1").arg(*first)) == 0);
    CHECK(jsonAt(fx.db(), QStringLiteral("old_values"), QStringLiteral("action = 'delete'"))
              .value(QStringLiteral("photos"))
              .toInt() == 2);

    REQUIRE(editor.restore(*deleted).ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT status || '|' || fixed_date || '|' || responsible FROM "
                                           "walk_findings WHERE fid = %1")
                                .arg(*first)) == QStringLiteral("fixed|2026-10-01|Tekniska kontoret"));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM rtree_walk_findings_geom WHERE id = %1").arg(*first)) == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos WHERE finding_id = %1").arg(*first)) == 2);
    auto photos = editor.photos(*first, true);
    REQUIRE(photos.ok());
    REQUIRE(photos->size() == 2);
    CHECK((*photos)[0].data == tinyPng());
    CHECK((*photos)[1].data == tinyJpeg());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'restore' AND feature_id = %1")
                       .arg(*first)) == 1);
    // A new finding never takes a deleted one's fid.
    auto third = editor.add(lamp(fx.walkId));
    REQUIRE(third.ok());
    CHECK(*third > *second);
}

TEST_CASE("photos are JPEG or PNG of limited size, kept as blobs and listed", "[store][findings][photos]")
{
    Fixture fx;
    FindingEditor editor(*fx.store, QStringLiteral("Anna"));
    auto id = editor.add(lamp(fx.walkId));
    REQUIRE(id.ok());

    const QString file = fx.dir.filePath(QStringLiteral("tunnel.png"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(tinyPng());
    }
    auto photo = editor.attachPhotoFile(*id, file);
    REQUIRE(photo.ok());
    CHECK(fx.db().queryText(QStringLiteral("SELECT file_name || '|' || mime_type || '|' || length(data) FROM "
                                           "finding_photos WHERE id = %1")
                                .arg(*photo)) == QStringLiteral("tunnel.png|image/png|%1").arg(tinyPng().size()));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'add_photo' AND feature_id = %1")
                       .arg(*id)) == 1);

    auto text = editor.attachPhoto(*id, QStringLiteral("notes.txt"), QByteArray("not an image"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.errorMessage().contains(QStringLiteral("notes.txt")));
    QByteArray huge = tinyJpeg();
    huge.append(QByteArray(static_cast<int>(FindingEditor::kMaxPhotoBytes), '\0'));
    auto tooBig = editor.attachPhoto(*id, QStringLiteral("huge.jpg"), huge);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.errorMessage().contains(QStringLiteral("huge.jpg")));
    CHECK(tooBig.errorMessage().contains(QStringLiteral("MB")));
    CHECK_FALSE(editor.attachPhoto(9999, QStringLiteral("x.png"), tinyPng()).ok());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos")) == 1);

    auto listed = editor.photos(*id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().size == tinyPng().size());
    CHECK(listed->front().data.isEmpty());
    CHECK(listed->front().addedAt.isValid());

    REQUIRE(editor.removePhoto(*photo).ok());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos")) == 0);
    CHECK(jsonAt(fx.db(), QStringLiteral("old_values"), QStringLiteral("action = 'remove_photo'"))
              .value(QStringLiteral("file_name"))
              .toString() == QStringLiteral("tunnel.png"));
}
