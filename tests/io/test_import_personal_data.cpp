// Personal data on import and in the store, run as a user would: the CLI refuses a file whose
// imported columns hold personal data until told to redact or keep it, never copies unmapped
// columns into the store (not even for rejected rows), undoing a batch removes its rejects, the
// store-wide scan and redaction find and replace what older imports stored, and the edit log
// names the operating-system user.

#include "import_test_support.h"
#include "store/edit_log.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace lb;
using namespace lb::test;

namespace {

// Two rows with personal data in the description and in an unmapped column, one clean row, and
// one rejected row (its time cannot be read) with a phone number in its description.
const QByteArray kCsv = "Ärendenummer;Datum;Kategori;Latitud;Longitud;Beskrivning;Anmälare\n"
                        "P1;2023-03-29 14:05;Klotter;59,3293;18,0686;Anmälaren 19121212-1212 ringde från 070-123 45 "
                        "67;Anna 701063-2391 anna@example.se\n"
                        "P2;2023-03-30;Klotter;59,3293;18,0686;Klotter på skolan;\n"
                        "P3;okänt;Klotter;59,3293;18,0686;Ring 08-123 456 78;Bo 020202-0202\n";

// Values only the unmapped column holds. (020202-0202: 0+2+0+2+0+2+0+2+0+2 = 10, a valid check digit.)
const QStringList kUnmapped = {QStringLiteral("701063-2391"), QStringLiteral("anna@example.se"),
                               QStringLiteral("020202-0202")};

QStringList importArgs(const QString &csv, const QString &store)
{
    return {QStringLiteral("import"),  csv,
            QStringLiteral("--store"), store,
            QStringLiteral("--kind"),  QStringLiteral("incidents"),
            QStringLiteral("--map"),   QStringLiteral("ref=Ärendenummer"),
            QStringLiteral("--map"),   QStringLiteral("time=Datum"),
            QStringLiteral("--map"),   QStringLiteral("category=Kategori"),
            QStringLiteral("--map"),   QStringLiteral("x=Longitud"),
            QStringLiteral("--map"),   QStringLiteral("y=Latitud"),
            QStringLiteral("--map"),   QStringLiteral("description=Beskrivning"),
            QStringLiteral("--crs"),   QStringLiteral("EPSG:4326")};
}

// Every text the store's own tables hold (not the R-tree indexes), one string.
QString allText(const QString &path)
{
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    const store::Database &db = (*st)->database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'rtree_%' AND name NOT LIKE 'sqlite_%'"));
    REQUIRE(tables.ok());
    QString all;
    while (tables->step()) {
        const QString table = tables->text(0);
        auto columns = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        REQUIRE(columns.ok());
        while (columns->step())
            all += db.queryText(QStringLiteral("SELECT group_concat(CAST(\"%1\" AS TEXT), '|') FROM \"%2\"")
                                    .arg(columns->text(0), table))
                       .value_or(QString()) +
                   QLatin1Char('\n');
    }
    return all;
}

QString text(const QString &path, const QString &sql)
{
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    return (*st)->database().queryText(sql).value_or(QString());
}

std::int64_t count(const QString &path, const QString &table, const QString &where = {})
{
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(st.ok());
    return countRows(**st, table, where);
}

// Sets $USER for the test and the programs it starts; puts it back at the end.
struct UserName {
    explicit UserName(const QByteArray &name)
        : m_user(qgetenv("USER"))
        , m_had(qEnvironmentVariableIsSet("USER"))
    {
        qputenv("USER", name);
    }
    ~UserName()
    {
        if (m_had)
            qputenv("USER", m_user);
        else
            qunsetenv("USER");
    }
    QByteArray m_user;
    bool m_had;
};

} // namespace

