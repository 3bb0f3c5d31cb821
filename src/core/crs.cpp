#include "core/crs.h"

#include <proj.h>

#include <QCoreApplication>

namespace lb {

namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT *c) const { proj_context_destroy(c); }
};
struct PjDeleter {
    void operator()(PJ *p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// A PROJ context that never downloads grids, whatever PROJ_NETWORK or proj.ini say: the program
// reaches the network only when the user asks.
PJ_CONTEXT *offlineContext()
{
    PJ_CONTEXT *ctx = proj_context_create();
    if (ctx)
        proj_context_set_enable_network(ctx, 0);
    return ctx;
}

QString authCode(int epsg)
{
    return QStringLiteral("EPSG:%1").arg(epsg);
}

} // namespace

struct CoordinateTransform::Handles {
    ContextPtr context;
    PjPtr pj;
};

int parseEpsg(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        t = t.mid(5);
    bool ok = false;
    const int code = t.toInt(&ok);
    return ok && code > 0 ? code : 0;
}

Result<CrsInfo> crsInfo(int epsg)
{
    ContextPtr ctx(offlineContext());
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    PjPtr crs(proj_create(ctx.get(), authCode(epsg).toUtf8().constData()));
    if (!crs)
        return Error{QCoreApplication::translate("lb::Crs", "Unknown coordinate reference system EPSG:%1.").arg(epsg)};

    CrsInfo info;
    info.epsg = epsg;
    info.name = QString::fromUtf8(proj_get_name(crs.get()));
    const char *const wktOptions[] = {"MULTILINE=NO", nullptr};
    if (const char *wkt = proj_as_wkt(ctx.get(), crs.get(), PJ_WKT1_GDAL, wktOptions))
        info.wkt = QString::fromUtf8(wkt);
    const PJ_TYPE type = proj_get_type(crs.get());
    info.projected = type == PJ_TYPE_PROJECTED_CRS;

    PjPtr cs(proj_crs_get_coordinate_system(ctx.get(), crs.get()));
    if (cs && proj_cs_get_axis_count(ctx.get(), cs.get()) > 0) {
        double factor = 0.0;
        const char *unitName = nullptr;
        if (proj_cs_get_axis_info(ctx.get(), cs.get(), 0, nullptr, nullptr, nullptr, &factor, &unitName, nullptr,
                                  nullptr))
            info.metric = info.projected && std::abs(factor - 1.0) < 1e-12;
    }

    double west = 0, south = 0, east = 0, north = 0;
    if (proj_get_area_of_use(ctx.get(), crs.get(), &west, &south, &east, &north, nullptr) && west > -1000)
        info.areaOfUseLonLat = Extent{west, south, east, north};
    return info;
}

CoordinateTransform::CoordinateTransform(int source, int target, std::unique_ptr<Handles> handles)
    : m_source(source)
    , m_target(target)
    , m_handles(std::move(handles))
{}

CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

Result<CoordinateTransform> CoordinateTransform::create(int sourceEpsg, int targetEpsg)
{
    auto handles = std::make_unique<Handles>();
    handles->context.reset(offlineContext());
    proj_log_level(handles->context.get(), PJ_LOG_NONE);
    PjPtr raw(proj_create_crs_to_crs(handles->context.get(), authCode(sourceEpsg).toUtf8().constData(),
                                     authCode(targetEpsg).toUtf8().constData(), nullptr));
    if (!raw)
        return Error{QCoreApplication::translate("lb::Crs", "Cannot transform coordinates from EPSG:%1 to EPSG:%2.")
                         .arg(sourceEpsg)
                         .arg(targetEpsg)};
    // EPSG:4326 and EPSG:3006 both put northing/latitude first; normalise to x = east, y = north.
    handles->pj.reset(proj_normalize_for_visualization(handles->context.get(), raw.get()));
    if (!handles->pj)
        return Error{
            QCoreApplication::translate("lb::Crs", "Cannot normalise the axis order of EPSG:%1.").arg(sourceEpsg)};
    return CoordinateTransform(sourceEpsg, targetEpsg, std::move(handles));
}

size_t CoordinateTransform::transform(std::span<PointXY> points) const
{
    if (points.empty())
        return 0;
    if (m_source == m_target)
        return 0;
    static_assert(sizeof(PointXY) == 2 * sizeof(double));
    proj_trans_generic(m_handles->pj.get(), PJ_FWD, &points[0].x, sizeof(PointXY), points.size(), &points[0].y,
                       sizeof(PointXY), points.size(), nullptr, 0, 0, nullptr, 0, 0);
    size_t failed = 0;
    for (PointXY &p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL) {
            p = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
            ++failed;
        }
    }
    return failed;
}

PointXY CoordinateTransform::transform(PointXY p) const
{
    transform(std::span<PointXY>(&p, 1));
    return p;
}

} // namespace lb
