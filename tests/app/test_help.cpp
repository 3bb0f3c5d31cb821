// The Help menu opens the user guide inside the program (bundled pages, links between them work,
// nothing from the network), lists the keyboard shortcuts the window really has, and shows what
// is new.

#include "app/help_window.h"
#include "app/main_window.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QTextBrowser>

namespace {
QAction *action(const lb::app::MainWindow &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a != nullptr);
    return a;
}
} // namespace

TEST_CASE("Help opens the bundled user guide and follows its links locally", "[app][gui]")
{
    lb::app::MainWindow window;
    action(window, "actionUserGuide")->trigger();
    auto *guide = window.findChild<lb::app::HelpWindow *>(QStringLiteral("userGuide"));
    REQUIRE(guide != nullptr);
    QTextBrowser *browser = guide->browser();
    CHECK(browser->source().scheme().toStdString() == "qrc");
    CHECK(browser->toPlainText().contains(QStringLiteral("User guide · Användarhandledning")));
    // A link to another page of the guide opens that page.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("analysis-kde.md")));
    CHECK(browser->source().toString().toStdString() == "qrc:/docs/user-guide/analysis-kde.md");
    CHECK(browser->toPlainText().contains(QStringLiteral("kernel density")));
    // A link out of the program is not followed.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    CHECK(browser->source().toString().toStdString() == "qrc:/docs/user-guide/analysis-kde.md");
    guide->close();
}

TEST_CASE("Help lists the window's keyboard shortcuts and what is new", "[app][gui]")
{
    lb::app::MainWindow window;
    action(window, "actionShortcuts")->trigger();
    auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("keyboardShortcuts"));
    REQUIRE(shortcuts != nullptr);
    const QString text = shortcuts->findChild<QTextBrowser *>()->toPlainText();
    const QString open = action(window, "actionOpenStore")->shortcut().toString(QKeySequence::NativeText);
    REQUIRE_FALSE(open.isEmpty());
    CHECK(text.contains(open));
    CHECK(text.contains(QStringLiteral("Open store")));
    CHECK(text.contains(QStringLiteral("Import data")));
    shortcuts->close();

    action(window, "actionWhatsNew")->trigger();
    auto *news = window.findChild<lb::app::HelpWindow *>(QStringLiteral("whatsNew"));
    REQUIRE(news != nullptr);
    CHECK(news->browser()->toPlainText().contains(QStringLiteral("What's new")));
}
