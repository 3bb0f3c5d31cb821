// The wizard with a police file as it comes: Tid next to Datum becomes the time of day, a column
// named like a field but left out is warned about on the mapping page, and a category value close
// to one category ("Burglary") is proposed on the category page for the user to check.

#include "app/dialog_service.h"
#include "app/import_category_page.h"
#include "app/import_file_page.h"
#include "app/import_mapping_page.h"
#include "app/import_wizard.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace lb;

namespace {
class NoDialogs final : public app::DialogService {
public:
    QString file;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return file; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};
} // namespace

TEST_CASE("the wizard maps Tid, warns about a left-out column and proposes close categories",
          "[app][gui][import][synonyms]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(storePath).ok());
    NoDialogs dialogs;
    dialogs.file = dir.filePath(QStringLiteral("polisen.csv"));
    {
        QFile f(dialogs.file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Datum;Tid;Brottstyp;Ost;Nord\n"
                "2024-03-01;22:15;Burglary;603500;6552000\n"
                "2024-03-02;01:30;Klotter;606000;6553000\n"
                "2024-03-03;02:00;Anti-social behaviour;606000;6553000\n");
    }
    app::ImportWizard wizard(storePath, &dialogs);
    wizard.show();
    wizard.filePage()->browseButton()->click();
    REQUIRE(test::waitUntil([&] { return !wizard.isBusy(); }));
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(test::waitUntil([&] { return !wizard.isBusy(); }));
    REQUIRE(wizard.currentId() == app::ImportWizard::MappingPageId);

    app::ImportMappingPage *mapping = wizard.mappingPage();
    CHECK(mapping->columnCombo(QStringLiteral("time"))->currentText().toStdString() == "Datum");
    CHECK(mapping->columnCombo(QStringLiteral("clock"))->currentText().toStdString() == "Tid");
    CHECK(mapping->columnCombo(QStringLiteral("category"))->currentText().toStdString() == "Brottstyp");
    CHECK(mapping->unmappedNote().isEmpty());
    mapping->columnCombo(QStringLiteral("clock"))->setCurrentIndex(0);
    CHECK(mapping->unmappedNote().contains(QStringLiteral("Tid")));
    mapping->columnCombo(QStringLiteral("clock"))->setCurrentText(QStringLiteral("Tid"));
    CHECK(mapping->unmappedNote().isEmpty());

    wizard.button(QWizard::NextButton)->click();
    REQUIRE(test::waitUntil([&] { return !wizard.isBusy() && !wizard.categoryPage()->isScanning(); }));
    REQUIRE(wizard.currentId() == app::ImportWizard::CategoryPageId);
    app::ImportCategoryPage *categories = wizard.categoryPage();
    CHECK(categories->unmappedValues() == QStringList{QStringLiteral("Anti-social behaviour")});
    // A category the taxonomy lacks is added from the page and matches the value by its label.
    CHECK(categories->newCategoryButton()->isVisible());
    Category asb;
    asb.code = QStringLiteral("asb");
    asb.labelSv = QStringLiteral("Antisocialt beteende");
    asb.labelEn = QStringLiteral("Anti-social behaviour");
    asb.group = QStringLiteral("order");
    REQUIRE(categories->addCategory(asb).toStdString().empty());
    CHECK(categories->unmappedValues().isEmpty());
    {
        auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly);
        REQUIRE(st.ok());
        auto cats = (*st)->categories();
        REQUIRE(cats.ok());
        CHECK(
            std::any_of(cats->begin(), cats->end(), [](const Category &c) { return c.code == QLatin1String("asb"); }));
    }
    QTableWidget *table = categories->table();
    bool seen = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("Burglary")) {
            seen = true;
            auto *combo = qobject_cast<QComboBox *>(table->cellWidget(r, 2));
            REQUIRE(combo);
            CHECK(combo->currentData().toString().toStdString() == "inbrott_stold");
            CHECK(table->item(r, 3)->text().toStdString() == "Proposed: check");
        }
    CHECK(seen);
}
