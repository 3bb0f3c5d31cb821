// The desktop program on a shared store: the demo store copied into the throwaway PostgreSQL/PostGIS
// server (tests/pgstore/pg_test_server.h), opened in the main window by its postgresql:// string.
// The map shows what the file shows; a second connection's edits and imports reach the window by
// LISTEN/NOTIFY within a second; two people saving one finding or intervention get the conflict
// dialog and nothing is overwritten unless the user says so; the edit log names the database user.

#include "app/conflict_dialog.h"
#include "app/feature_panel.h"
#include "app/finding_panel.h"
#include "app/finding_session.h"
#include "app/intervention_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store_dialog.h"
#include "app/shared_store_listener.h"
#include "core/translations.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_test_server.h"
#include "pgstore/shared_editing.h"
#include "pgstore/shared_interventions.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/test_support.h"
#include "support/wait.h"
#include "ui_finding_panel.h"

#include "support/catch_qt.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace lb;

namespace {

// The demo store as a file and as a shared store, with two users who may edit it.
struct SharedDemo {
    QTemporaryDir dir;
    QString gpkg = dir.filePath(QStringLiteral("demo.gpkg"));
    QString url;

    explicit SharedDemo(const QString &database)
    {
        QString out, err;
        REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), gpkg}, &out, &err) == 0);
        url = test::freshPgDatabase(database);
        INFO(err.toStdString());
        REQUIRE(test::runCli({QStringLiteral("copy-store"), gpkg, url}, &out, &err) == 0);
        auto db = pgstore::PgConnection::open(url);
        REQUIRE(db);
        for (const char *user : {"alice", "bob"}) {
            const Status s = db->exec(
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE "
                               "ROLE %1 LOGIN; END IF; END $$; GRANT ALL ON ALL TABLES IN SCHEMA public TO %1; "
                               "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1;")
                    .arg(QLatin1String(user)));
            REQUIRE(s.errorMessage().toStdString() == "");
        }
    }
    QString as(const QString &user) const
    {
        QString u = url;
        u.replace(QStringLiteral("user=lagesbild"), QStringLiteral("user=") + user);
        return u;
    }
    pgstore::PgConnection connect(const QString &user) const
    {
        auto db = pgstore::PgConnection::open(as(user));
        REQUIRE(db);
        return std::move(*db);
    }
};

QString queryText(const pgstore::PgConnection &db, const QString &sql)
{
    auto v = db.queryText(sql);
    REQUIRE(v);
    return *v;
}

} // namespace

TEST_CASE("A shared store opens in the main window and shows what the file shows", "[app][shared]")
{
    qputenv("LAGESBILD_LANG", "en");
    installTranslations();
    SharedDemo demo(QStringLiteral("app_shared_open"));
    test::QuietDialogs fileDialogs, sharedDialogs;
    app::MainWindow fileWindow(&fileDialogs), sharedWindow(&sharedDialogs);
    for (app::MainWindow *w : {&fileWindow, &sharedWindow}) {
        w->resize(1000, 700);
        w->show();
    }
    test::openAndDraw(fileWindow, demo.gpkg);
    test::openAndDraw(sharedWindow, demo.as(QStringLiteral("alice")));
    REQUIRE(sharedDialogs.errors.isEmpty());
    CHECK(sharedWindow.isSharedStoreOpen());

    // The incidents in the file, counted on a connection of the test's own.
    auto file = store::Store::open(demo.gpkg, store::Store::Mode::ReadOnly);
    REQUIRE(file);
    const std::int64_t inFile = (*file)->database().queryInt(QStringLiteral("SELECT count(*) FROM incidents")).value();
    REQUIRE(inFile > 1000);
    auto db = demo.connect(QStringLiteral("alice"));
    CHECK(queryText(db, QStringLiteral("SELECT count(*) FROM incidents")).toLongLong() == inFile);

    const auto fileData = fileWindow.mapData();
    const auto sharedData = sharedWindow.mapData();
    REQUIRE(sharedData);
    // The same incidents as points, centre stacks and sensitive counts, by id.
    CHECK(sharedData->incidents.ids == fileData->incidents.ids);
    CHECK(sharedData->incidents.positions == fileData->incidents.positions);
    CHECK(sharedData->centreStacks.size() == fileData->centreStacks.size());
    CHECK(sharedWindow.shownIncidentCount() == fileWindow.shownIncidentCount());
    CHECK(sharedWindow.shownIncidentCount() == inFile);
    CHECK(sharedData->findings.size() == fileData->findings.size());
    CHECK(sharedData->walks.size() == fileData->walks.size());
    CHECK(sharedData->districts.size() == fileData->districts.size());
    // Identify under a click finds the same incidents, with all their fields.
    auto *fileIdentify = fileWindow.findChild<app::FeaturePanel *>();
    auto *sharedIdentify = sharedWindow.findChild<app::FeaturePanel *>();
    REQUIRE(fileIdentify);
    REQUIRE(sharedIdentify);
    const PointXY at = fileData->incidents.positions.front();
    REQUIRE(fileIdentify->identifyAt(at, 5.0));
    REQUIRE(sharedIdentify->identifyAt(at, 5.0));
    const auto &fromFile = fileIdentify->result().incidents;
    const auto &fromServer = sharedIdentify->result().incidents;
    REQUIRE(!fromFile.empty());
    REQUIRE(fromServer.size() == fromFile.size());
    for (size_t i = 0; i < fromFile.size(); ++i) {
        CHECK(fromServer[i].id == fromFile[i].id);
        CHECK(fromServer[i].occurredAt == fromFile[i].occurredAt);
        CHECK(fromServer[i].category == fromFile[i].category);
        CHECK(fromServer[i].description == fromFile[i].description);
        CHECK(fromServer[i].source == fromFile[i].source);
    }

    // The same filter gives the same count on both.
    render::MapFilter filter;
    REQUIRE(fileData->incidents.size() > 0);
    filter.categories = {fileData->categories.at(fileData->incidents.category.front()).code};
    fileWindow.setMapFilter(filter);
    sharedWindow.setMapFilter(filter);
    CHECK(sharedWindow.shownIncidentCount() == fileWindow.shownIncidentCount());
    CHECK(sharedWindow.shownIncidentCount() < inFile);
    CHECK(sharedWindow.shownIncidentCount() > 0);

    // The password never shows: the title names the store, not the connection.
    CHECK_FALSE(sharedWindow.windowTitle().contains(QLatin1String("postgresql")));
    // What cannot write to the server yet is off, and says why.
    for (const char *name : {"actionImportData", "actionImportBatches", "actionFetchPoliceEvents", "actionPrintMap"}) {
        auto *a = sharedWindow.findChild<QAction *>(QLatin1String(name));
        REQUIRE(a);
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip().contains(QLatin1String("shared store")));
        auto *f = fileWindow.findChild<QAction *>(QLatin1String(name));
        CHECK(f->isEnabled());
    }
}