TEST_CASE("an import whose columns hold personal data needs --personal-data", "[io][cli][personal_data]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir)->path();
    const QString csv = writeFile(dir, QStringLiteral("anmalningar.csv"), kCsv);
    const UserName user("kontroll.anvandare");
    QString out, err;

    SECTION("without a choice nothing is imported, and the message says what was found, masked")
    {
        CHECK(runCli(importArgs(csv, store), &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("--personal-data redact")));
        CHECK(err.contains(QStringLiteral("--personal-data keep")));
        CHECK(err.contains(QStringLiteral("Beskrivning: personal identity numbers in 1 row")));
        CHECK(err.contains(QStringLiteral("••••••••-••12")));
        CHECK(err.contains(QStringLiteral("Anmälare (not imported)")));
        for (const QString &v :
             kUnmapped.mid(0, 3) + QStringList{QStringLiteral("19121212-1212"), QStringLiteral("070-123 45 67")})
            CHECK_FALSE(QString(out + err).contains(v));
        CHECK(count(store, QStringLiteral("incidents")) == 0);
        CHECK(count(store, QStringLiteral("import_batches")) == 0);
    }

    SECTION("redact replaces the values with markers, in records and in rejects")
    {
        REQUIRE(runCli(importArgs(csv, store) << QStringLiteral("--personal-data") << QStringLiteral("redact"), &out,
                       &err) == 0);
        CHECK(out.contains(QStringLiteral("Accepted: 2")));
        CHECK(out.contains(QStringLiteral("Replaced 3 value")));
        CHECK(text(store, QStringLiteral("SELECT description FROM incidents WHERE source_ref = 'P1'")) ==
              QStringLiteral("Anmälaren [personnummer] ringde från [telefonnummer]"));
        CHECK(text(store, QStringLiteral("SELECT description FROM incidents WHERE source_ref = 'P2'")) ==
              QStringLiteral("Klotter på skolan"));
        const QString raw = text(store, QStringLiteral("SELECT raw_values FROM import_rejects"));
        CHECK(raw.contains(QStringLiteral("\"Beskrivning\":\"Ring [telefonnummer]\"")));
        CHECK(raw.contains(QStringLiteral("\"Datum\":\"okänt\"")));
        CHECK_FALSE(raw.contains(QStringLiteral("Anmälare")));
        const QString all = allText(store);
        for (const QString &v : kUnmapped + QStringList{QStringLiteral("070-123"), QStringLiteral("08-123")})
            CHECK_FALSE(all.contains(v));
        // The edit log says who imported, and that personal data was redacted.
        CHECK(text(store, QStringLiteral("SELECT author FROM edit_log WHERE action = 'import'")) ==
              QStringLiteral("kontroll.anvandare"));
        CHECK(text(store, QStringLiteral("SELECT new_values FROM edit_log WHERE action = 'import'"))
                  .contains(QStringLiteral("\"personal_data\":\"redact\"")));

        // Undoing the batch removes its rejected rows as well as its records, and is logged.
        REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--undo"),
                        QStringLiteral("1")},
                       &out, &err) == 0);
        CHECK(count(store, QStringLiteral("incidents")) == 0);
        CHECK(count(store, QStringLiteral("import_rejects")) == 0);
        CHECK(text(store, QStringLiteral("SELECT author FROM edit_log WHERE action = 'undo_import'")) ==
              QStringLiteral("kontroll.anvandare"));
    }

    SECTION("keep stores the imported columns as they are, but never the unmapped one")
    {
        REQUIRE(runCli(importArgs(csv, store) << QStringLiteral("--personal-data") << QStringLiteral("keep"), &out,
                       &err) == 0);
        CHECK(out.contains(QStringLiteral("Kept the personal data")));
        CHECK(text(store, QStringLiteral("SELECT description FROM incidents WHERE source_ref = 'P1'")) ==
              QStringLiteral("Anmälaren 19121212-1212 ringde från 070-123 45 67"));
        const QString raw = text(store, QStringLiteral("SELECT raw_values FROM import_rejects"));
        CHECK(raw.contains(QStringLiteral("Ring 08-123 456 78")));
        CHECK_FALSE(raw.contains(QStringLiteral("Anmälare")));
        const QString all = allText(store);
        for (const QString &v : kUnmapped)
            CHECK_FALSE(all.contains(v));
    }

    SECTION("personal data only in unmapped columns needs no choice: none of it is stored")
    {
        QByteArray clean = kCsv;
        clean.replace("Anmälaren 19121212-1212 ringde från 070-123 45 67", "Anmälaren ringde");
        clean.replace("Ring 08-123 456 78", "Ring polisen");
        const QString cleanCsv = writeFile(dir, QStringLiteral("rensad.csv"), clean);
        REQUIRE(runCli(importArgs(cleanCsv, store), &out, &err) == 0);
        CHECK(out.contains(QStringLiteral("Anmälare (not imported)")));
        CHECK(out.contains(QStringLiteral("not copied into the store")));
        const QString all = allText(store);
        for (const QString &v : kUnmapped)
            CHECK_FALSE(all.contains(v));
    }
}

