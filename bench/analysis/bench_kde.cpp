// bench_kde: our kernel density against QGIS's heat map algorithm, in one run, on the same
// points: wall time and peak memory of each (as separate processes, measured with wait4), their
// ratio, and the Pearson correlation of the two rasters cell by cell.
//
//   bench_kde [--points N] [--radius M] [--cell M] [--dir DIR] [--no-qgis] [--threads N] [--shared] [--exact]
//
// --exact forces the direct sum (KdeMethod::Exact) instead of the automatic choice, which takes the
// binned convolution for these sizes.
// --shared puts 70 % of the points on 40,000 shared positions, as incidents share addresses, stops
// and squares in real data (bench/import/generate_incidents.py does the same).
//
// QGIS 3.22 runs as `qgis_process.bin run qgis:heatmapkerneldensityestimation` with the quartic
// kernel and raw output; its raster differs from ours by the constant 3/(π r²)·10⁶ only, which
// the correlation ignores.

#include "analysis/kernel_density.h"
#include "io/export_raster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace lb;

namespace {

// A municipality-sized pattern: a 20 × 20 km area with a uniform background and clusters of
// different sizes, in SWEREF 99 TM around Södertälje.
std::vector<PointXY> makePoints(std::size_t n)
{
    std::mt19937_64 rng(20240501);
    const double x0 = 640000, y0 = 6554000, size = 20000;
    std::uniform_real_distribution<double> u(0.0, size);
    std::vector<PointXY> centres;
    std::vector<double> spread;
    for (int i = 0; i < 40; ++i) {
        centres.push_back({x0 + 2000 + u(rng) * 0.8, y0 + 2000 + u(rng) * 0.8});
        spread.push_back(100 + std::fmod(u(rng), 900.0));
    }
    std::vector<PointXY> pts;
    pts.reserve(n);
    std::normal_distribution<double> g(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 4 == 0) {
            pts.push_back({x0 + u(rng), y0 + u(rng)});
        } else {
            const std::size_t c = rng() % centres.size();
            const PointXY p{centres[c].x + g(rng) * spread[c], centres[c].y + g(rng) * spread[c]};
            pts.push_back({std::clamp(p.x, x0, x0 + size), std::clamp(p.y, y0, y0 + size)});
        }
    }
    return pts;
}

bool writeGpkg(const QString &path, const std::vector<PointXY> &pts)
{
    GDALAllRegister();
    QFile::remove(path);
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "points", srs, wkbPoint, nullptr);
    OSRDestroySpatialReference(srs);
    GDALDatasetStartTransaction(ds, FALSE);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const PointXY &p : pts) {
        OGRFeatureH f = OGR_F_Create(defn);
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, p.x, p.y);
        OGR_F_SetGeometryDirectly(f, g);
        const bool written = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
        if (!written)
            return false;
    }
    GDALDatasetCommitTransaction(ds);
    GDALClose(ds);
    return true;
}

struct ChildRun {
    int exitCode = -1;
    double seconds = 0.0;
    double peakMb = 0.0;
};

ChildRun runChild(const std::vector<std::string> &argv, const std::vector<std::string> &env)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        for (const std::string &e : env)
            putenv(const_cast<char *>(e.c_str()));
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    ChildRun r;
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.peakMb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// The child that measures our side: read the points, compute, write the GeoTIFF.
int runOurs(const QString &in, const QString &out, double radius, double cell, int threads, bool exact)
{
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = f.readAll();
    std::vector<PointXY> pts(static_cast<std::size_t>(bytes.size()) / sizeof(PointXY));
    std::memcpy(pts.data(), bytes.constData(), pts.size() * sizeof(PointXY));
    analysis::KdeParameters p;
    p.radius = radius;
    p.cellSize = cell;
    p.threads = threads;
    p.method = exact ? analysis::KdeMethod::Exact : analysis::KdeMethod::Automatic;
    Feedback fb;
    QElapsedTimer t;
    t.start();
    auto r = analysis::kernelDensity(pts, {}, p, fb);
    const double compute = t.nsecsElapsed() / 1e9;
    if (!r)
        return 2;
    const io::RasterLayout layout{r->grid.originX, r->grid.originY, r->grid.cellSize, r->grid.cols, r->grid.rows, 3006};
    if (!io::writeGeoTiff(out, layout, r->density, {QStringLiteral("kde"), QStringLiteral("events per km2"), {}}))
        return 3;
    std::printf("  ours: compute %.3f s (grid %d x %d, %s)\n", compute, r->grid.cols, r->grid.rows,
                r->binned ? "binned" : "exact");
    return 0;
}

