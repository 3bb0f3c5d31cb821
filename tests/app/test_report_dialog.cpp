// ReportDialog: the preview holds the report built from the store, and Export writes a PDF or an
// ODF text through the DialogService, or reports why not.

#include "app/dialog_service.h"
#include "app/report_dialog.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace lb;

namespace {
class ReportAnswers final : public app::DialogService {
public:
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};
} // namespace

TEST_CASE("the report dialog previews and exports the yearly report", "[app][report][gui]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(store).ok());
    ReportAnswers answers;
    app::ReportDialog dialog(store, &answers);
    // The sample's latest incident is in 2023, so the dialog proposes that year.
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("reportYear"))->value() == 2023);
    dialog.findChild<QCheckBox *>(QStringLiteral("reportPublic"))->setChecked(true);
    REQUIRE(dialog.rebuild());
    CHECK(dialog.previewText().contains(QStringLiteral("2023")));
    CHECK(dialog.previewText().contains(QStringLiteral("Public version")));
    const QString odt = dir.filePath(QStringLiteral("lagesbild.odt"));
    REQUIRE(dialog.exportTo(odt));
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");
    CHECK_FALSE(dialog.exportTo(dir.filePath(QStringLiteral("lagesbild.docx"))));
    CHECK(answers.errors.size() == 1);
}
