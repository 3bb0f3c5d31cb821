#include "app/help_window.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lb::app {

namespace {
QUrl pageUrl(HelpWindow::Page page)
{
    return page == HelpWindow::Page::UserGuide ? QUrl(QStringLiteral("qrc:/docs/user-guide/README.md"))
                                               : QUrl(QStringLiteral("qrc:/docs/whats-new.md"));
}
} // namespace

HelpWindow::HelpWindow(Page page, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(page == Page::UserGuide ? QStringLiteral("userGuide") : QStringLiteral("whatsNew"));
    setWindowTitle(page == Page::UserGuide ? tr("User guide") : tr("What's new"));
    resize(860, 680);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    // Pages link to each other inside the program; a link that leaves it is not followed, so the
    // guide never reaches the network.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("qrc") || url.isRelative())
            m_browser->setSource(m_browser->source().resolved(url), QTextDocument::MarkdownResource);
    });
    m_browser->setSource(pageUrl(page), QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (page == Page::UserGuide) {
        QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
        connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDialog *createShortcutsDialog(QWidget *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("keyboardShortcuts"));
    dialog->setWindowTitle(HelpWindow::tr("Keyboard shortcuts"));
    dialog->resize(480, 420);
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QChar(0x2026));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

void addHelpActions(QMenu *help, QWidget *window)
{
    QAction *guide = help->addAction(HelpWindow::tr("&User guide"), window, [window] {
        auto *w = new HelpWindow(HelpWindow::Page::UserGuide, window);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(HelpWindow::tr("&Keyboard shortcuts"), window, [window] {
        QDialog *d = createShortcutsDialog(window);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *news = help->addAction(HelpWindow::tr("&What's new"), window, [window] {
        auto *w = new HelpWindow(HelpWindow::Page::WhatsNew, window);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
    });
    news->setObjectName(QStringLiteral("actionWhatsNew"));
    help->addSeparator();
}

} // namespace lb::app