double correlation(const io::RasterData &a, const io::RasterData &b)
{
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    const std::size_t n = a.values.size();
    for (std::size_t i = 0; i < n; ++i) {
        double x = a.values[i], y = b.values[i];
        if (b.noData && y == *b.noData)
            y = 0.0; // QGIS leaves cells no event reaches at its no-data value
        if (a.noData && x == *a.noData)
            x = 0.0;
        sa += x, sb += y, saa += x * x, sbb += y * y, sab += x * y;
    }
    const double dn = static_cast<double>(n);
    return (sab - sa * sb / dn) / std::sqrt((saa - sa * sa / dn) * (sbb - sb * sb / dn));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const double radius = value(QStringLiteral("--radius"), QStringLiteral("500")).toDouble();
    const double cell = value(QStringLiteral("--cell"), QStringLiteral("10")).toDouble();
    const int threads = value(QStringLiteral("--threads"), QStringLiteral("0")).toInt();
    if (args.contains(QStringLiteral("--child-ours")))
        return runOurs(value(QStringLiteral("--child-ours"), {}), value(QStringLiteral("--out"), {}), radius, cell,
                       threads, args.contains(QStringLiteral("--exact")));

    const std::size_t n = value(QStringLiteral("--points"), QStringLiteral("1000000")).toULongLong();
    const QString dir = value(QStringLiteral("--dir"), QDir::tempPath() + QStringLiteral("/lagesbild-bench-kde"));
    QDir().mkpath(dir);
    const QString bin = dir + QStringLiteral("/points.bin"), gpkg = dir + QStringLiteral("/points.gpkg");
    const QString oursTif = dir + QStringLiteral("/ours.tif"), qgisTif = dir + QStringLiteral("/qgis.tif");

    std::printf("KDE benchmark: %zu points, quartic, radius %.0f m, cells %.0f m\n", n, radius, cell);
    std::vector<PointXY> pts = makePoints(n);
    if (args.contains(QStringLiteral("--shared")) && pts.size() > 40000) {
        const std::vector<PointXY> spots(pts.begin(), pts.begin() + 40000);
        for (std::size_t i = 40000; i < pts.size(); ++i)
            if (i % 10 < 7)
                pts[i] = spots[(i * 2654435761u) % spots.size()];
    }
    {
        QFile f(bin);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(reinterpret_cast<const char *>(pts.data()), static_cast<qint64>(pts.size() * sizeof(PointXY)));
    }
    const std::string self = QCoreApplication::applicationFilePath().toStdString();
    const ChildRun ours =
        runChild({self, "--child-ours", bin.toStdString(), "--out", oursTif.toStdString(), "--radius",
                  std::to_string(radius), "--cell", std::to_string(cell), "--threads", std::to_string(threads),
                  args.contains(QStringLiteral("--exact")) ? "--exact" : "--automatic"},
                 {});
    std::printf("  ours: %.2f s wall, peak %.0f MB (exit %d)\n", ours.seconds, ours.peakMb, ours.exitCode);
    if (args.contains(QStringLiteral("--no-qgis")))
        return ours.exitCode;

    if (!writeGpkg(gpkg, pts))
        return 1;
    QFile::remove(qgisTif);
    const ChildRun qgis =
        runChild({"qgis_process.bin", "run", "qgis:heatmapkerneldensityestimation", "--", "INPUT=" + gpkg.toStdString(),
                  "RADIUS=" + std::to_string(radius), "PIXEL_SIZE=" + std::to_string(cell), "KERNEL=0",
                  "OUTPUT_VALUE=0", "OUTPUT=" + qgisTif.toStdString()},
                 {"LD_LIBRARY_PATH=/usr/lib/grass82/lib", "QT_QPA_PLATFORM=offscreen"});
    std::printf("  QGIS: %.2f s wall, peak %.0f MB (exit %d)\n", qgis.seconds, qgis.peakMb, qgis.exitCode);
    auto a = io::readRaster(oursTif);
    auto b = io::readRaster(qgisTif);
    if (!a || !b) {
        std::printf("  cannot compare: %s\n", qPrintable(a ? b.errorMessage() : a.errorMessage()));
        return 1;
    }
    if (a->layout.cols != b->layout.cols || a->layout.rows != b->layout.rows ||
        std::abs(a->layout.originX - b->layout.originX) > 1e-6 ||
        std::abs(a->layout.originY - b->layout.originY) > 1e-6) {
        std::printf("  grids differ: ours %d x %d at (%.3f, %.3f), QGIS %d x %d at (%.3f, %.3f)\n", a->layout.cols,
                    a->layout.rows, a->layout.originX, a->layout.originY, b->layout.cols, b->layout.rows,
                    b->layout.originX, b->layout.originY);
        return 1;
    }
    std::printf("  speed-up (QGIS wall / ours wall): %.1fx\n", qgis.seconds / ours.seconds);
    std::printf("  memory (ours / QGIS peak): %.2f\n", ours.peakMb / qgis.peakMb);
    std::printf("  correlation of the rasters: %.6f\n", correlation(*a, *b));
    return 0;
}