TEST_CASE("Another user's edit and import reach the open window within a second", "[app][shared]")
{
    qputenv("LAGESBILD_LANG", "en");
    installTranslations();
    SharedDemo demo(QStringLiteral("app_shared_listen"));
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 700);
    window.show();
    test::openAndDraw(window, demo.as(QStringLiteral("alice")));
    QStringList messages;
    QObject::connect(&window, &app::MainWindow::sharedStoreChanged, [&](const QString &m) { messages << m; });
    // When the window heard of the change (the map is then read again, which takes as long as
    // opening the store does on a loaded machine).
    qint64 heardAfter = -1;
    QElapsedTimer timer;
    QObject::connect(window.sharedListener(), &app::SharedStoreListener::changed,
                     [&] { heardAfter = timer.elapsed(); });

    auto bob = demo.connect(QStringLiteral("bob"));
    const FeatureId fid = queryText(bob, QStringLiteral("SELECT min(fid) FROM walk_findings")).toLongLong();
    timer.start();
    REQUIRE(bob.exec(QStringLiteral("UPDATE walk_findings SET responsible = 'Bobs firma' WHERE fid = %1").arg(fid)));
    REQUIRE(test::waitUntil([&] { return !messages.isEmpty(); }, 10000));
    WARN("heard after " << heardAfter << " ms, the map read again after " << timer.elapsed() << " ms");
    CHECK(heardAfter >= 0);
    CHECK(heardAfter < 1000);
    CHECK(messages.first().contains(QStringLiteral("bob edited finding %1").arg(fid)));
    CHECK(window.statusBar()->currentMessage() == messages.first());
    const auto data = window.mapData();
    const auto edited =
        std::find_if(data->findings.begin(), data->findings.end(), [fid](const WalkFinding &f) { return f.id == fid; });
    REQUIRE(edited != data->findings.end());
    CHECK(edited->responsible == QLatin1String("Bobs firma"));

    // An import by another user: three incidents where the first one lies, in one batch.
    const std::int64_t before = window.shownIncidentCount();
    messages.clear();
    heardAfter = -1;
    timer.restart();
    REQUIRE(bob.exec(QStringLiteral(
        "BEGIN; INSERT INTO import_batches (started_at, kind, source_file) VALUES (now(), 'incidents', 'bob.csv'); "
        "INSERT INTO incidents (geom, occurred_at, category, source, batch_id) SELECT geom, occurred_at, category, "
        "source, currval(pg_get_serial_sequence('import_batches', 'id')) FROM incidents ORDER BY fid LIMIT 3; "
        "UPDATE import_batches SET finished_at = now(), rows_read = 3, rows_accepted = 3 WHERE id = "
        "currval(pg_get_serial_sequence('import_batches', 'id')); COMMIT;")));
    REQUIRE(test::waitUntil([&] { return !messages.isEmpty(); }, 10000));
    WARN("heard after " << heardAfter << " ms, the map read again after " << timer.elapsed() << " ms");
    CHECK(heardAfter >= 0);
    CHECK(heardAfter < 1000);
    CHECK(messages.first().contains(QLatin1String("bob imported incidents")));
    CHECK(window.shownIncidentCount() == before + 3);
    CHECK(window.shownIncidentCount() == queryText(bob, QStringLiteral("SELECT count(*) FROM incidents")).toLongLong());
}

