// Real sources in the desktop program: a FixaMinGata export opened in the import wizard is
// recognised, its built-in profile is chosen and shown, and the user can change it (here to the
// same reports as safety-walk findings); File › Fetch police events… asks first, downloads from
// the address set (a local server serving a saved response) and imports only new events.

#include "app/dialog_service.h"
#include "app/import_file_page.h"
#include "app/import_mapping_page.h"
#include "app/import_run_page.h"
#include "app/import_wizard.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "io/http_test_server.h"
#include "store/import_catalog.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace lb;

namespace {

class ScriptedDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QStringList errors;
    QStringList informations;
    QStringList questions;
    bool answer = true;

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
    void showInformation(QWidget *, const QString &, const QString &text) override { informations << text; }
    bool ask(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answer;
    }
};

// Inside the sample municipality (x 600–610 km, y 6550–6558 km): 59.112310 N 16.833725 E is
// E 605000, N 6554000 (cs2cs EPSG:3006 EPSG:4326).
const char *const kFixaMinGata =
    "Report ID,Title,Detail,Category,Created,Confirmed,Fixed,Status,Latitude,Longitude,Easting,Northing\n"
    "201,Trasig lampa,Lampan vid skolan är trasig,Gatubelysning,2024-03-01 18:20,2024-03-01 18:25,,confirmed,"
    "59.112310,16.833725,,\n"
    "202,Klotter,Klotter på busskuren,Klotter,2024-03-02 09:00,2024-03-02 09:05,2024-03-04,fixed - council,"
    "59.112400,16.833800,,\n";

const char *const kPoliceEvents = R"([{"id": 900001, "datetime": "2024-03-02 8:15:00 +01:00",
 "name": "02 mars 07.40, Skadegörelse, Provkommun", "summary": "Krossade rutor i busskuren.",
 "url": "/aktuellt/handelser/2024/mars/2/skadegorelse/", "type": "Skadegörelse",
 "location": {"name": "Provkommun", "gps": "59.112310,16.833725"}}])";

void clickNext(app::ImportWizard &wizard)
{
    QAbstractButton *next = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                 : wizard.button(QWizard::NextButton);
    REQUIRE(next->isEnabled());
    next->click();
    REQUIRE(test::waitUntil([&] { return !wizard.isBusy(); }));
}

std::int64_t count(const QString &storePath, const QString &table)
{
    auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    return (*st)->database().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table)).value_or(-1);
}

} // namespace

TEST_CASE("the wizard recognises a FixaMinGata export and lets the user change its profile", "[app][gui][import]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(storePath).ok());
    const QString csv = dir.filePath(QStringLiteral("fixamingata.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kFixaMinGata);
    }
    ScriptedDialogs dialogs;
    app::ImportWizard wizard(storePath, &dialogs);
    wizard.show();
    dialogs.openAnswers << csv;
    wizard.filePage()->browseButton()->click();
    REQUIRE(test::waitUntil([&] { return !wizard.isBusy(); }));
    CHECK(wizard.filePage()->infoLabel()->text().contains(QStringLiteral("recognised as FixaMinGata")));
    CHECK(wizard.filePage()->kind() == io::ImportKind::Incidents);
    clickNext(wizard);

    // The built-in profile is chosen and shown, with its columns filled in.
    app::ImportMappingPage *mapping = wizard.mappingPage();
    CHECK(mapping->profileCombo()->currentData().toString() == QLatin1String("builtin:fixmystreet-incidents"));
    CHECK(mapping->profileCombo()->currentText().contains(QStringLiteral("FixaMinGata")));
    CHECK(mapping->columnCombo(QStringLiteral("ref"))->currentText() == QLatin1String("Report ID"));
    CHECK(mapping->columnCombo(QStringLiteral("time"))->currentText() == QLatin1String("Created"));

    // Changed: the same reports as safety-walk findings.
    wizard.back();
    wizard.filePage()->setKind(io::ImportKind::Findings);
    clickNext(wizard);
    CHECK(mapping->profileCombo()->currentData().toString() == QLatin1String("builtin:fixmystreet-findings"));
    CHECK(mapping->columnCombo(QStringLiteral("status"))->currentText() == QLatin1String("Status"));
    while (wizard.currentId() != app::ImportWizard::RunPageId)
        clickNext(wizard);
    REQUIRE(test::waitUntil([&] { return wizard.runPage()->isFinished(); }));
    REQUIRE(wizard.runPage()->outcome().error.isEmpty());
    CHECK(wizard.runPage()->outcome().summary.accepted == 2);

    auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    auto batch = store::ImportCatalog(**st).batch(wizard.runPage()->outcome().summary.batchId);
    REQUIRE(batch.ok());
    CHECK(batch->profile == QLatin1String("fixmystreet-findings"));
    const auto findings = [&](const char *where) {
        return (*st)
            ->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM walk_findings WHERE %1").arg(QString::fromUtf8(where)))
            .value_or(-1);
    };
    CHECK(findings("description = 'Lampan vid skolan är trasig' AND kind = 'belysning' AND status = 'open'") == 1);
    CHECK(findings("description = 'Klotter på busskuren' AND status = 'fixed' AND fixed_date = '2024-03-04'") == 1);
}

TEST_CASE("File › Fetch police events asks, fetches from the address set and imports new events",
          "[app][gui][import][fetch]")
{
    test::HttpTestServer server;
    server.setResponse(kPoliceEvents);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(storePath).ok());
    const std::int64_t before = count(storePath, QStringLiteral("incidents"));
    ScriptedDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.setPoliceEventsUrl(server.baseUrl());
    window.show();
    dialogs.openAnswers << storePath;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > 0 && !window.canvas()->isRendering(); }));
    QAction *fetch = window.findChild<QAction *>(QStringLiteral("actionFetchPoliceEvents"));
    REQUIRE(fetch);
    REQUIRE(fetch->isEnabled());

    // Declined: nothing is fetched.
    dialogs.answer = false;
    fetch->trigger();
    CHECK(dialogs.questions.size() == 1);
    CHECK(dialogs.questions.front().contains(server.baseUrl()));
    test::waitUntil([] { return false; }, 300);
    CHECK(server.requests().isEmpty());

    dialogs.answer = true;
    fetch->trigger();
    REQUIRE(test::waitUntil([&] { return dialogs.informations.size() + dialogs.errors.size() == 1; }));
    REQUIRE(dialogs.errors.isEmpty());
    CHECK(server.requests() == QStringList{QStringLiteral("/api/events?locationname=Provkommun")});
    CHECK(dialogs.informations.front().startsWith(QStringLiteral("1 new events imported")));
    CHECK(count(storePath, QStringLiteral("incidents")) == before + 1);

    fetch->trigger();
    REQUIRE(test::waitUntil([&] { return dialogs.informations.size() + dialogs.errors.size() == 2; }));
    CHECK(dialogs.informations.back().startsWith(QStringLiteral("0 new events imported, 1 already in the store")));
    CHECK(count(storePath, QStringLiteral("incidents")) == before + 1);
}
