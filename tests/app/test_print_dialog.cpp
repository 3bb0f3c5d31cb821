// The print dialog on the sample store: the preview is a page of the chosen size, a layout saved
// by name is in the store for `lagesbild-cli print --layout`, and the exported PDF has the
// layout's page size and title.

#include "app/dialog_service.h"
#include "app/print_dialog.h"
#include "render/map_data.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

app::PrintView sampleView(const QString &path)
{
    Feedback feedback;
    auto data = render::loadMapData(path, feedback);
    REQUIRE(data.ok());
    app::PrintView view;
    view.storePath = path;
    view.storeName = (*data)->name;
    view.layers = render::createStandardLayers(*data);
    view.map.setExtent((*data)->fullExtent);
    view.map.setEpsg((*data)->epsg);
    view.map.setVisibleLayers(render::standardLayerIds());
    view.fullExtent = (*data)->fullExtent;
    return view;
}
} // namespace

TEST_CASE("the print dialog previews the page, saves layouts in the store and exports the page", "[gui][print]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    QuietDialogs dialogs;
    app::PrintDialog dialog(sampleView(path), &dialogs);
    // A4 landscape by default: the preview is 297 × 210.
    REQUIRE_FALSE(dialog.preview().isNull());
    CHECK(double(dialog.preview().width()) / dialog.preview().height() == Approx(297.0 / 210.0).epsilon(0.02));

    report::PrintLayout meeting = dialog.layout();
    meeting.a3 = true;
    meeting.portrait = true;
    meeting.title = QStringLiteral("Veckomötet");
    dialog.setLayout(meeting);
    CHECK(double(dialog.preview().width()) / dialog.preview().height() == Approx(297.0 / 420.0).epsilon(0.02));
    REQUIRE(dialog.saveLayoutAs(QStringLiteral("Möte A3")));
    CHECK(dialog.layoutNames() == QStringList{QStringLiteral("Möte A3")});
    {
        auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        const auto saved = report::findPrintLayout(report::readPrintLayouts(**store), QStringLiteral("möte a3"));
        REQUIRE(saved.has_value());
        CHECK(saved->a3);
        CHECK(saved->portrait);
        CHECK(saved->title == QStringLiteral("Veckomötet"));
    }

    // Another dialog on the same store offers the layout; choosing it fills the form.
    app::PrintDialog second(sampleView(path), &dialogs);
    REQUIRE(second.layoutNames() == QStringList{QStringLiteral("Möte A3")});
    second.setLayout(report::readPrintLayouts(**store::Store::open(path, store::Store::Mode::ReadOnly)).front());
    CHECK(second.layout().a3);
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    REQUIRE(second.exportTo(pdf));
    CHECK(dialogs.errors.isEmpty());
    if (test::haveProgram(QStringLiteral("pdfinfo"))) {
        QString info, text;
        REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 1191 pts"))));
        REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
        CHECK(text.contains(QStringLiteral("Veckomötet")));
    }
    REQUIRE(second.removeChosenLayout());
    CHECK(second.layoutNames().isEmpty());
}