TEST_CASE("Two people saving one finding: the second sees both and nothing is overwritten silently", "[app][shared]")
{
    qputenv("LAGESBILD_LANG", "en");
    installTranslations();
    SharedDemo demo(QStringLiteral("app_shared_conflict"));
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 700);
    window.show();
    test::openAndDraw(window, demo.as(QStringLiteral("alice")));
    auto *panel = window.findChild<app::FindingPanel *>();
    REQUIRE(panel);
    app::FindingSession *session = panel->session();
    REQUIRE(session->isShared());
    REQUIRE(session->canEdit());

    auto bob = demo.connect(QStringLiteral("bob"));
    const FeatureId fid = queryText(bob, QStringLiteral("SELECT min(fid) FROM walk_findings")).toLongLong();
    const auto serverValue = [&](const char *column) {
        return queryText(bob, QStringLiteral("SELECT coalesce(%1, '') FROM walk_findings WHERE fid = %2")
                                  .arg(QLatin1String(column))
                                  .arg(fid));
    };
    session->select(fid);
    REQUIRE(panel->shownFinding() == fid);

    // Alice types; meanwhile Bob saves the same finding.
    panel->form()->descriptionEdit->setPlainText(QStringLiteral("Alices beskrivning"));
    auto bobVersion = pgstore::findingVersion(bob, fid);
    REQUIRE(bobVersion);
    WalkFinding bobs = *std::find_if(window.mapData()->findings.begin(), window.mapData()->findings.end(),
                                     [fid](const WalkFinding &f) { return f.id == fid; });
    bobs.responsible = QStringLiteral("Bobs förvaltning");
    auto bobSave = pgstore::saveFinding(bob, bobs, **bobVersion);
    REQUIRE(bobSave);
    REQUIRE(bobSave->saved);
    // The window hears of it and reads the map again, keeping what Alice typed.
    REQUIRE(test::waitUntil([&] { return window.statusBar()->currentMessage().contains(QLatin1String("bob")); }, 5000));
    CHECK(panel->form()->descriptionEdit->toPlainText() == QLatin1String("Alices beskrivning"));

    // Her save finds Bob's change: the dialog shows both, and cancel leaves Bob's row as it is.
    dialogs.conflictAnswer = app::ConflictChoice::Cancel;
    CHECK_FALSE(panel->save());
    REQUIRE(dialogs.conflicts.size() == 1);
    const app::ConflictView &shown = dialogs.conflicts.front();
    CHECK(shown.intro.contains(QLatin1String("bob")));
    const auto field = [&](const QString &label) {
        for (const app::ConflictView::Field &f : shown.fields)
            if (f.label == label)
                return f;
        FAIL("no field " << label.toStdString());
        return app::ConflictView::Field{};
    };
    CHECK(field(QStringLiteral("Responsible")).theirs == QStringLiteral("Bobs förvaltning"));
    CHECK(field(QStringLiteral("Description")).mine == QLatin1String("Alices beskrivning"));
    CHECK(field(QStringLiteral("Description")).theirs != QLatin1String("Alices beskrivning"));
    CHECK(serverValue("description") != QLatin1String("Alices beskrivning"));
    CHECK(serverValue("responsible") == QStringLiteral("Bobs förvaltning"));

    // Keeping hers, knowingly: her values go in, over Bob's.
    dialogs.conflictAnswer = app::ConflictChoice::KeepMine;
    CHECK(panel->save());
    CHECK(dialogs.conflicts.size() == 2);
    CHECK(serverValue("description") == QLatin1String("Alices beskrivning"));

    // Every change is in the edit log with the database user who made it.
    CHECK(queryText(bob, QStringLiteral("SELECT string_agg(author, ',' ORDER BY id) FROM edit_log WHERE table_name "
                                        "= 'walk_findings' AND feature_id = %1")
                             .arg(fid)) == QLatin1String("bob,alice"));

    // Bob saves again; Alice changes the status and takes his version: her form then shows his.
    auto again = pgstore::findingVersion(bob, fid);
    bobs.description = QStringLiteral("Bobs andra beskrivning");
    REQUIRE(pgstore::saveFinding(bob, bobs, **again)->saved);
    panel->form()->responsibleCombo->setEditText(QStringLiteral("Alices förvaltning"));
    dialogs.conflictAnswer = app::ConflictChoice::TakeTheirs;
    CHECK_FALSE(panel->save());
    CHECK(dialogs.conflicts.size() == 3);
    CHECK(serverValue("responsible") == QStringLiteral("Bobs förvaltning"));
    CHECK(panel->form()->descriptionEdit->toPlainText() == QLatin1String("Bobs andra beskrivning"));
}

