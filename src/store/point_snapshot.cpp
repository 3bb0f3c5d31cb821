#include "store/point_snapshot.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace lb::store {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::PointSnapshot)
};

// The state row exists only while the chunks match the incidents; the triggers delete it.
const char *const kSchema = R"(
CREATE TABLE IF NOT EXISTS lb_point_snapshot (chunk INTEGER PRIMARY KEY, min_x REAL NOT NULL, min_y REAL NOT NULL,
    max_x REAL NOT NULL, max_y REAL NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lb_point_snapshot_state (valid INTEGER NOT NULL, categories TEXT, sources TEXT);
CREATE TRIGGER IF NOT EXISTS lb_point_snapshot_insert AFTER INSERT ON incidents
    BEGIN DELETE FROM lb_point_snapshot_state; END;
CREATE TRIGGER IF NOT EXISTS lb_point_snapshot_update AFTER UPDATE ON incidents
    BEGIN DELETE FROM lb_point_snapshot_state; END;
CREATE TRIGGER IF NOT EXISTS lb_point_snapshot_delete AFTER DELETE ON incidents
    BEGIN DELETE FROM lb_point_snapshot_state; END;
)";

// A chunk's blob: ids, x, y and times (8 bytes each), then category and source indexes (2 bytes
// each) and the location precision (1 byte), each as one array of n values.
constexpr size_t kBytesPerPoint = 8 + 8 + 8 + 8 + 2 + 2 + 1;

// Interleaves the bits of two 16-bit cell numbers: neighbouring cells stay close in the order.
std::uint32_t morton(std::uint32_t x, std::uint32_t y)
{
    const auto spread = [](std::uint32_t v) {
        v = (v | (v << 8)) & 0x00FF00FFu;
        v = (v | (v << 4)) & 0x0F0F0F0Fu;
        v = (v | (v << 2)) & 0x33333333u;
        v = (v | (v << 1)) & 0x55555555u;
        return v;
    };
    return spread(x) | (spread(y) << 1);
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

template <typename T> void put(QByteArray &blob, size_t &at, const T &value)
{
    std::memcpy(blob.data() + at, &value, sizeof(T));
    at += sizeof(T);
}

template <typename T> T get(const unsigned char *data, size_t offset)
{
    T v;
    std::memcpy(&v, data + offset, sizeof(T));
    return v;
}
} // namespace

