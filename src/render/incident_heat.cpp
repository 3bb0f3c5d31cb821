#include "render/incident_heat.h"

#include "render/incident_bins.h"
#include "render/raster_overlay_layer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lb::render {

namespace {

// Widths of three box filters whose succession approximates a Gaussian of `sigma` (Wells 1986;
// the rounding follows Kutskir's fast Gaussian blur).
std::array<int, 3> boxWidths(double sigma)
{
    const int n = 3;
    const double ideal = std::sqrt(12.0 * sigma * sigma / n + 1.0);
    int wl = int(std::floor(ideal));
    if (wl % 2 == 0)
        --wl;
    const int wu = wl + 2;
    const double m = std::round((12.0 * sigma * sigma - n * wl * wl - 4.0 * n * wl - 3.0 * n) / (-4.0 * wl - 4.0));
    std::array<int, 3> widths{};
    for (int i = 0; i < n; ++i)
        widths[size_t(i)] = i < m ? wl : wu;
    return widths;
}

// One box pass along rows (a moving sum), normalised so the total is kept.
void boxRows(const std::vector<float> &in, std::vector<float> &out, int w, int h, int radius)
{
    const float scale = 1.0f / float(2 * radius + 1);
    for (int y = 0; y < h; ++y) {
        const float *src = in.data() + size_t(y) * w;
        float *dst = out.data() + size_t(y) * w;
        float sum = 0.0f;
        for (int x = 0; x < std::min(radius, w); ++x)
            sum += src[x];
        for (int x = 0; x < w; ++x) {
            if (x + radius < w)
                sum += src[x + radius];
            if (x - radius - 1 >= 0)
                sum -= src[x - radius - 1];
            dst[x] = sum * scale;
        }
    }
}

// The same along columns, a row at a time so memory is read in order.
void boxColumns(const std::vector<float> &in, std::vector<float> &out, int w, int h, int radius)
{
    const float scale = 1.0f / float(2 * radius + 1);
    std::vector<float> sum(size_t(w), 0.0f);
    for (int y = 0; y < std::min(radius, h); ++y)
        for (int x = 0; x < w; ++x)
            sum[size_t(x)] += in[size_t(y) * w + x];
    for (int y = 0; y < h; ++y) {
        if (y + radius < h) {
            const float *add = in.data() + size_t(y + radius) * w;
            for (int x = 0; x < w; ++x)
                sum[size_t(x)] += add[x];
        }
        if (y - radius - 1 >= 0) {
            const float *sub = in.data() + size_t(y - radius - 1) * w;
            for (int x = 0; x < w; ++x)
                sum[size_t(x)] -= sub[x];
        }
        float *dst = out.data() + size_t(y) * w;
        for (int x = 0; x < w; ++x)
            dst[x] = sum[size_t(x)] * scale;
    }
}

} // namespace

double heatSigmaPixels(const MapSettings &settings)
{
    return 12.0 * settings.pixelScale();
}

HeatSurface incidentHeat(const IncidentSnapshot &inc, const CompiledMapFilter &filter, const MapSettings &settings,
                         Feedback &feedback, double sigmaPixels)
{
    HeatSurface surface;
    if (!settings.isValid())
        return surface;
    const QSize out = settings.outputSize();
    // Points up to three standard deviations outside the view still warm its edge.
    const int pad = int(std::ceil(3.0 * sigmaPixels));
    const int w = out.width() + 2 * pad;
    const int h = out.height() + 2 * pad;
    std::vector<float> grid(size_t(w) * h, 0.0f);
    const MapToPixel toPixel(settings);
    const Extent reach = settings.visibleExtent().buffered(pad * settings.mapUnitsPerPixel());
    std::int64_t n = 0;
    const bool done = forEachShownIncident(inc, filter, settings, reach, feedback, [&](std::uint32_t i) {
        const QPointF p = toPixel(inc.positions[i]);
        const int x = std::clamp(int(std::floor(p.x())) + pad, 0, w - 1);
        const int y = std::clamp(int(std::floor(p.y())) + pad, 0, h - 1);
        grid[size_t(y) * w + x] += 1.0f;
        ++n;
    });
    if (!done || feedback.isCanceled())
        return surface;
    std::vector<float> tmp(grid.size());
    for (int width : boxWidths(sigmaPixels)) {
        const int radius = (width - 1) / 2;
        boxRows(grid, tmp, w, h, radius);
        boxColumns(tmp, grid, w, h, radius);
    }
    // From incidents per pixel to incidents per km².
    const double pixelKm2 = std::pow(settings.mapUnitsPerPixel() / 1000.0, 2.0);
    const auto perKm2 = float(1.0 / pixelKm2);
    surface.size = out;
    surface.points = n;
    surface.density.resize(size_t(out.width()) * out.height());
    for (int y = 0; y < out.height(); ++y) {
        const float *src = grid.data() + size_t(y + pad) * w + pad;
        float *dst = surface.density.data() + size_t(y) * out.width();
        for (int x = 0; x < out.width(); ++x) {
            dst[x] = src[x] * perKm2;
            if (dst[x] > surface.maximum) {
                surface.maximum = dst[x];
                surface.peak = QPoint(x, y);
            }
        }
    }
    return surface;
}

QImage heatImage(const HeatSurface &surface)
{
    if (surface.size.isEmpty())
        return {};
    QImage image(surface.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (surface.maximum <= 0.0f)
        return image;
    std::array<QRgb, 256> ramp{};
    for (int i = 0; i < 256; ++i)
        ramp[size_t(i)] = qPremultiply(RasterOverlayLayer::heatColor(i / 255.0).rgba());
    const float scale = 255.0f / surface.maximum;
    const float floor = 0.02f * surface.maximum;
    for (int y = 0; y < surface.size.height(); ++y) {
        const float *src = surface.density.data() + size_t(y) * surface.size.width();
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < surface.size.width(); ++x)
            if (src[x] > floor)
                line[x] = ramp[size_t(std::min(255.0f, src[x] * scale))];
    }
    return image;
}

} // namespace lb::render
