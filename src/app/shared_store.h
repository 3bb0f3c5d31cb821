#pragma once

// The desktop program and shared stores on a PostgreSQL/PostGIS server: telling a connection
// string from a file, showing it without its password, connecting with the password from
// ~/.pgpass or asked of the user, and the list of recently opened shared stores (kept in the
// settings without passwords). The password asked for lives only in the connection string the
// window holds in memory; it is never written to the settings or a project file.
// GUI thread.

#include "core/taxonomy.h"

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace lb::app {

class DialogService;

// True for a postgresql:// location, false for a store file.
bool isSharedStore(const QString &location);
// The location as the user may see it: a file's name, or the connection string without a password.
QString storeLabel(const QString &location);
// Why a part of the program is off on a shared store (its tooltip).
QString notOnSharedStore();

// Connects once to check the server: when it wants a password that ~/.pgpass does not give,
// asks for one through `dialogs` and returns the location with it (in memory only). Returns an
// empty string with `error` set when the connection fails or the user cancels.
QString connectSharedStore(QWidget *parent, DialogService *dialogs, const QString &location, QString *error);

// The finding kinds of the store at `location` (a file or a shared store); empty when it cannot
// be read.
std::vector<FindingKind> findingKindsOf(const QString &location);

// Recently opened shared stores, newest first, without passwords.
QStringList recentSharedStores();
void rememberSharedStore(const QString &location);

} // namespace lb::app
