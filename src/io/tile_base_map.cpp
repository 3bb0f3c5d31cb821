#include "io/tile_base_map.h"

#include "core/crs.h"
#include "io/gdal_dataset.h"
#include "io/raster_warp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <map>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::TileBaseMap)
};

constexpr double worldHalf = 20037508.342789244; // half the Web Mercator world, metres
constexpr int tilePixels = 256;
constexpr int maxTiles = 256;

struct TileKey {
    int z, x, y;
    auto operator<=>(const TileKey &) const = default;
};

QByteArray userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("Lagesbild/%1 (desktop GIS for municipal safety work)")
        .arg(version.isEmpty() ? QStringLiteral("1") : version)
        .toUtf8();
}

// The store extent in Web Mercator, through points along its edges so curved edges are covered.
Extent mercatorExtent(const Extent &extent, int epsg)
{
    auto t = CoordinateTransform::create(epsg, 3857);
    if (!t)
        return {};
    std::vector<PointXY> pts;
    for (int i = 0; i <= 10; ++i) {
        const double f = i / 10.0;
        pts.push_back({extent.minX + f * extent.width(), extent.minY});
        pts.push_back({extent.minX + f * extent.width(), extent.maxY});
        pts.push_back({extent.minX, extent.minY + f * extent.height()});
        pts.push_back({extent.maxX, extent.minY + f * extent.height()});
    }
    t->transform(pts);
    Extent out;
    for (const PointXY &p : pts)
        if (std::isfinite(p.x) && std::isfinite(p.y))
            out.include(p);
    return out;
}
// Where the tiles of one view lie: zoom, first column and row, how many, and their size in metres.
struct Mosaic {
    int z, x0, y0, cols, rows;
    double tileSize;
};

// The tiles pasted into a Web Mercator mosaic, warped into the view (store CRS).
Result<QImage> warpMosaic(const std::map<TileKey, QImage> &tiles, const Mosaic &m, const QString &targetWkt,
                          const Extent &extent, QSize size, Feedback &feedback)
{
    QImage mosaic(m.cols * tilePixels, m.rows * tilePixels, QImage::Format_ARGB32);
    mosaic.fill(Qt::transparent);
    {
        QPainter painter(&mosaic);
        for (const auto &[k, tile] : tiles)
            painter.drawImage(QRect((k.x - m.x0) * tilePixels, (k.y - m.y0) * tilePixels, tilePixels, tilePixels),
                              tile);
    }
    GDALAllRegister();
    QuietGdalErrors quiet;
    GdalDatasetPtr mem(
        GDALCreate(GDALGetDriverByName("MEM"), "", mosaic.width(), mosaic.height(), 4, GDT_Byte, nullptr));
    if (!mem)
        return Error{Tr::tr("Cannot make the tile mosaic: %1").arg(quiet.message())};
    int bandMap[4] = {3, 2, 1, 4};
    if (GDALDatasetRasterIO(mem.get(), GF_Write, 0, 0, mosaic.width(), mosaic.height(), mosaic.bits(), mosaic.width(),
                            mosaic.height(), GDT_Byte, 4, bandMap, 4, mosaic.bytesPerLine(), 1) != CE_None)
        return Error{Tr::tr("Cannot make the tile mosaic: %1").arg(quiet.message())};
    for (int b = 1; b <= 3; ++b)
        GDALSetRasterColorInterpretation(GDALGetRasterBand(mem.get(), b), GDALColorInterp(GCI_RedBand + b - 1));
    GDALSetRasterColorInterpretation(GDALGetRasterBand(mem.get(), 4), GCI_AlphaBand);
    double transform[6] = {
        -worldHalf + m.x0 * m.tileSize, m.tileSize / tilePixels, 0.0, worldHalf - m.y0 * m.tileSize, 0.0,
        -m.tileSize / tilePixels};
    GDALSetGeoTransform(mem.get(), transform);
    GDALSetProjection(mem.get(), epsgWkt(3857).toUtf8().constData());
    return warpToImage(mem.get(), targetWkt, extent, size, feedback);
}
} // namespace

int TileBaseMap::zoomFor(double mercatorUnitsPerPixel, int maxZoom)
{
    const double z0 = 2.0 * worldHalf / tilePixels;
    const int z = int(std::lround(std::log2(z0 / std::max(mercatorUnitsPerPixel, 1e-6))));
    return std::clamp(z, 0, maxZoom);
}

Result<std::shared_ptr<const TileBaseMap>> TileBaseMap::create(const QString &urlTemplate, int storeEpsg,
                                                               const QString &cacheDir)
{
    const QUrl url(urlTemplate);
    if (!(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) ||
        !urlTemplate.contains(QLatin1String("{z}")) || !urlTemplate.contains(QLatin1String("{x}")) ||
        !urlTemplate.contains(QLatin1String("{y}")))
        return Error{Tr::tr("A tile address must start with http:// or https:// and contain {z}, {x} and {y}: %1")
                         .arg(urlTemplate)};
    std::shared_ptr<TileBaseMap> map(new TileBaseMap);
    map->m_template = urlTemplate;
    map->m_epsg = storeEpsg;
    map->m_targetWkt = epsgWkt(storeEpsg);
    if (map->m_targetWkt.isEmpty())
        return Error{Tr::tr("EPSG:%1 is not a known CRS.").arg(storeEpsg)};
    const QString base = cacheDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                                  QStringLiteral("/lagesbild/tiles")
                                            : cacheDir;
    const QByteArray hash = QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    map->m_cacheDir = base + QLatin1Char('/') + QString::fromLatin1(hash);
    return std::shared_ptr<const TileBaseMap>(std::move(map));
}

