#include "render/base_map_list.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace lb::render {

namespace {
const QString metaKey = QStringLiteral("base_maps");

bool isTileTemplate(const QString &s)
{
    return s.contains(QLatin1String("{z}")) && s.contains(QLatin1String("://"));
}
} // namespace

QString BaseMapEntry::layerId() const
{
    const QByteArray key = (kind == Kind::Tiles ? location : QFileInfo(location).absoluteFilePath()).toUtf8();
    return QStringLiteral("basemap_") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
}

BaseMapEntry baseMapEntryFor(const QString &fileOrUrl)
{
    BaseMapEntry e;
    if (isTileTemplate(fileOrUrl)) {
        e.kind = BaseMapEntry::Kind::Tiles;
        e.location = fileOrUrl;
        const QString host =
            QUrl(QString(fileOrUrl).replace(QRegularExpression(QStringLiteral("[{}]")), QString())).host();
        e.title = host.isEmpty() ? fileOrUrl : host;
        if (host.contains(QLatin1String("openstreetmap.org")))
            e.attribution = QStringLiteral("© OpenStreetMap contributors");
        else if (host.contains(QLatin1String("lantmateriet.se")))
            e.attribution = QStringLiteral("© Lantmäteriet");
    } else {
        e.location = QFileInfo(fileOrUrl).absoluteFilePath();
        e.title = QFileInfo(fileOrUrl).fileName();
    }
    return e;
}

std::vector<BaseMapEntry> readBaseMaps(const store::Store &store, const QString &storePath)
{
    std::vector<BaseMapEntry> out;
    const auto text = store.metaValue(metaKey);
    if (!text)
        return out;
    const QDir dir = QFileInfo(storePath).absoluteDir();
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        BaseMapEntry e;
        e.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("tiles") ? BaseMapEntry::Kind::Tiles
                                                                                      : BaseMapEntry::Kind::File;
        e.location = o.value(QStringLiteral("location")).toString();
        if (e.location.isEmpty())
            continue;
        if (e.kind == BaseMapEntry::Kind::File)
            e.location = QDir::cleanPath(dir.absoluteFilePath(e.location));
        e.title = o.value(QStringLiteral("title")).toString();
        e.attribution = o.value(QStringLiteral("attribution")).toString();
        e.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(1.0), 0.0, 1.0);
        e.visible = o.value(QStringLiteral("visible")).toBool(true);
        const QJsonObject style = o.value(QStringLiteral("style")).toObject();
        if (const QColor fill(style.value(QStringLiteral("fill")).toString()); fill.isValid())
            e.style.fill = fill;
        if (const QColor outline(style.value(QStringLiteral("outline")).toString()); outline.isValid())
            e.style.outline = outline;
        e.style.outlineWidth =
            std::clamp(style.value(QStringLiteral("width")).toDouble(e.style.outlineWidth), 0.0, 20.0);
        out.push_back(e);
    }
    return out;
}

Status writeBaseMaps(store::Store &store, const QString &storePath, const std::vector<BaseMapEntry> &maps)
{
    const QDir dir = QFileInfo(storePath).absoluteDir();
    QJsonArray list;
    for (const BaseMapEntry &e : maps) {
        const bool tiles = e.kind == BaseMapEntry::Kind::Tiles;
        list.append(QJsonObject{
            {QStringLiteral("kind"), tiles ? QStringLiteral("tiles") : QStringLiteral("file")},
            {QStringLiteral("location"), tiles ? e.location : dir.relativeFilePath(e.location)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("attribution"), e.attribution},
            {QStringLiteral("opacity"), e.opacity},
            {QStringLiteral("visible"), e.visible},
            {QStringLiteral("style"), QJsonObject{{QStringLiteral("fill"), e.style.fill.name(QColor::HexArgb)},
                                                  {QStringLiteral("outline"), e.style.outline.name(QColor::HexArgb)},
                                                  {QStringLiteral("width"), e.style.outlineWidth}}}});
    }
    return store.setMetaValue(metaKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

} // namespace lb::render
