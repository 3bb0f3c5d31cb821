#include "io/import_fingerprint.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <cstring>
#include <vector>

namespace lb::io {

namespace {

// Raised whenever the conversion of rows changes what it stores or rejects, so that a file
// imported by an earlier version goes through every row again.
constexpr int kConversionRules = 1;

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;

std::uint64_t rotl(std::uint64_t v, int r)
{
    return (v << r) | (v >> (64 - r));
}

std::uint64_t mixWord(std::uint64_t lane, std::uint64_t word)
{
    return rotl(lane + word * kPrime2, 31) * kPrime1;
}

std::uint64_t avalanche(std::uint64_t h)
{
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    h ^= h >> 32;
    return h;
}

// Four independent lanes over 32-byte stripes; the last partial stripe is padded with zeros and
// the length is mixed in at the end, so padding cannot make two files equal.
class StripeHash {
public:
    void add(const unsigned char *data, size_t size) // size is a multiple of 32
    {
        for (size_t i = 0; i < size; i += 32)
            for (size_t k = 0; k < 4; ++k) {
                std::uint64_t w;
                std::memcpy(&w, data + i + 8 * k, 8);
                m_lanes[k] = mixWord(m_lanes[k], w);
            }
    }
    std::array<std::uint64_t, 2> finish(std::uint64_t length) const
    {
        std::uint64_t a = length * kPrime3, b = ~length * kPrime1;
        for (size_t k = 0; k < 4; ++k) {
            a = mixWord(a, m_lanes[k]) + rotl(m_lanes[k], static_cast<int>(7 + 11 * k));
            b = mixWord(b, m_lanes[3 - k]) ^ rotl(m_lanes[k], static_cast<int>(13 + 5 * k));
        }
        return {avalanche(a), avalanche(b ^ a)};
    }

private:
    std::array<std::uint64_t, 4> m_lanes{kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
};

} // namespace

std::optional<std::array<std::uint64_t, 2>> fileContentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr qint64 kBlock = qint64{4} << 20;
    std::vector<unsigned char> buffer(static_cast<size_t>(kBlock));
    StripeHash hash;
    std::uint64_t length = 0;
    while (true) {
        qint64 filled = 0;
        while (filled < kBlock) {
            const qint64 n = file.read(reinterpret_cast<char *>(buffer.data()) + filled, kBlock - filled);
            if (n < 0)
                return std::nullopt;
            if (n == 0)
                break;
            filled += n;
        }
        length += static_cast<std::uint64_t>(filled);
        if (filled < kBlock) {
            const auto whole = static_cast<size_t>(filled) & ~size_t{31};
            const size_t rest = static_cast<size_t>(filled) - whole;
            std::memset(buffer.data() + whole + rest, 0, 32 - rest);
            hash.add(buffer.data(), whole + (rest ? 32 : 0));
            break;
        }
        hash.add(buffer.data(), buffer.size());
    }
    return hash.finish(length);
}

std::optional<QString> importFingerprint(const QString &path, const FieldMapping &mapping, PersonalDataChoice choice,
                                         store::Store &store, const MultiPolygon &municipality)
{
    const auto content = fileContentHash(path);
    if (!content)
        return std::nullopt;
    QCryptographicHash setup(QCryptographicHash::Sha256);
    const auto addText = [&setup](const QString &s) {
        setup.addData(s.toUtf8());
        setup.addData(QByteArrayView("\x1f", 1));
    };
    addText(QString::number(kConversionRules));
    addText(QCoreApplication::applicationVersion());
    addText(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    addText(toString(choice));
    addText(QString::number(store.epsg()));
    addText(QString::fromUtf8(store.timeZone().id()));
    auto categories = store.categories();
    if (!categories)
        return std::nullopt;
    for (const Category &c : *categories) {
        addText(c.code);
        addText(c.labelSv);
        addText(c.labelEn);
    }
    for (const Polygon &p : municipality) {
        for (const LinearRing &ring : p.rings) {
            setup.addData(QByteArrayView(reinterpret_cast<const char *>(ring.data()),
                                         static_cast<qsizetype>(ring.size() * sizeof(PointXY))));
            addText({}); // ends the ring
        }
        addText(QStringLiteral("polygon"));
    }
    return QStringLiteral("%1%2-%3")
        .arg((*content)[0], 16, 16, QLatin1Char('0'))
        .arg((*content)[1], 16, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(setup.result().toHex()));
}

} // namespace lb::io
