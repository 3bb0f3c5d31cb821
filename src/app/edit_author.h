#pragma once

// The name the program writes as the author of the user's edits in the store's edit log (findings,
// walk plans): the name set in Edit › Preferences, or else the operating-system user. Kept with
// QSettings under "editLog/author", so it holds for every store on this workstation.
// GUI thread (QSettings of the application).

#include <QString>

namespace lb::app {

// The author to write: the saved name, or the operating-system user when none is saved.
QString editAuthor();
// The saved name; empty when none is.
QString savedEditAuthor();
// Saves `name` (trimmed); an empty name goes back to the operating-system user.
void setEditAuthor(const QString &name);
// The operating-system user, the default.
QString defaultEditAuthor();

} // namespace lb::app
