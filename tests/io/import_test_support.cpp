#include "import_test_support.h"

#include "support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace lb::test {

std::unique_ptr<store::Store> makeStore(const QTemporaryDir &dir, const QString &name)
{
    auto s = store::Store::create(dir.filePath(name));
    REQUIRE(s.ok());
    Area m;
    m.name = QStringLiteral("Teststad");
    m.kind = QStringLiteral("municipality");
    m.geometry = {Polygon{{LinearRing{{kMunMinX, kMunMinY},
                                      {kMunMaxX, kMunMinY},
                                      {kMunMaxX, kMunMaxY},
                                      {kMunMinX, kMunMaxY},
                                      {kMunMinX, kMunMinY}}}}};
    Area areas[] = {m};
    REQUIRE((*s)->insertAreas(areas).ok());
    return std::move(*s);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

bool ogr2ogr(const QStringList &args)
{
    QString out, err;
    const int rc = runProgram(QStringLiteral("ogr2ogr"), args, &out, &err);
    if (rc != 0)
        WARN("ogr2ogr failed: " << err.toStdString());
    return rc == 0;
}

std::int64_t countRows(const store::Store &store, const QString &table, const QString &where)
{
    return store.database()
        .queryInt(QStringLiteral("SELECT count(*) FROM %1 %2")
                      .arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where))
        .value_or(-1);
}

Result<io::ImportSummary> runImport(store::Store &store, const QString &path, const io::FieldMapping &m)
{
    auto imp = io::Importer::create(store, path, m);
    if (!imp)
        return imp.error();
    Feedback fb;
    return (*imp)->run(fb);
}

std::int64_t rejectedFor(const io::ImportSummary &s, io::RejectReason r)
{
    return s.rejectedByReason[static_cast<size_t>(r)];
}

std::vector<store::ImportReject> rejectsOf(store::Store &store, std::int64_t batchId)
{
    store::ImportCatalog catalog(store);
    auto rejects = catalog.rejects(batchId);
    REQUIRE(rejects.ok());
    return *rejects;
}

} // namespace lb::test
