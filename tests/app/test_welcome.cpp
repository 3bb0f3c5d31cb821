// The welcome page shows its whole text at the window's default size, in English and in Swedish
// (the Swedish sentences are longer): no wrapped paragraph is cut off at the bottom or the side.

#include "app/main_window.h"
#include "app/welcome_widget.h"
#include "core/translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTranslator>

namespace {

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

TEST_CASE("the welcome text is not clipped at the default window size", "[app][gui][i18n]")
{
    for (const char *language : {"en", "sv"}) {
        qputenv("LAGESBILD_LANG", language);
        lb::installTranslations();
        {
            lb::app::MainWindow window;
            window.show();
            QApplication::processEvents();
            auto *welcome = window.findChild<lb::app::WelcomeWidget *>();
            REQUIRE(welcome != nullptr);
            REQUIRE(welcome->isVisible());
            // Kept for a person to look at (see CONTRIBUTING.md).
            const QString png =
                QDir::temp().filePath(QStringLiteral("lagesbild-welcome-%1.png").arg(QLatin1String(language)));
            welcome->grab().save(png);
            int wrapped = 0;
            for (QLabel *label : welcome->findChildren<QLabel *>()) {
                if (label->text().isEmpty())
                    continue;
                INFO(language << ": " << label->text().toStdString() << " (" << label->width() << "×" << label->height()
                              << ", needs " << label->heightForWidth(label->width()) << " px; " << png.toStdString()
                              << ")");
                if (label->wordWrap()) {
                    ++wrapped;
                    CHECK(label->height() >= label->heightForWidth(label->width()));
                } else {
                    CHECK(label->width() >= label->sizeHint().width());
                }
                CHECK(welcome->rect().contains(QRect(label->mapTo(welcome, QPoint(0, 0)), label->size())));
            }
            CHECK(wrapped >= 2);
        }
        removeTranslators();
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}
