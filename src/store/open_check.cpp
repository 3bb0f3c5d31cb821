#include "store/open_check.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace lb::store {

namespace {

std::optional<qint64> metaNumber(const Database &db, const char *key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM lb_meta WHERE key = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, QString::fromLatin1(key));
    if (!stmt->step() || stmt->isNull(0))
        return std::nullopt;
    bool ok = false;
    const qint64 value = stmt->text(0).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

bool hasLogContent(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

bool needsOpenCheck(const Database &probe, const QString &path, bool logHadContent, bool recovered)
{
    if (logHadContent || recovered)
        return true;
    const auto closedAt = metaNumber(probe, "clean_close_ms");
    const auto checkedAt = metaNumber(probe, "last_check_ms");
    const auto opens = metaNumber(probe, "opens_since_check");
    if (!closedAt || !checkedAt || !opens)
        return true;
    const QFileInfo file(path);
    if (file.lastModified().toMSecsSinceEpoch() != *closedAt)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return *opens >= kMaxOpensWithoutCheck || now - *checkedAt > qint64(kMaxDaysWithoutCheck) * 24 * 3600 * 1000 ||
           now < *checkedAt;
}

void stampCleanClose(Database &db, bool checkedThisOpen)
{
    const QString path = db.path();
    // The stamp lies a second in the past, whole seconds, so that a write to the file after the
    // close (even within the same clock tick) leaves a different modification time.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamp = (now / 1000 - 1) * 1000;
    const qint64 opens = checkedThisOpen ? 1 : metaNumber(db, "opens_since_check").value_or(0) + 1;
    // Another writer holding the file must not keep this close waiting long.
    db.setBusyTimeout(200);
    {
        Transaction tx(db);
        if (!tx.isActive())
            return;
        auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO lb_meta (key, value) VALUES (?, ?)"));
        if (!stmt)
            return;
        const auto put = [&stmt](const char *key, qint64 value) {
            stmt->bind(1, QString::fromLatin1(key)).bind(2, QString::number(value));
            const bool ok = stmt->exec();
            stmt->reset();
            return ok;
        };
        if (!put("clean_close_ms", stamp) || !put("opens_since_check", opens))
            return;
        if (checkedThisOpen && !put("last_check_ms", now))
            return;
        if (!tx.commit())
            return;
    }
    bool complete = false;
    {
        auto cp = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        complete = cp && cp->step() && !cp->failed() && cp->integer(0) == 0;
    }
    db = Database{};
    if (!complete)
        return; // the log keeps changes: the next open sees it and verifies
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(stamp, Qt::UTC), QFileDevice::FileModificationTime);
}

} // namespace lb::store