TEST_CASE("Two people saving one intervention get the same conflict dialog", "[app][shared]")
{
    qputenv("LAGESBILD_LANG", "en");
    installTranslations();
    SharedDemo demo(QStringLiteral("app_shared_interventions"));
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 700);
    window.show();
    test::openAndDraw(window, demo.as(QStringLiteral("alice")));
    auto *panel = window.findChild<app::InterventionPanel *>();
    REQUIRE(panel);
    REQUIRE(panel->table()->rowCount() > 0);
    auto bob = demo.connect(QStringLiteral("bob"));
    auto all = pgstore::sharedInterventions(bob);
    REQUIRE(all);
    panel->table()->selectRow(0);
    panel->editSelected();
    const std::int64_t id = panel->editingId();
    REQUIRE(id > 0);
    const auto bobs = std::find_if(all->begin(), all->end(), [id](const auto &v) { return v.intervention.id == id; });
    REQUIRE(bobs != all->end());

    const QString logged = queryText(bob, QStringLiteral("SELECT coalesce(max(id), 0) FROM edit_log"));
    panel->nameEdit()->setText(QStringLiteral("Alices namn"));
    Intervention changed = bobs->intervention;
    changed.organisation = QStringLiteral("Bobs förening");
    REQUIRE(pgstore::saveIntervention(bob, changed, bobs->version)->saved);

    dialogs.conflictAnswer = app::ConflictChoice::Cancel;
    CHECK_FALSE(panel->saveForm());
    REQUIRE(dialogs.conflicts.size() == 1);
    CHECK(dialogs.conflicts.front().intro.contains(QLatin1String("bob")));
    const auto nameNow = [&] {
        return queryText(bob, QStringLiteral("SELECT name FROM interventions WHERE fid = %1").arg(id));
    };
    CHECK(nameNow() == bobs->intervention.name);
    dialogs.conflictAnswer = app::ConflictChoice::KeepMine;
    CHECK(panel->saveForm());
    CHECK(nameNow() == QLatin1String("Alices namn"));
    CHECK(queryText(bob, QStringLiteral("SELECT string_agg(author, ',' ORDER BY id) FROM edit_log WHERE table_name "
                                        "= 'interventions' AND feature_id = %1 AND id > %2")
                             .arg(id)
                             .arg(logged)) == QLatin1String("bob,alice"));
}

TEST_CASE("The shared-store dialogs in Swedish", "[app][shared][screenshot]")
{
    qputenv("LAGESBILD_LANG", "sv");
    installTranslations();
    app::SharedStoreDialog open;
    open.setFields(QStringLiteral("db.kommun.se"), 5433, QStringLiteral("lagesbild"), QStringLiteral("anna"));
    CHECK(open.connectionString() == QLatin1String("postgresql://anna@db.kommun.se:5433/lagesbild"));
    open.setConnectionString(QStringLiteral("postgresql://polisen@db.kommun.se/lan"));
    CHECK(open.connectionString() == QLatin1String("postgresql://polisen@db.kommun.se/lan"));
    CHECK(open.windowTitle() == QStringLiteral("Öppna ett delat datalager"));
    app::ConflictView view;
    view.title = QStringLiteral("Iakttagelse 12 har ändrats av någon annan");
    view.intro = QStringLiteral("bob sparade iakttagelse 12 2026-12-02 10:14, efter att du öppnade den.");
    view.fields = {{QStringLiteral("Ansvarig"), QStringLiteral("Gatukontoret"), QStringLiteral("Bobs förvaltning")},
                   {QStringLiteral("Status"), QStringLiteral("öppet"), QStringLiteral("öppet")}};
    app::ConflictDialog conflict(view);
    CHECK(conflict.findChild<QPushButton *>(QStringLiteral("keepMineButton"))->text() ==
          QStringLiteral("&Behåll mina"));
    const QString out = qEnvironmentVariable("LB_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        open.grab().save(out + QStringLiteral("/shared_store_dialog_sv.png"));
        conflict.resize(640, 340);
        conflict.grab().save(out + QStringLiteral("/conflict_dialog_sv.png"));
    }
    qunsetenv("LAGESBILD_LANG");
    installTranslations();
}
