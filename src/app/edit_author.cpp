#include "app/edit_author.h"

#include "store/edit_log.h"

#include <QSettings>

namespace lb::app {

namespace {
const QString kKey = QStringLiteral("editLog/author");
}

QString savedEditAuthor()
{
    return QSettings().value(kKey).toString().trimmed();
}

QString editAuthor()
{
    const QString saved = savedEditAuthor();
    return saved.isEmpty() ? defaultEditAuthor() : saved;
}

void setEditAuthor(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, name.trimmed());
}

QString defaultEditAuthor()
{
    return store::currentOsUser();
}

} // namespace lb::app
