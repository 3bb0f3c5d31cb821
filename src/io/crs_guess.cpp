#include "io/crs_guess.h"

#include "core/crs.h"
#include "io/value_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lb::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

QString normalisedName(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if (c == QChar(0xE5) || c == QChar(0xE4))
            out += QLatin1Char('a');
        else if (c == QChar(0xF6))
            out += QLatin1Char('o');
        else if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

const QStringList &xNames()
{
    static const QStringList names = {
        QStringLiteral("lon"),    QStringLiteral("long"),        QStringLiteral("longitude"),
        QStringLiteral("lng"),    QStringLiteral("longitud"),    QStringLiteral("x"),
        QStringLiteral("e"),      QStringLiteral("east"),        QStringLiteral("easting"),
        QStringLiteral("ost"),    QStringLiteral("ostlig"),      QStringLiteral("ostkoordinat"),
        QStringLiteral("xkoord"), QStringLiteral("xkoordinat"),  QStringLiteral("xcoord"),
        QStringLiteral("ekoord"), QStringLiteral("ecoord"),      QStringLiteral("koordinatx"),
        QStringLiteral("koordx"), QStringLiteral("xcoordinate"), QStringLiteral("lamda"),
        QStringLiteral("lambda"),
    };
    return names;
}

const QStringList &yNames()
{
    static const QStringList names = {
        QStringLiteral("lat"),      QStringLiteral("latitude"),
        QStringLiteral("latitud"),  QStringLiteral("y"),
        QStringLiteral("n"),        QStringLiteral("north"),
        QStringLiteral("northing"), QStringLiteral("nord"),
        QStringLiteral("nordlig"),  QStringLiteral("nordkoordinat"),
        QStringLiteral("ykoord"),   QStringLiteral("ykoordinat"),
        QStringLiteral("ycoord"),   QStringLiteral("nkoord"),
        QStringLiteral("ncoord"),   QStringLiteral("koordinaty"),
        QStringLiteral("koordy"),   QStringLiteral("ycoordinate"),
        QStringLiteral("phi"),
    };
    return names;
}

int findByName(const QStringList &columns, const QStringList &names, bool partial)
{
    for (int i = 0; i < columns.size(); ++i) {
        const QString n = normalisedName(columns[i]);
        if (names.contains(n))
            return i;
    }
    if (!partial)
        return -1;
    // "gps_lat", "pos lon", "wgs84_latitude": a word of the name is a known name.
    for (int i = 0; i < columns.size(); ++i) {
        const QStringList words =
            columns[i].toLower().split(QRegularExpression(QStringLiteral("[^\\w]|_")), Qt::SkipEmptyParts);
        for (const QString &w : words)
            if (w.size() >= 3 && names.contains(normalisedName(w)))
                return i;
    }
    return -1;
}

std::optional<std::pair<double, double>> numericRange(const QStringList &values)
{
    double lo = INFINITY, hi = -INFINITY;
    int n = 0;
    for (const QString &v : values) {
        if (v.trimmed().isEmpty())
            continue;
        const QByteArray b = v.toUtf8();
        const auto d = parseNumber(std::string_view(b.constData(), static_cast<size_t>(b.size())));
        if (!d)
            return std::nullopt;
        lo = std::min(lo, *d);
        hi = std::max(hi, *d);
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

bool inSweden(PointXY ll)
{
    return ll.x >= 10.0 && ll.x <= 24.5 && ll.y >= 55.0 && ll.y <= 69.5;
}

double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

struct Candidate {
    int epsg;
    bool swap;
    PointXY centreLonLat;
    bool inAreaOfUse;
};

QString crsLabel(int epsg)
{
    auto info = crsInfo(epsg);
    return info ? QStringLiteral("EPSG:%1 (%2)").arg(epsg).arg(info->name) : QStringLiteral("EPSG:%1").arg(epsg);
}

} // namespace

const std::vector<int> &guessableCrs()
{
    static const std::vector<int> list = {4326, 3006, 3021, 3011, 3014, 3015, 3010, 3013,
                                          3009, 3012, 3008, 3007, 3016, 3017, 3018};
    return list;
}

CoordinateColumns guessCoordinateColumns(const QStringList &columns, const std::vector<QStringList> &samples)
{
    for (bool partial : {false, true}) {
        const int x = findByName(columns, xNames(), partial);
        const int y = findByName(columns, yNames(), partial);
        if (x >= 0 && y >= 0 && x != y)
            return {columns[x], columns[y]};
    }
    // No names: look for two numeric columns whose values are latitudes and longitudes, or
    // northings and eastings, in Sweden.
    int lat = -1, lon = -1, north = -1, east = -1;
    for (int i = 0; i < columns.size() && i < static_cast<int>(samples.size()); ++i) {
        const auto r = numericRange(samples[static_cast<size_t>(i)]);
        if (!r)
            continue;
        const auto [lo, hi] = *r;
        const bool fractional = std::floor(lo) != lo || std::floor(hi) != hi;
        if (lo >= 55 && hi <= 69.5 && fractional && lat < 0)
            lat = i;
        else if (lo >= 10 && hi <= 24.5 && fractional && lon < 0)
            lon = i;
        else if (lo >= 6100000 && hi <= 7700000 && north < 0)
            north = i;
        else if (lo >= 40000 && hi <= 1900000 && east < 0)
            east = i;
    }
    if (lat >= 0 && lon >= 0)
        return {columns[lon], columns[lat]};
    if (north >= 0 && east >= 0)
        return {columns[east], columns[north]};
    return {};
}

CrsGuess guessCrs(std::span<const PointXY> samples, std::optional<PointXY> referenceLonLat)
{
    std::vector<PointXY> pts;
    for (PointXY p : samples)
        if (std::isfinite(p.x) && std::isfinite(p.y))
            pts.push_back(p);
    if (pts.empty())
        return {0, false, Tr::tr("There are no coordinates to guess the CRS from.")};

    std::vector<Candidate> plausible;
    for (bool swap : {false, true}) {
        std::vector<PointXY> in = pts;
        if (swap)
            for (PointXY &p : in)
                std::swap(p.x, p.y);
        const double firstNorthing = in.front().y; // `in` is as long as `pts`, which is not empty
        for (int epsg : guessableCrs()) {
            std::vector<PointXY> ll = in;
            if (epsg != 4326) {
                // Cheap range check first: projected Swedish coordinates have 7-digit northings.
                if (firstNorthing < 6000000 || firstNorthing > 7800000)
                    continue;
                auto t = CoordinateTransform::create(epsg, 4326);
                if (!t)
                    continue;
                t->transform(ll);
            }
            const auto inside = std::count_if(ll.begin(), ll.end(), inSweden);
            if (inside * 10 < static_cast<long>(ll.size()) * 8)
                continue;
            std::vector<double> xs, ys;
            for (PointXY p : ll) {
                xs.push_back(p.x);
                ys.push_back(p.y);
            }
            const PointXY centre{median(xs), median(ys)};
            auto info = crsInfo(epsg);
            const bool inArea = info && !info->areaOfUseLonLat.isEmpty() && info->areaOfUseLonLat.contains(centre);
            plausible.push_back({epsg, swap, centre, inArea});
        }
    }
    if (plausible.empty())
        return {0, false,
                Tr::tr("The coordinates do not look like WGS 84, SWEREF 99 or RT 90 positions in Sweden; give the "
                       "CRS.")};

    const Candidate *best = nullptr;
    QString why;
    if (referenceLonLat) {
        // The interpretation that puts the points nearest the municipality wins.
        double bestDistance = INFINITY;
        const double cosLat = std::cos(referenceLonLat->y * M_PI / 180.0);
        for (const Candidate &c : plausible) {
            const double dx = (c.centreLonLat.x - referenceLonLat->x) * cosLat;
            const double dy = c.centreLonLat.y - referenceLonLat->y;
            const double d = std::hypot(dx, dy);
            if (d < bestDistance) {
                bestDistance = d;
                best = &c;
            }
        }
        why = Tr::tr("the values fit it and put the points nearest the municipality");
    } else {
        // Without a reference, the first candidate in guessableCrs() order whose area of use
        // holds the points; several SWEREF 99 local zones may fit equally well.
        // Unswapped candidates come first in `plausible`, so they win over swapped ones.
        for (const Candidate &c : plausible)
            if (c.inAreaOfUse) {
                best = &c;
                break;
            }
        if (!best)
            best = &plausible.front();
        why = Tr::tr("the values fit its area of use");
        int fits = 0;
        for (const Candidate &c : plausible)
            fits += c.inAreaOfUse && c.swap == best->swap ? 1 : 0;
        if (fits > 1)
            why += QLatin1String("; ") + Tr::tr("%1 other CRSs fit as well, so check the guess").arg(fits - 1);
    }
    CrsGuess g{best->epsg, best->swap, {}};
    g.explanation = g.swapAxes
                        ? Tr::tr("Guessed %1 with the two coordinate columns swapped: %2.").arg(crsLabel(g.epsg), why)
                        : Tr::tr("Guessed %1: %2.").arg(crsLabel(g.epsg), why);
    return g;
}

bool namesLonLat(const QString &x, const QString &y)
{
    static const QStringList lon = {QStringLiteral("lon"), QStringLiteral("long"), QStringLiteral("longitude"),
                                    QStringLiteral("lng"), QStringLiteral("longitud")};
    static const QStringList lat = {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("latitud")};
    return findByName({x}, lon, true) == 0 && findByName({y}, lat, true) == 0;
}

CrsGuess guessCrs(std::span<const PointXY> samples, const CrsHints &hints)
{
    CrsGuess swedish = guessCrs(samples, hints.referenceLonLat);
    if (swedish.epsg != 0)
        return swedish;
    std::vector<PointXY> pts;
    for (PointXY p : samples)
        if (std::isfinite(p.x) && std::isfinite(p.y))
            pts.push_back(p);
    if (pts.empty())
        return swedish;
    const auto within = [](const std::vector<PointXY> &v, const Extent &e) {
        const auto inside = std::count_if(v.begin(), v.end(), [&](PointXY p) { return e.contains(p); });
        return inside * 10 >= static_cast<long>(v.size()) * 8;
    };
    if (hints.lonLatNames && within(pts, Extent{-180, -90, 180, 90}))
        return {4326, false,
                Tr::tr("Guessed %1: the columns are named longitude and latitude and the values are within "
                       "±180 and ±90 degrees.")
                    .arg(crsLabel(4326))};
    if (hints.storeEpsg > 0 && hints.storeEpsg != 4326) {
        auto info = crsInfo(hints.storeEpsg);
        auto t = CoordinateTransform::create(hints.storeEpsg, 4326);
        if (info && t && !info->areaOfUseLonLat.isEmpty()) {
            for (bool swap : {false, true}) {
                std::vector<PointXY> ll = pts;
                if (swap)
                    for (PointXY &p : ll)
                        std::swap(p.x, p.y);
                t->transform(ll);
                if (within(ll, info->areaOfUseLonLat))
                    return {hints.storeEpsg, swap,
                            swap ? Tr::tr("Guessed %1, the store's CRS, with the two coordinate columns swapped: the "
                                          "values fall within its area of use.")
                                       .arg(crsLabel(hints.storeEpsg))
                                 : Tr::tr("Guessed %1, the store's CRS: the values fall within its area of use.")
                                       .arg(crsLabel(hints.storeEpsg))};
            }
        }
    }
    return {0, false,
            Tr::tr("The coordinates do not look like WGS 84 longitudes and latitudes, positions in the store's CRS, "
                   "or SWEREF 99 or RT 90 positions in Sweden; give the CRS.")};
}

} // namespace lb::io
