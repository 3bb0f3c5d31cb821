#include "report/print_layout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Print)
};

const QString metaKey = QStringLiteral("print_layouts");

QJsonObject toJson(const PrintLayout &l)
{
    return QJsonObject{{QStringLiteral("name"), l.name},
                       {QStringLiteral("page"), l.a3 ? QStringLiteral("A3") : QStringLiteral("A4")},
                       {QStringLiteral("portrait"), l.portrait},
                       {QStringLiteral("margin_mm"), l.marginMm},
                       {QStringLiteral("title"), l.title},
                       {QStringLiteral("subtitle"), l.subtitle},
                       {QStringLiteral("attribution"), l.attribution},
                       {QStringLiteral("legend"), l.legend},
                       {QStringLiteral("scale_bar"), l.scaleBar},
                       {QStringLiteral("north_arrow"), l.northArrow},
                       {QStringLiteral("overview"), l.overview},
                       {QStringLiteral("png_dpi"), l.pngDpi},
                       {QStringLiteral("public"), l.isPublic},
                       {QStringLiteral("k"), l.k}};
}

PrintLayout fromJson(const QJsonObject &o)
{
    PrintLayout l;
    l.name = o.value(QStringLiteral("name")).toString();
    l.a3 = o.value(QStringLiteral("page")).toString() == QLatin1String("A3");
    l.portrait = o.value(QStringLiteral("portrait")).toBool();
    l.marginMm = std::clamp(o.value(QStringLiteral("margin_mm")).toDouble(10.0), 0.0, 50.0);
    l.title = o.value(QStringLiteral("title")).toString();
    l.subtitle = o.value(QStringLiteral("subtitle")).toString();
    l.attribution = o.value(QStringLiteral("attribution")).toString();
    l.legend = o.value(QStringLiteral("legend")).toBool(true);
    l.scaleBar = o.value(QStringLiteral("scale_bar")).toBool(true);
    l.northArrow = o.value(QStringLiteral("north_arrow")).toBool(true);
    l.overview = o.value(QStringLiteral("overview")).toBool(true);
    l.pngDpi = std::clamp(o.value(QStringLiteral("png_dpi")).toDouble(150.0), 24.0, 1200.0);
    l.isPublic = o.value(QStringLiteral("public")).toBool();
    l.k = std::max(1, o.value(QStringLiteral("k")).toInt(5));
    return l;
}

Status writeAll(store::Store &store, const std::vector<PrintLayout> &layouts)
{
    QJsonArray list;
    for (const PrintLayout &l : layouts)
        list.append(toJson(l));
    return store.setMetaValue(metaKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}
} // namespace

std::vector<PrintLayout> readPrintLayouts(const store::Store &store)
{
    return readPrintLayouts(*store::readerFor(store));
}

std::vector<PrintLayout> readPrintLayouts(const store::StoreReader &store)
{
    std::vector<PrintLayout> out;
    const auto text = store.metaValue(metaKey);
    if (!text)
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array())
        if (PrintLayout l = fromJson(v.toObject()); !l.name.trimmed().isEmpty())
            out.push_back(l);
    return out;
}

std::optional<PrintLayout> findPrintLayout(const std::vector<PrintLayout> &layouts, const QString &name)
{
    for (const PrintLayout &l : layouts)
        if (l.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

Status savePrintLayout(store::Store &store, const PrintLayout &layout)
{
    if (layout.name.trimmed().isEmpty())
        return Error{Tr::tr("A print layout needs a name.")};
    std::vector<PrintLayout> all = readPrintLayouts(store);
    PrintLayout named = layout;
    named.name = layout.name.trimmed();
    const auto same = std::find_if(all.begin(), all.end(), [&](const PrintLayout &l) {
        return l.name.compare(named.name, Qt::CaseInsensitive) == 0;
    });
    if (same != all.end())
        *same = named;
    else
        all.push_back(named);
    return writeAll(store, all);
}

Status removePrintLayout(store::Store &store, const QString &name)
{
    std::vector<PrintLayout> all = readPrintLayouts(store);
    const auto before = all.size();
    std::erase_if(all, [&](const PrintLayout &l) { return l.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    if (all.size() == before)
        return Error{Tr::tr("There is no print layout called %1.").arg(name)};
    return writeAll(store, all);
}

MapExportSettings exportSettings(const PrintLayout &l, const QString &storeName, const QString &storeFile)
{
    MapExportSettings s;
    s.pageSize = QPageSize(l.a3 ? QPageSize::A3 : QPageSize::A4);
    s.orientation = l.portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    s.marginMm = l.marginMm;
    s.pngDpi = l.pngDpi;
    s.legend = l.legend;
    s.legendBeside = l.legend;
    s.scaleBar = l.scaleBar;
    s.northArrow = l.northArrow;
    s.title = l.title.isEmpty() ? storeName : l.title;
    s.subtitle = l.subtitle;
    s.attribution = !l.attribution.isEmpty()
                        ? Tr::tr("Sources: %1").arg(l.attribution)
                        : Tr::tr("Sources: the incidents, surveys and walks in %1.").arg(storeFile);
    s.audienceNote = l.isPublic
                         ? Tr::tr("Public version: sensitive categories only as counts per district; counts under %1 "
                                  "suppressed.")
                               .arg(l.k)
                         : Tr::tr("Internal version: not for publication.");
    s.pageCount = 1;
    return s;
}

} // namespace lb::report
