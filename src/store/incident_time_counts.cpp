#include "store/incident_time_counts.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lb::store {

namespace {

// Small lists of text values (categories, sources, time precisions) looked up by their bytes, so
// that a row costs no string conversion.
class TextIndex {
public:
    std::uint16_t of(const unsigned char *text, int size)
    {
        const std::string_view v(reinterpret_cast<const char *>(text), static_cast<std::size_t>(size));
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (m_values[i] == v)
                return static_cast<std::uint16_t>(i);
        m_values.emplace_back(v);
        return static_cast<std::uint16_t>(m_values.size() - 1);
    }
    QStringList names() const
    {
        QStringList out;
        for (const std::string &v : m_values)
            out << QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
        return out;
    }

private:
    std::vector<std::string> m_values;
};

struct GroupKey {
    std::int64_t time = 0; // the UTC hour or minute since 1970
    std::uint16_t category = 0, source = 0, precision = 0;
    bool onMinuteZero = false;
    bool operator==(const GroupKey &) const = default;
};

struct GroupKeyHash {
    std::size_t operator()(const GroupKey &k) const
    {
        // splitmix64's finaliser over the fields: neighbouring hours must not share buckets.
        std::uint64_t h = static_cast<std::uint64_t>(k.time) ^ (static_cast<std::uint64_t>(k.category) << 44) ^
                          (static_cast<std::uint64_t>(k.source) << 54) ^
                          (static_cast<std::uint64_t>(k.precision) << 40) ^ (k.onMinuteZero ? 1ULL << 63 : 0ULL);
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};

// The number of the UTC hour (bucket Hour) or minute (Minute) since 1970 of "YYYY-MM-DDTHH:MM:SSZ";
// nullopt when the text is not in that form.
std::optional<std::int64_t> bucketNumber(const unsigned char *text, int size, CountBucket bucket)
{
    if (size < 16)
        return std::nullopt;
    auto number = [text](int from, int count, int &out) {
        out = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day) || !number(11, 2, hour) ||
        !number(14, 2, minute) || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const std::int64_t hours =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 24 + hour;
    return bucket == CountBucket::Hour ? hours : hours * 60 + minute;
}

// Counts per group kept as one dense array per combination of category, precision, source and
// minute 0, indexed by bucket: a row costs one add into an array that stays in the cache, where a
// hash table of (bucket, combination) misses the cache on nearly every row. Used when the store's
// incidents span at most kMaxDenseBuckets buckets; a hash table otherwise.
constexpr std::int64_t kMaxDenseBuckets = 4'000'000;

class GroupCounter {
public:
    GroupCounter(std::int64_t first, std::int64_t last)
        : m_first(first)
        , m_size(last >= first && last - first < kMaxDenseBuckets ? last - first + 1 : 0)
    {}
    void add(std::int64_t bucket, const GroupKey &combination)
    {
        if (bucket >= m_first && bucket - m_first < m_size) {
            std::size_t c = 0;
            while (c < m_combinations.size() && !(m_combinations[c] == combination))
                ++c;
            if (c == m_combinations.size()) {
                m_combinations.push_back(combination);
                m_dense.emplace_back(static_cast<std::size_t>(m_size), 0);
            }
            ++m_dense[c][static_cast<std::size_t>(bucket - m_first)];
            return;
        }
        GroupKey key = combination;
        key.time = bucket;
        ++m_sparse[key];
    }
    template <typename F> void forEach(F f) const
    {
        for (std::size_t c = 0; c < m_combinations.size(); ++c)
            for (std::size_t b = 0; b < m_dense[c].size(); ++b)
                if (m_dense[c][b] > 0) {
                    GroupKey key = m_combinations[c];
                    key.time = m_first + static_cast<std::int64_t>(b);
                    f(key, static_cast<std::int64_t>(m_dense[c][b]));
                }
        for (const auto &[key, count] : m_sparse)
            f(key, count);
    }

private:
    std::int64_t m_first = 0;
    std::int64_t m_size = 0;
    std::vector<GroupKey> m_combinations;
    std::vector<std::vector<std::uint32_t>> m_dense;
    std::unordered_map<GroupKey, std::int64_t, GroupKeyHash> m_sparse;
};

} // namespace

CountBucket countBucketFor(const QTimeZone &zone)
{
    if (!zone.isValid())
        return CountBucket::Minute;
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    if (zone.offsetFromUtc(from) % 3600 != 0 || zone.standardTimeOffset(to) % 3600 != 0)
        return CountBucket::Minute;
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to))
        if (t.offsetFromUtc % 3600 != 0)
            return CountBucket::Minute;
    return CountBucket::Hour;
}