TEST_CASE("personal-data scan and redact a store imported before", "[io][cli][personal_data]")
{
    QTemporaryDir dir;
    const QString store = makeStore(dir)->path();
    const QString csv = writeFile(dir, QStringLiteral("anmalningar.csv"), kCsv);
    const UserName user("kontroll.anvandare");
    QString out, err;
    REQUIRE(runCli(importArgs(csv, store) << QStringLiteral("--personal-data") << QStringLiteral("keep"), &out, &err) ==
            0);

    REQUIRE(runCli({QStringLiteral("personal-data"), QStringLiteral("scan"), store}, &out, &err) == 0);
    CHECK(
        out.contains(QStringLiteral("incidents.description: personnummer (1 in 1 rows), telefonnummer (1 in 1 rows)")));
    CHECK(out.contains(QStringLiteral("import_rejects.raw_values: telefonnummer (1 in 1 rows)")));
    CHECK_FALSE(out.contains(QStringLiteral("19121212-1212")));
    CHECK(text(store, QStringLiteral("SELECT description FROM incidents WHERE source_ref = 'P1'"))
              .contains(QStringLiteral("19121212-1212"))); // a scan changes nothing

    REQUIRE(runCli({QStringLiteral("personal-data"), QStringLiteral("redact"), store}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Changed 2 row")));
    CHECK(text(store, QStringLiteral("SELECT description FROM incidents WHERE source_ref = 'P1'")) ==
          QStringLiteral("Anmälaren [personnummer] ringde från [telefonnummer]"));
    CHECK(text(store, QStringLiteral("SELECT raw_values FROM import_rejects"))
              .contains(QStringLiteral("Ring [telefonnummer]")));
    CHECK(count(store, QStringLiteral("edit_log"),
                QStringLiteral("action = 'redact_personal_data' AND author = 'kontroll.anvandare'")) == 2);
    CHECK(text(store, QStringLiteral("SELECT old_values FROM edit_log WHERE action = 'redact_personal_data' AND "
                                     "table_name = 'incidents'")) ==
          QStringLiteral("{\"description\":{\"personnummer\":1,\"telefonnummer\":1}}"));
    const QString all = allText(store);
    for (const QString &v :
         {QStringLiteral("19121212-1212"), QStringLiteral("070-123 45 67"), QStringLiteral("08-123 456 78")})
        CHECK_FALSE(all.contains(v));

    REQUIRE(runCli({QStringLiteral("personal-data"), QStringLiteral("scan"), store}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("No personal data found")));
}

TEST_CASE("the edit log names the operating-system user", "[io][store][personal_data]")
{
    QTemporaryDir dir;
    auto st = makeStore(dir);
    WalkFinding f;
    f.position = {kRefE, kRefN};
    f.kind = QStringLiteral("belysning");
    WalkFinding findings[] = {f};
    REQUIRE(st->insertWalkFindings(findings).ok());
    f.id = findings[0].id;
    f.status = FindingStatus::Fixed;
    const auto lastAuthor = [&] {
        return st->database().queryText(QStringLiteral("SELECT author FROM edit_log ORDER BY id DESC LIMIT 1"));
    };
    {
        const UserName user("kontroll.anvandare");
        REQUIRE(st->updateWalkFinding(f).ok());
        CHECK(lastAuthor() == QStringLiteral("kontroll.anvandare"));
        REQUIRE(st->updateWalkFinding(f, QStringLiteral("Handläggare A")).ok());
        CHECK(lastAuthor() == QStringLiteral("Handläggare A"));
    }
    {
        // Without $USER and $USERNAME, the account's name from the password database.
        const UserName user("");
        const QByteArray userName = qgetenv("USERNAME");
        qunsetenv("USER");
        qunsetenv("USERNAME");
        const passwd *pw = getpwuid(geteuid());
        REQUIRE(pw);
        REQUIRE(st->updateWalkFinding(f).ok());
        CHECK(lastAuthor() == QString::fromLocal8Bit(pw->pw_name));
        if (!userName.isEmpty())
            qputenv("USERNAME", userName);
    }
}
