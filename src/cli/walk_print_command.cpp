// lagesbild-cli walk print STORE --walk ID --out F.pdf|png [--page A4|A3] [--landscape]: the walk
// map and the table pages to carry on a safety walk (see report/walk_print.h).

#include "cli/cli_support.h"
#include "cli/open_reader.h"
#include "render/map_data.h"
#include "report/walk_print.h"
#include "store/walk_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkPrint)
};

} // namespace

int runWalkPrint(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Print a safety walk to carry: the walk map with its numbered points, "
                                       "then table pages to write the observations on (PDF), or the map page "
                                       "alone (PNG)."));
    addStoreArgument(p);
    const QCommandLineOption walk(QStringLiteral("walk"), Tr::tr("The walk's id (see walk list)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write: .pdf or .png."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), Tr::tr("A4 (default) or A3."), QStringLiteral("SIZE"),
                                  QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Tr::tr("Landscape instead of portrait."));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Tr::tr("PNG resolution (default 150)."), QStringLiteral("N"),
                                 QStringLiteral("150"));
    p.addOptions({walk, out, page, landscape, dpi});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk print"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(out) || !p.isSet(walk)) {
        io.err << Tr::tr("walk print needs a store, --walk ID and --out FILE.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(out), {QStringLiteral("pdf"), QStringLiteral("png")}, io))
        return 2;
    const QString pageName = p.value(page).toUpper();
    bool okId = false, okDpi = false;
    const qint64 walkId = p.value(walk).toLongLong(&okId);
    report::WalkPrintSettings settings;
    settings.pngDpi = p.value(dpi).toDouble(&okDpi);
    if ((pageName != QLatin1String("A4") && pageName != QLatin1String("A3")) || !okId || !okDpi ||
        settings.pngDpi < 24 || settings.pngDpi > 1200) {
        io.err << Tr::tr("--page takes A4 or A3, --walk a walk's id, --dpi 24 to 1200.") << '\n';
        return 2;
    }
    settings.pageSize = QPageSize(pageName == QLatin1String("A3") ? QPageSize::A3 : QPageSize::A4);
    settings.orientation = p.isSet(landscape) ? QPageLayout::Landscape : QPageLayout::Portrait;

    const QString path = p.positionalArguments().first();
    auto store = openReader(path, io);
    if (!store)
        return 1;
    auto walks = store->walks();
    if (!walks) {
        io.err << walks.errorMessage() << '\n';
        return 1;
    }
    report::WalkPrintInput input;
    const auto found = std::find_if(walks->begin(), walks->end(), [&](const Walk &w) { return w.id == walkId; });
    if (found == walks->end()) {
        io.err << Tr::tr("No walk with id %1 in the store.").arg(walkId) << '\n';
        return 2;
    }
    input.walk = *found;
    auto plan = store->walkPoints(walkId);
    if (!plan) {
        io.err << plan.errorMessage() << '\n';
        return 1;
    }
    if (plan->empty()) {
        io.err << Tr::tr("Walk %1 has no planned points yet: plan it first.").arg(walkId) << '\n';
        return 2;
    }
    input.plan = std::move(*plan);
    if (input.walk.areaId != 0)
        if (auto areas = store->areas())
            for (const Area &a : *areas)
                if (a.id == input.walk.areaId)
                    input.areaName = a.name;
    Feedback feedback;
    auto data = render::loadMapData(path, feedback);
    if (!data) {
        io.err << data.errorMessage() << '\n';
        return 1;
    }
    input.data = *data;
    report::WalkPrinter printer(std::move(input), settings);
    if (printer.exportToFile(p.value(out), feedback) != report::ExportResult::Success) {
        io.err << printer.errorMessage() << '\n';
        return 1;
    }
    const bool pdf = QFileInfo(p.value(out)).suffix().toLower() == QLatin1String("pdf");
    io.out << Tr::tr("Wrote %1: %2 %3, %n page(s).", nullptr, pdf ? printer.pageCount() : 1)
                  .arg(p.value(out), pageName, p.isSet(landscape) ? Tr::tr("landscape") : Tr::tr("portrait"))
           << '\n';
    return 0;
}

} // namespace lb::cli