Result<IncidentTimeCounts> countIncidentTimes(const Store &store, const IncidentFilter &filter, CountBucket bucket,
                                              bool bySource)
{
    if (filter.extent || filter.areaId > 0)
        return Error{
            QCoreApplication::translate("lb::store::Store", "Counting by time cannot select incidents by place.")};
    // One pass over the rows in the store's order (on the time index when a span is given),
    // counted in a hash table of the groups: a GROUP BY would sort every row through temporary
    // files first.
    QString sql = QStringLiteral("SELECT occurred_at, category, time_precision%1 FROM incidents WHERE geom IS NOT NULL")
                      .arg(bySource ? QStringLiteral(", source") : QString());
    QStringList binds;
    if (filter.span) {
        sql += QStringLiteral(" AND occurred_at >= ? AND occurred_at < ?");
        binds << formatUtc(filter.span->begin) << formatUtc(filter.span->end);
    }
    auto inList = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            binds << v;
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    inList("category", filter.categories);
    inList("source", filter.sources);
    auto stmt = store.database().prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < binds.size(); ++i)
        stmt->bind(i + 1, binds[i]);

    // The range of buckets: two look-ups on the time index.
    std::int64_t first = 0, last = -1;
    if (auto range = store.database().prepare(
            QStringLiteral("SELECT (SELECT occurred_at FROM incidents ORDER BY occurred_at LIMIT 1), "
                           "(SELECT occurred_at FROM incidents ORDER BY occurred_at DESC LIMIT 1)"));
        range && range->step()) {
        int size = 0;
        const unsigned char *text = range->blob(0, &size);
        const auto a = text ? bucketNumber(text, size, bucket) : std::nullopt;
        text = range->blob(1, &size);
        const auto b = text ? bucketNumber(text, size, bucket) : std::nullopt;
        if (a && b) {
            first = *a;
            last = *b;
        }
    }
    GroupCounter counter(first, last);
    TextIndex categories, sources, precisions;
    while (stmt->step()) {
        int size = 0;
        const unsigned char *text = stmt->blob(0, &size);
        const auto number = bucketNumber(text, size, bucket);
        if (!number)
            continue; // not a time this program wrote; the record reads skip it too
        GroupKey key;
        key.onMinuteZero = text[14] == '0' && text[15] == '0';
        text = stmt->blob(1, &size);
        key.category = categories.of(text, size);
        text = stmt->blob(2, &size);
        key.precision = precisions.of(text, size);
        if (bySource) {
            text = stmt->blob(3, &size);
            key.source = sources.of(text, size);
        }
        counter.add(*number, key);
    }
    if (stmt->failed())
        return Error{QCoreApplication::translate("lb::store::Store", "Could not count the incidents: %1")
                         .arg(stmt->lastError())};

    IncidentTimeCounts out;
    out.categories = categories.names();
    out.sources = sources.names();
    std::vector<TimePrecision> precision;
    for (const QString &p : precisions.names())
        precision.push_back(timePrecisionFromString(p).value_or(TimePrecision::Exact));
    counter.forEach([&](const GroupKey &key, std::int64_t count) {
        const Instant t = bucket == CountBucket::Hour ? key.time * 3600 : key.time * 60;
        out.times.push_back(bucket == CountBucket::Hour && !key.onMinuteZero ? t + 60 : t);
        out.category.push_back(key.category);
        out.source.push_back(key.source);
        out.precision.push_back(precision[key.precision]);
        out.counts.push_back(count);
        out.total += count;
    });
    return out;
}

} // namespace lb::store