bool hasPointSnapshot(const Store &store)
{
    const Database &db = store.database();
    if (!db.queryInt(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lb_point_snapshot_state'")))
        return false;
    return db.queryInt(QStringLiteral("SELECT valid FROM lb_point_snapshot_state")).value_or(0) == 1;
}

bool wantsPointSnapshot(const Store &store)
{
    return !hasPointSnapshot(store) &&
           store.database().queryInt(QStringLiteral("SELECT max(fid) FROM incidents")).value_or(0) >=
               kSnapshotMinIncidents;
}

Status writePointSnapshot(const Store &store)
{
    const Database &db = store.database();
    {
        // The triggers first, and a "being written" row that any change to the incidents removes.
        Transaction tx(db);
        if (!tx.isActive())
            return Error{tx.error()};
        if (auto s = db.exec(QString::fromLatin1(kSchema)); !s)
            return s;
        if (auto s = db.exec(QStringLiteral("DELETE FROM lb_point_snapshot_state; "
                                            "INSERT INTO lb_point_snapshot_state (valid) VALUES (0);"));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    auto points = store.incidentPoints();
    if (!points)
        return points.error();
    const IncidentPoints &p = *points;
    const size_t n = p.size();
    Extent all;
    for (const PointXY &q : p.positions)
        all.include(q);
    std::vector<std::uint32_t> key(n);
    const double w = std::max(all.maxX - all.minX, 1e-9), h = std::max(all.maxY - all.minY, 1e-9);
    for (size_t i = 0; i < n; ++i) {
        const auto cx = std::uint32_t(std::clamp((p.positions[i].x - all.minX) / w * 65535.0, 0.0, 65535.0));
        const auto cy = std::uint32_t(std::clamp((p.positions[i].y - all.minY) / h * 65535.0, 0.0, 65535.0));
        key[i] = morton(cx, cy);
    }
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    // Stable, so that each chunk keeps its incidents in id order.
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
    key = {};

    Transaction tx(db);
    if (!tx.isActive())
        return Error{tx.error()};
    if (!db.queryInt(QStringLiteral("SELECT 1 FROM lb_point_snapshot_state")))
        return Error{Tr::tr("The incidents changed while the map snapshot was made; it was not saved.")};
    if (auto s = db.exec(QStringLiteral("DELETE FROM lb_point_snapshot")); !s)
        return s;
    auto insert = db.prepare(QStringLiteral("INSERT INTO lb_point_snapshot (chunk, min_x, min_y, max_x, max_y, n, "
                                            "data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    std::int64_t chunk = 0;
    for (size_t begin = 0; begin < n; begin += kSnapshotChunkPoints, ++chunk) {
        const size_t m = std::min(n - begin, size_t(kSnapshotChunkPoints));
        QByteArray blob(qsizetype(m * kBytesPerPoint), Qt::Uninitialized);
        size_t at = 0;
        Extent box;
        for (size_t k = 0; k < m; ++k)
            put(blob, at, p.ids[order[begin + k]]);
        for (size_t k = 0; k < m; ++k) {
            put(blob, at, p.positions[order[begin + k]].x);
            box.include(p.positions[order[begin + k]]);
        }
        for (size_t k = 0; k < m; ++k)
            put(blob, at, p.positions[order[begin + k]].y);
        for (size_t k = 0; k < m; ++k)
            put(blob, at, std::int64_t(p.times[order[begin + k]]));
        for (size_t k = 0; k < m; ++k)
            put(blob, at, p.categoryIndex[order[begin + k]]);
        for (size_t k = 0; k < m; ++k)
            put(blob, at, p.sourceIndex[order[begin + k]]);
        for (size_t k = 0; k < m; ++k)
            put(blob, at, std::uint8_t(p.precision[order[begin + k]]));
        insert->reset();
        insert->bind(1, chunk).bind(2, box.minX).bind(3, box.minY).bind(4, box.maxX).bind(5, box.maxY);
        insert->bind(6, std::int64_t(m)).bind(7, blob);
        if (!insert->exec())
            return Error{insert->lastError()};
    }
    auto state =
        db.prepare(QStringLiteral("UPDATE lb_point_snapshot_state SET valid = 1, categories = ?, sources = ?"));
    if (!state)
        return state.error();
    state->bind(1, jsonList(p.categories)).bind(2, jsonList(p.sources));
    if (!state->exec())
        return Error{state->lastError()};
    return tx.commit();
}

std::optional<Result<IncidentPoints>> readPointSnapshot(const Store &store, const IncidentFilter &filter)
{
    if (filter.areaId != 0 || !hasPointSnapshot(store))
        return std::nullopt;
    const Database &db = store.database();
    auto lists = db.prepare(QStringLiteral("SELECT categories, sources FROM lb_point_snapshot_state"));
    if (!lists)
        return Result<IncidentPoints>(lists.error());
    if (!lists->step())
        return std::nullopt;
    IncidentPoints out;
    out.categories = listFromJson(lists->text(0));
    out.sources = listFromJson(lists->text(1));
    // Which indexes the filter keeps.
    std::vector<char> categoryKept(size_t(out.categories.size()), 1), sourceKept(size_t(out.sources.size()), 1);
    for (qsizetype i = 0; i < out.categories.size(); ++i)
        categoryKept[size_t(i)] = filter.categories.isEmpty() || filter.categories.contains(out.categories[i]);
    for (qsizetype i = 0; i < out.sources.size(); ++i)
        sourceKept[size_t(i)] = filter.sources.isEmpty() || filter.sources.contains(out.sources[i]);

    const QString where =
        filter.extent ? QStringLiteral(" WHERE max_x >= ? AND min_x <= ? AND max_y >= ? AND min_y <= ?") : QString();
    const auto bindExtent = [&](Statement &stmt) {
        if (filter.extent)
            stmt.bind(1, filter.extent->minX)
                .bind(2, filter.extent->maxX)
                .bind(3, filter.extent->minY)
                .bind(4, filter.extent->maxY);
    };
    // Room for every incident of the chunks read, so the arrays are not grown (and copied) on the way.
    auto total = db.prepare(QStringLiteral("SELECT coalesce(sum(n), 0) FROM lb_point_snapshot") + where);
    if (!total)
        return Result<IncidentPoints>(total.error());
    bindExtent(*total);
    const size_t room = total->step() ? size_t(total->int64(0)) : 0;
    out.ids.reserve(room);
    out.positions.reserve(room);
    out.times.reserve(room);
    out.categoryIndex.reserve(room);
    out.sourceIndex.reserve(room);
    out.precision.reserve(room);
    auto chunks =
        db.prepare(QStringLiteral("SELECT n, data FROM lb_point_snapshot") + where + QStringLiteral(" ORDER BY chunk"));
    if (!chunks)
        return Result<IncidentPoints>(chunks.error());
    bindExtent(*chunks);
    while (chunks->step()) {
        const size_t m = size_t(chunks->int64(0));
        int size = 0;
        const unsigned char *data = chunks->blob(1, &size);
        if (size_t(size) != m * kBytesPerPoint)
            return Result<IncidentPoints>(Error{Tr::tr("The map snapshot in %1 is damaged.").arg(store.path())});
        const size_t xAt = 8 * m, yAt = 16 * m, tAt = 24 * m, cAt = 32 * m, sAt = 34 * m, pAt = 36 * m;
        for (size_t k = 0; k < m; ++k) {
            const auto category = get<std::uint16_t>(data, cAt + 2 * k);
            const auto source = get<std::uint16_t>(data, sAt + 2 * k);
            if (category >= categoryKept.size() || !categoryKept[category] || source >= sourceKept.size() ||
                !sourceKept[source])
                continue;
            const PointXY q{get<double>(data, xAt + 8 * k), get<double>(data, yAt + 8 * k)};
            if (filter.extent && (q.x < filter.extent->minX || q.x > filter.extent->maxX || q.y < filter.extent->minY ||
                                  q.y > filter.extent->maxY))
                continue;
            const auto t = Instant(get<std::int64_t>(data, tAt + 8 * k));
            if (filter.span && (t < filter.span->begin || t >= filter.span->end))
                continue;
            out.ids.push_back(get<std::int64_t>(data, 8 * k));
            out.positions.push_back(q);
            out.times.push_back(t);
            out.categoryIndex.push_back(category);
            out.sourceIndex.push_back(source);
            out.precision.push_back(LocationPrecision(data[pAt + k]));
        }
    }
    if (chunks->failed())
        return Result<IncidentPoints>(Error{chunks->lastError()});
    return Result<IncidentPoints>(std::move(out));
}

} // namespace lb::store
