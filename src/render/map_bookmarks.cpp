#include "render/map_bookmarks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::render {

namespace {
const QString metaKey = QStringLiteral("map_bookmarks");
}

std::vector<MapBookmark> readBookmarks(const store::Store &store)
{
    std::vector<MapBookmark> out;
    const auto text = store.metaValue(metaKey);
    if (!text)
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QJsonArray e = o.value(QStringLiteral("extent")).toArray();
        if (e.size() != 4)
            continue;
        MapBookmark b{o.value(QStringLiteral("name")).toString(),
                      Extent::fromCorners(e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble())};
        if (!b.name.isEmpty() && !b.extent.isEmpty())
            out.push_back(b);
    }
    return out;
}

Status writeBookmarks(store::Store &store, const std::vector<MapBookmark> &bookmarks)
{
    QJsonArray list;
    for (const MapBookmark &b : bookmarks) {
        list.append(QJsonObject{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("extent"), QJsonArray{b.extent.minX, b.extent.minY, b.extent.maxX, b.extent.maxY}}});
    }
    return store.setMetaValue(metaKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

std::optional<MapBookmark> findBookmark(const std::vector<MapBookmark> &bookmarks, const QString &name)
{
    for (const MapBookmark &b : bookmarks)
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return b;
    return std::nullopt;
}

} // namespace lb::render
