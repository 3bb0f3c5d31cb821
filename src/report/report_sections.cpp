#include "report/report_sections.h"

#include "report/report_pages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocumentWriter>

#include <map>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::LagesbildReport)
};

QString precisionName(LocationPrecision p)
{
    switch (p) {
    case LocationPrecision::Exact:
        return Tr::tr("Exact position");
    case LocationPrecision::Street:
        return Tr::tr("Street or address");
    case LocationPrecision::AreaCentroid:
        return Tr::tr("Only the centre of an area");
    case LocationPrecision::MunicipalityCentroid:
        return Tr::tr("Only the centre of the municipality");
    case LocationPrecision::CountyCentroid:
        return Tr::tr("Only the centre of the county");
    }
    return {};
}
} // namespace

void appendSourcesSection(ReportDocument &doc, const store::StoreReader &store, const ReportSettings &settings,
                          const store::IncidentFilter &yearFilter, const analysis::TimeProfileResult &profile,
                          const analysis::TrendResult &trends)
{
    const QLocale locale;
    doc.heading(Tr::tr("Data sources and their limits"));
    std::vector<QStringList> rows;
    if (auto bySource = store.countIncidents(yearFilter, store::GroupBy::Source))
        for (const store::GroupCount &g : *bySource) {
            if (doc.leftOut(g.count)) {
                doc.countLeftOut();
                continue;
            }
            rows.push_back({g.key, doc.count(g.count)});
        }
    doc.paragraph(Tr::tr("Incidents in %1 by reporting organisation:").arg(settings.year));
    doc.table({Tr::tr("Source"), Tr::tr("Incidents")}, rows);
    doc.paragraph(Tr::tr("A change in who reports, or how, changes the counts without any change in crime: compare "
                         "the sources from year to year before reading a trend."));
    rows.clear();
    if (auto points = store.incidentPoints(yearFilter)) {
        std::map<int, long long> byPrecision;
        for (LocationPrecision p : points->precision)
            ++byPrecision[int(p)];
        for (const auto &[p, n] : byPrecision)
            rows.push_back({precisionName(LocationPrecision(p)), doc.count(n)});
    }
    doc.paragraph(Tr::tr("Location precision of the incidents in %1:").arg(settings.year));
    doc.table({Tr::tr("Location"), Tr::tr("Incidents")}, rows);
    doc.paragraph(Tr::tr("%1 incidents have a known time of day; %2 are known only to the day or coarser and are left "
                         "out of the time profile.")
                      .arg(locale.toString(profile.used), locale.toString(profile.leftOut)));
    doc.bullets(trends.notes);
    doc.heading(Tr::tr("Methods"));
    doc.bullets(
        {Tr::tr("Changes compare the same months of two years; their significance comes from the exact test "
                "for two Poisson counts, adjusted for testing many categories (Benjamini–Hochberg)."),
         Tr::tr("Hot spots are cells whose neighbourhood has more incidents than chance would explain "
                "(Getis–Ord Gi*, false discovery rate corrected). They say where, not why."),
         Tr::tr("Survey shares have Wilson 95 % intervals; years without a survey round are left as gaps."),
         Tr::tr("Walk findings are counted as of the report date: a finding fixed later was still open then.")});
}

Status writeReport(const ReportOutcome &report, const QString &path, const ReportPages *pages)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return Error{Tr::tr("%1: a report is written as .pdf or .odt.").arg(QFileInfo(path).fileName())};
    // Both writers go to memory first: QTextDocumentWriter closes its device, which a QSaveFile
    // does not allow, and a failed write then leaves no half file behind.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool ok = true;
    if (suffix == QLatin1String("odt")) {
        QTextDocumentWriter writer(&buffer, "odf");
        ok = writer.write(report.document.get());
    } else if (pages) {
        ok = pages->writePdf(&buffer, report.title).ok();
    } else {
        ok = ReportPages(*report.document, report.footer).writePdf(&buffer, report.title).ok();
    }
    QSaveFile file(path);
    if (!ok || bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace lb::report
