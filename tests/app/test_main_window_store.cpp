// The window and its store file: an older store is upgraded only after asking (keeping a copy),
// a store another program changed is offered for reload, and a store left with the journal of a
// cut-off write opens and says so. Dialogs are answered by a scripted service.

#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/store_watcher.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lb;

namespace {

class AskingDialogs final : public app::DialogService {
public:
    QStringList questions, informations, errors;
    QList<bool> answers; // for ask(), in order; no answer left means no

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
    void showInformation(QWidget *, const QString &, const QString &text) override { informations << text; }
    bool ask(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
};

// Counts the window's storeOpened signals.
struct OpenCount {
    int n = 0;
    explicit OpenCount(app::MainWindow &w)
    {
        QObject::connect(&w, &app::MainWindow::storeOpened, [this] { ++n; });
    }
    int count() const { return n; }
    bool isEmpty() const { return n == 0; }
};

Incident incidentAt(double x, double y, int i)
{
    Incident inc;
    inc.position = {x, y};
    inc.occurredAt = 1700000000 + i * 60;
    inc.category = QStringLiteral("klotter");
    inc.description = QStringLiteral("Inlagd av ett annat program %1").arg(i);
    return inc;
}

} // namespace

TEST_CASE("the window offers to upgrade an older store and keeps a copy of the old file", "[app][gui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kommun.gpkg"));
    REQUIRE(store::Store::createAtSchemaVersion(path, {}, 4).ok());
    AskingDialogs dialogs;
    app::MainWindow window(&dialogs);
    OpenCount opened(window);

    SECTION("declined: nothing changes")
    {
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return !dialogs.questions.isEmpty() && !window.isBusy(); }));
        CHECK(dialogs.questions.front().contains(QStringLiteral("older schema (4)")));
        CHECK(opened.isEmpty());
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("kommun.schema4.gpkg"))));
    }
    SECTION("accepted: upgraded, the old file kept, the store shown")
    {
        dialogs.answers << true;
        window.openStore(path);
        REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
        const QString backup = dir.filePath(QStringLiteral("kommun.schema4.gpkg"));
        REQUIRE(QFileInfo::exists(backup));
        REQUIRE(dialogs.informations.size() == 1);
        CHECK(dialogs.informations.front().contains(backup));
        auto upgraded = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(upgraded.ok());
        CHECK((*upgraded)->schemaVersion() == store::kCurrentSchemaVersion);
        CHECK(dialogs.errors.isEmpty());
    }
}

TEST_CASE("the window notices another program changing its store and offers to reload", "[app][gui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    AskingDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 700);
    window.show();
    window.storeWatcher()->setInterval(100);
    OpenCount opened(window);
    window.openStore(path);
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
    const size_t before = window.mapData()->incidents.size();

    // Nothing changed: nothing is asked.
    test::waitUntil([] { return false; }, 400);
    CHECK(dialogs.questions.isEmpty());

    {
        auto other = store::Store::open(path); // a CLI import, say
        REQUIRE(other.ok());
        std::vector<Incident> rows{incidentAt(604000, 6553000, 1), incidentAt(604100, 6553100, 2)};
        REQUIRE((*other)->insertIncidents(rows).ok());
    }
    dialogs.answers << true;
    REQUIRE(test::waitUntil([&] { return opened.count() == 2; }, 10000));
    REQUIRE(dialogs.questions.size() == 1);
    CHECK(dialogs.questions.front().contains(QStringLiteral("changed by another program")));
    CHECK(window.mapData()->incidents.size() == before + 2);
    // Read again: asked once, not again for the same change.
    test::waitUntil([] { return false; }, 400);
    CHECK(dialogs.questions.size() == 1);
}

TEST_CASE("the window opens a store left with the journal of a cut-off write and says so", "[app][gui][store]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(source).ok());
    const QString cut = dir.filePath(QStringLiteral("cut.gpkg"));
    std::int64_t sampleIncidents = 0;
    {
        auto db = store::Database::open(source, store::Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        sampleIncidents = db->queryInt(QStringLiteral("SELECT count(*) FROM incidents")).value_or(-1);
        REQUIRE(sampleIncidents > 0);
        REQUIRE(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2;")).ok());
        REQUIRE(db->exec(QStringLiteral("BEGIN IMMEDIATE; DELETE FROM incidents; DELETE FROM areas;")).ok());
        REQUIRE(QFile::copy(source, cut));
        REQUIRE(QFile::copy(source + QStringLiteral("-journal"), cut + QStringLiteral("-journal")));
        REQUIRE(db->exec(QStringLiteral("ROLLBACK")).ok());
    }
    AskingDialogs dialogs;
    app::MainWindow window(&dialogs);
    OpenCount opened(window);
    window.openStore(cut);
    REQUIRE(test::waitUntil([&] { return opened.count() == 1 || !dialogs.errors.isEmpty(); }));
    INFO(dialogs.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(opened.count() == 1);
    REQUIRE(dialogs.informations.size() == 1);
    CHECK(dialogs.informations.front().contains(QStringLiteral("was cut off")));
    CHECK(static_cast<std::int64_t>(window.mapData()->incidents.size()) == sampleIncidents); // none deleted
}