Result<QImage> TileBaseMap::image(const Extent &extent, QSize size, Feedback &feedback,
                                  const PartialImage &partial) const
{
    const Extent merc = mercatorExtent(extent, m_epsg);
    if (merc.isEmpty() || size.isEmpty())
        return Error{Tr::tr("The map view cannot be shown in Web Mercator.")};
    int z = zoomFor(std::max(merc.width() / size.width(), merc.height() / size.height()));
    int x0, x1, y0, y1;
    double tileSize;
    for (;; --z) {
        const int n = 1 << z;
        tileSize = 2.0 * worldHalf / n;
        x0 = std::clamp(int(std::floor((merc.minX + worldHalf) / tileSize)), 0, n - 1);
        x1 = std::clamp(int(std::floor((merc.maxX + worldHalf) / tileSize)), 0, n - 1);
        y0 = std::clamp(int(std::floor((worldHalf - merc.maxY) / tileSize)), 0, n - 1);
        y1 = std::clamp(int(std::floor((worldHalf - merc.minY) / tileSize)), 0, n - 1);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= maxTiles || z == 0)
            break;
    }

    // Cached tiles first; the rest are fetched together.
    std::map<TileKey, QImage> tiles;
    std::vector<TileKey> missing;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QString file = QStringLiteral("%1/%2/%3/%4.tile").arg(m_cacheDir).arg(z).arg(x).arg(y);
            QImage tile;
            if (QFile::exists(file) && tile.load(file))
                tiles[{z, x, y}] = tile;
            else
                missing.push_back({z, x, y});
        }
    QString fetchError;
    if (!missing.empty()) {
        // What the cache holds is shown at once; fetched tiles follow as they arrive. Each hand-out
        // warps the whole mosaic, so on a busy machine they are spaced to take at most a third of
        // the time, or they would delay the tiles they show.
        QElapsedTimer sincePartial;
        sincePartial.start();
        qint64 interval = partialIntervalMs;
        const Mosaic mosaic{z, x0, y0, x1 - x0 + 1, y1 - y0 + 1, tileSize};
        auto handOut = [&] {
            QElapsedTimer warp;
            warp.start();
            if (auto img = warpMosaic(tiles, mosaic, m_targetWkt, extent, size, feedback))
                partial(*img);
            interval = std::max<qint64>(partialIntervalMs, 2 * warp.elapsed());
            sincePartial.restart();
        };
        if (partial && !tiles.empty())
            handOut();
        QNetworkAccessManager manager;
        QEventLoop loop;
        int pending = int(missing.size());
        for (const TileKey &k : missing) {
            QString address = m_template;
            address.replace(QLatin1String("{z}"), QString::number(k.z))
                .replace(QLatin1String("{x}"), QString::number(k.x))
                .replace(QLatin1String("{y}"), QString::number(k.y));
            QNetworkRequest request{QUrl(address)};
            request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
            request.setTransferTimeout(15000);
            QNetworkReply *reply = manager.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, k] {
                const QByteArray body = reply->readAll();
                QImage tile;
                if (reply->error() != QNetworkReply::NoError)
                    fetchError = reply->errorString();
                else if (!tile.loadFromData(body))
                    fetchError = Tr::tr("%1 did not answer with an image.").arg(reply->url().host());
                else {
                    tiles[k] = tile;
                    QDir().mkpath(QStringLiteral("%1/%2/%3").arg(m_cacheDir).arg(k.z).arg(k.x));
                    QSaveFile file(QStringLiteral("%1/%2/%3/%4.tile").arg(m_cacheDir).arg(k.z).arg(k.x).arg(k.y));
                    if (file.open(QIODevice::WriteOnly) && file.write(body) == body.size())
                        file.commit();
                }
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
                else if (partial && !tiles.empty() && sincePartial.elapsed() >= interval)
                    handOut();
            });
        }
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (feedback.isCanceled())
                loop.quit();
        });
        cancelPoll.start(50);
        if (pending > 0)
            loop.exec();
        if (feedback.isCanceled())
            return Error{Tr::tr("Canceled.")};
    }
    if (tiles.empty())
        return Error{Tr::tr("No map tiles could be fetched or found in the cache: %1").arg(fetchError)};

    return warpMosaic(tiles, Mosaic{z, x0, y0, x1 - x0 + 1, y1 - y0 + 1, tileSize}, m_targetWkt, extent, size,
                      feedback);
}

} // namespace lb::io
