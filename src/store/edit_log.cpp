#include "store/edit_log.h"

#include "store/sqlite_db.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace lb::store {

QString currentOsUser()
{
    for (const char *name : {"USER", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name).trimmed(); !user.isEmpty())
            return user;
#if defined(Q_OS_UNIX)
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

Status appendEditLog(const Database &db, const EditLogEntry &entry)
{
    auto stmt = db.prepare(QStringLiteral("INSERT INTO edit_log (table_name, feature_id, action, old_values, "
                                          "new_values, author) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entry.table);
    if (entry.featureId)
        stmt->bind(2, *entry.featureId);
    else
        stmt->bindNull(2);
    stmt->bind(3, entry.action).bind(4, entry.oldValues).bind(5, entry.newValues);
    stmt->bind(6, entry.author.trimmed().isEmpty() ? currentOsUser() : entry.author.trimmed());
    if (!stmt->exec())
        return Error{stmt->lastError()};
    return {};
}

} // namespace lb::store
