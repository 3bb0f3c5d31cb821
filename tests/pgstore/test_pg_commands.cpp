// The commands that read a store give the same results for the demo store's copy in PostGIS as
// for the file: trends, the other analyses and print (the tables byte for byte, the PDF's text,
// the PNG's pixels).

#include "pg_test_server.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lb;

namespace {

struct Copied {
    QTemporaryDir dir;
    QString gpkg;
    QString url;
};

const Copied &demoCopied()
{
    static Copied *copied = [] {
        auto *c = new Copied;
        REQUIRE(c->dir.isValid());
        c->gpkg = c->dir.filePath(QStringLiteral("demo.gpkg"));
        QString out, err;
        REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), c->gpkg}, &out, &err) == 0);
        // A walk with planned points, for walk print.
        REQUIRE(test::runCli({QStringLiteral("walk"), QStringLiteral("plan"), c->gpkg, QStringLiteral("--walk"),
                              QStringLiteral("1"), QStringLiteral("--save")},
                             &out, &err) == 0);
        c->url = test::freshPgDatabase(QStringLiteral("commands_demo"));
        INFO(err.toStdString());
        REQUIRE(test::runCli({QStringLiteral("copy-store"), c->gpkg, c->url}, &out, &err) == 0);
        return c;
    }();
    return *copied;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Runs the command on the file and on the server store, each writing into its own folder (the
// argument "OUT/" stands for it), and checks both succeed with the same output and the same files.
// Returns the names of the files written.
QStringList sameOnBoth(const QStringList &args, const std::function<QString(const QString &)> &outputOf = {})
{
    const Copied &c = demoCopied();
    QStringList written;
    QString outputs[2];
    QString dirs[2];
    for (int k = 0; k < 2; ++k) {
        dirs[k] =
            c.dir.filePath(QStringLiteral("%1_%2")
                               .arg(args.join(QLatin1Char('_'))
                                        .left(40)
                                        .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_")))
                               .arg(k));
        QDir(dirs[k]).removeRecursively();
        REQUIRE(QDir().mkpath(dirs[k]));
        QStringList a;
        for (const QString &arg : args)
            a << (arg == QLatin1String("STORE")
                      ? (k == 0 ? c.gpkg : c.url)
                      : QString(arg).replace(QStringLiteral("OUT/"), dirs[k] + QLatin1Char('/')));
        QString out, err;
        INFO(a.join(QLatin1Char(' ')).toStdString());
        const int rc = test::runCli(a, &out, &err);
        INFO(err.toStdString());
        REQUIRE(rc == 0);
        outputs[k] =
            out.replace(dirs[k], QStringLiteral("OUT")).replace(k == 0 ? c.gpkg : c.url, QStringLiteral("STORE"));
        outputs[k].replace(QRegularExpression(QStringLiteral("in \\d+ ms")), QStringLiteral("in N ms"));
    }
    CHECK(outputs[1] == outputs[0]);
    written = QDir(dirs[0]).entryList(QDir::Files, QDir::Name);
    CHECK(QDir(dirs[1]).entryList(QDir::Files, QDir::Name) == written);
    for (const QString &name : written) {
        INFO(name.toStdString());
        if (outputOf)
            CHECK(outputOf(dirs[1] + QLatin1Char('/') + name) == outputOf(dirs[0] + QLatin1Char('/') + name));
        else
            CHECK(fileBytes(dirs[1] + QLatin1Char('/') + name) == fileBytes(dirs[0] + QLatin1Char('/') + name));
    }
    return written;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("analyse trends gives the same tables for a PostGIS store as for its GeoPackage", "[pgstore][cli][trends]")
{
    qputenv("LAGESBILD_LANG", "en");
    // Counted by time on the server, and from the incident records when districts are asked for.
    const QStringList plain = sameOnBoth({QStringLiteral("analyse"), QStringLiteral("trends"), QStringLiteral("STORE"),
                                          QStringLiteral("--out"), QStringLiteral("OUT/trends.csv")});
    CHECK(plain.size() >= 2);
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("trends"), QStringLiteral("STORE"), QStringLiteral("--by"),
                QStringLiteral("category,source"), QStringLiteral("--period"), QStringLiteral("month"),
                QStringLiteral("--out"), QStringLiteral("OUT/trends.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("trends"), QStringLiteral("STORE"), QStringLiteral("--by"),
                QStringLiteral("district"), QStringLiteral("--categories"), QStringLiteral("klotter,skadegorelse"),
                QStringLiteral("--out"), QStringLiteral("OUT/trends.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("trends"), QStringLiteral("STORE"),
                QStringLiteral("--district"), QStringLiteral("Centrum"), QStringLiteral("--out"),
                QStringLiteral("OUT/trends.csv")});
}

TEST_CASE("The other analyses give the same results for a PostGIS store as for its GeoPackage",
          "[pgstore][cli][analyse]")
{
    qputenv("LAGESBILD_LANG", "en");
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("survey"), QStringLiteral("STORE"), QStringLiteral("--out"),
                QStringLiteral("OUT/survey.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("walks"), QStringLiteral("STORE"), QStringLiteral("--out"),
                QStringLiteral("OUT/walks.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("lisa"), QStringLiteral("STORE"), QStringLiteral("--out"),
                QStringLiteral("OUT/lisa.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("knox"), QStringLiteral("STORE"),
                QStringLiteral("--permutations"), QStringLiteral("99"), QStringLiteral("--out"),
                QStringLiteral("OUT/knox.csv")});
    sameOnBoth({QStringLiteral("analyse"), QStringLiteral("emerging"), QStringLiteral("STORE"), QStringLiteral("--out"),
                QStringLiteral("OUT/emerging.csv")});
}

TEST_CASE("print gives the same page for a PostGIS store as for its GeoPackage", "[pgstore][cli][print]")
{
    qputenv("LAGESBILD_LANG", "en");
    const QStringList common{QStringLiteral("--attribution"), QStringLiteral("Demo"), QStringLiteral("--hotspots")};
    const QStringList pdf = sameOnBoth(QStringList{QStringLiteral("print"), QStringLiteral("STORE"),
                                                   QStringLiteral("--out"), QStringLiteral("OUT/page.pdf")} +
                                           common,
                                       pdfText);
    REQUIRE(pdf == QStringList{QStringLiteral("page.pdf")});
    // The pixels of the PNG page.
    sameOnBoth(QStringList{QStringLiteral("print"), QStringLiteral("STORE"), QStringLiteral("--out"),
                           QStringLiteral("OUT/page.png"), QStringLiteral("--dpi"), QStringLiteral("100")} +
                   common,
               // Returns a QString, not the QStringBuilder the sum would deduce: that would refer to
               // temporaries gone when the lambda returns.
               [](const QString &path) -> QString {
                   const QImage image(path);
                   REQUIRE(!image.isNull());
                   QByteArray pixels;
                   for (int y = 0; y < image.height(); ++y)
                       pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)),
                                     static_cast<int>(image.bytesPerLine()));
                   return QString::fromLatin1(QCryptographicHash::hash(pixels, QCryptographicHash::Sha1).toHex()) +
                          QStringLiteral(" %1x%2").arg(image.width()).arg(image.height());
               });
}

TEST_CASE("report and the walk papers are the same for a PostGIS store as for its GeoPackage", "[pgstore][cli][report]")
{
    qputenv("LAGESBILD_LANG", "en");
    sameOnBoth({QStringLiteral("report"), QStringLiteral("STORE"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--out"), QStringLiteral("OUT/report.pdf")},
               pdfText);
    sameOnBoth({QStringLiteral("report"), QStringLiteral("STORE"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--public"), QStringLiteral("--out"), QStringLiteral("OUT/public.pdf")},
               pdfText);
    sameOnBoth({QStringLiteral("walk"), QStringLiteral("print"), QStringLiteral("STORE"), QStringLiteral("--walk"),
                QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("OUT/walk.pdf")},
               pdfText);
    sameOnBoth({QStringLiteral("walk"), QStringLiteral("followup"), QStringLiteral("STORE"), QStringLiteral("--as-of"),
                QStringLiteral("2025-06-30"), QStringLiteral("--out"), QStringLiteral("OUT/followup.csv")});
}
