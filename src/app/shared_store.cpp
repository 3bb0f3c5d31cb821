#include "app/shared_store.h"

#include "app/dialog_service.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_store_reader.h"
#include "pgstore/shared_editing.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace lb::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::SharedStore)
};

const char *const kRecentKey = "sharedStores/recent";
constexpr int kMaxRecent = 8;

bool wantsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}
} // namespace

bool isSharedStore(const QString &location)
{
    return store::isServerLocation(location);
}

QString storeLabel(const QString &location)
{
    return isSharedStore(location) ? pgstore::withoutPassword(location) : QFileInfo(location).fileName();
}

QString notOnSharedStore()
{
    return Tr::tr("Not yet possible on a shared store on a server; this works with store files (.gpkg). On a shared "
                  "store you can see the map, tables and analyses, and edit findings and interventions.");
}

QString connectSharedStore(QWidget *parent, DialogService *dialogs, const QString &location, QString *error)
{
    QString url = location.trimmed();
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto db = pgstore::PgConnection::open(url);
        if (db)
            return url;
        *error = db.errorMessage();
        if (!wantsPassword(*error))
            return {};
        const QString password = dialogs->password(
            parent, Tr::tr("Open a shared store"),
            attempt == 0
                ? Tr::tr("Password for %1:").arg(pgstore::withoutPassword(location))
                : Tr::tr("The password was not accepted. Password for %1:").arg(pgstore::withoutPassword(location)));
        if (password.isEmpty()) {
            *error = Tr::tr("No password was given.");
            return {};
        }
        url = pgstore::withoutPassword(location.trimmed());
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("password=") +
               QString::fromLatin1(QUrl::toPercentEncoding(password));
    }
    return {};
}

std::vector<FindingKind> findingKindsOf(const QString &location)
{
    if (isSharedStore(location)) {
        auto db = pgstore::PgConnection::open(location);
        if (!db)
            return {};
        auto kinds = pgstore::sharedFindingKinds(*db);
        return kinds ? std::move(*kinds) : std::vector<FindingKind>{};
    }
    auto st = store::Store::open(location, store::Store::Mode::ReadOnly);
    if (!st)
        return {};
    auto kinds = (*st)->findingKinds();
    return kinds ? std::move(*kinds) : std::vector<FindingKind>{};
}

QStringList recentSharedStores()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void rememberSharedStore(const QString &location)
{
    const QString clean = pgstore::withoutPassword(location);
    QStringList recent = recentSharedStores();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

} // namespace lb::app
