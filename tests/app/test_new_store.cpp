// File › New store makes a store for a municipality picked from Sweden's 290, with the boundary
// and the 2024 population that come with the program, through the same code as the CLI's create.

#include "app/main_window.h"
#include "app/new_store_dialog.h"
#include "app/welcome_widget.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

TEST_CASE("the New store dialog makes a store for the chosen municipality", "[app][gui]")
{
    QTemporaryDir dir;
    lb::app::NewStoreDialog dialog(nullptr);
    CHECK(dialog.list()->count() == 290);
    CHECK_FALSE(dialog.createButton()->isEnabled());

    // Typing the code picks the municipality; its name suggests the file name.
    dialog.filterEdit()->setText(QStringLiteral("0181"));
    REQUIRE(dialog.list()->currentItem() != nullptr);
    CHECK(dialog.list()->currentItem()->text().startsWith(QStringLiteral("Södertälje (0181)")));
    CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral("södertälje.gpkg")));
    // Typing a name narrows the list to the municipalities containing it.
    dialog.filterEdit()->setText(QStringLiteral("söder"));
    int shown = 0;
    for (int i = 0; i < dialog.list()->count(); ++i)
        shown += dialog.list()->item(i)->isHidden() ? 0 : 1;
    CHECK(shown == 3); // Söderhamn, Söderköping, Södertälje
    dialog.filterEdit()->setText(QStringLiteral("Södertälje"));
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-new-store.png"))); // for a person to look at

    const QString path = dir.filePath(QStringLiteral("sodertalje.gpkg"));
    dialog.pathEdit()->setText(path);
    REQUIRE(dialog.createButton()->isEnabled());
    dialog.accept();
    INFO(dialog.errorLabel()->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.createdPath() == path);

    auto store = lb::store::Store::open(path, lb::store::Store::Mode::ReadOnly);
    REQUIRE(store);
    CHECK((*store)->name().toStdString() == "Södertälje");
    CHECK((*store)->epsg() == 3006);
    auto areas = (*store)->areas(QStringLiteral("municipality"));
    REQUIRE(areas);
    REQUIRE(areas->size() == 1);
    CHECK(areas->front().name.toStdString() == "Södertälje");
    CHECK(areas->front().population == 102914); // Statistics Sweden, 31 December 2024

    // A second store at the same path is refused with the reason, and the dialog stays open.
    lb::app::NewStoreDialog again(nullptr);
    again.filterEdit()->setText(QStringLiteral("0181"));
    again.pathEdit()->setText(path);
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK_FALSE(again.errorLabel()->text().isEmpty());
}

TEST_CASE("the File menu offers New store", "[app][gui]")
{
    lb::app::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionNewStore"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QKeySequence::New));
}

TEST_CASE("the welcome page offers New store, which opens the dialog", "[app][gui]")
{
    lb::app::MainWindow window;
    window.show();
    REQUIRE(window.welcome()->newStoreButton()->isVisible());
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        QWidget *modal = QApplication::activeModalWidget();
        shown = qobject_cast<lb::app::NewStoreDialog *>(modal) != nullptr;
        if (modal)
            modal->close();
    });
    window.welcome()->newStoreButton()->click();
    CHECK(shown);
}
