// ChartDialog: the preview shows the chart built from the store, the public switch hides small
// counts, and Export writes the chosen file (or reports why not) through the DialogService.

#include "app/chart_dialog.h"
#include "app/dialog_service.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <cmath>

using namespace lb;

namespace {
class Answers final : public app::DialogService {
public:
    QStringList saves;
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saves.isEmpty() ? QString() : saves.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};
} // namespace

TEST_CASE("the chart dialog previews the store's chart and exports it", "[app][chart][gui]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(store).ok());
    Answers answers;
    app::ChartDialog dialog(store, &answers);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("chartKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(4); // walk follow-up: the sample has one open and one fixed finding
    REQUIRE(dialog.chart().series.size() == 4);
    CHECK(dialog.chart().series[0].values == std::vector<double>{1});
    CHECK(dialog.chart().series[2].values == std::vector<double>{1});
    CHECK_FALSE(dialog.findChild<QLabel *>()->pixmap().isNull());

    // Public: the kind has 2 findings, under 5, so it is left out.
    dialog.findChild<QCheckBox *>(QStringLiteral("chartPublic"))->setChecked(true);
    CHECK(dialog.chart().isPublic);
    CHECK(dialog.chart().labels.isEmpty());

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    answers.saves << svg << dir.filePath(QStringLiteral("chart.jpg"));
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("…")))
            exportButton = b;
    REQUIRE(exportButton);
    exportButton->click();
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("<svg"));
    exportButton->click();
    CHECK(answers.errors.size() == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("chart.jpg"))));
}
