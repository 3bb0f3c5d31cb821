#include "app/bookmarks_panel.h"

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/store_watcher.h"
#include "ui_bookmarks_panel.h"

namespace lb::app {

BookmarksPanel::BookmarksPanel(MainWindow *window)
    : QDockWidget(tr("Bookmarks"), window)
    , m_window(window)
    , m_ui(std::make_unique<Ui::BookmarksPanelForm>())
{
    setObjectName(QStringLiteral("bookmarksDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    setWidget(body);
    connect(m_ui->districtCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            zoomToDistrict(m_ui->districtCombo->itemText(index));
    });
    connect(m_ui->bookmarkList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showBookmark(item->text()); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (addBookmark(m_ui->nameEdit->text().trimmed()))
            m_ui->nameEdit->clear();
    });
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, m_ui->addButton, &QPushButton::click);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->bookmarkList->currentItem())
            removeBookmark(item->text());
    });
}

BookmarksPanel::~BookmarksPanel() = default;

BookmarksPanel *BookmarksPanel::install(MainWindow *window)
{
    auto *panel = new BookmarksPanel(window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    connect(window, &MainWindow::storeOpened, panel,
            [window, panel](const QString &path) { panel->setStore(path, window->mapData()); });
    return panel;
}

void BookmarksPanel::setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot)
{
    m_path = path;
    m_data = std::move(snapshot);
    m_bookmarks.clear();
    auto opened = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (opened)
        m_bookmarks = render::readBookmarks(**opened);
    m_ui->districtCombo->clear();
    m_ui->districtCombo->addItem(tr("Choose…"));
    if (m_data)
        for (const Area &d : m_data->districts)
            m_ui->districtCombo->addItem(d.name);
    const bool writable = m_window->readOnlyReason().isEmpty();
    m_ui->addButton->setEnabled(writable);
    m_ui->removeButton->setEnabled(writable);
    m_ui->nameEdit->setEnabled(writable);
    m_ui->statusLabel->setText(writable ? QString() : m_window->readOnlyReason());
    fillList();
}

void BookmarksPanel::fillList()
{
    m_ui->bookmarkList->clear();
    for (const render::MapBookmark &b : m_bookmarks)
        m_ui->bookmarkList->addItem(b.name);
}

bool BookmarksPanel::save(const std::vector<render::MapBookmark> &bookmarks)
{
    // The window's own write is not "a change by another program".
    m_window->storeWatcher()->suspend();
    Status written;
    {
        auto opened = store::Store::open(m_path, store::Store::Mode::ReadWrite);
        written = opened ? render::writeBookmarks(**opened, bookmarks) : Status(opened.error());
    }
    m_window->storeWatcher()->resume();
    if (!written) {
        m_ui->statusLabel->setText(tr("The bookmarks could not be saved: %1").arg(written.errorMessage()));
        return false;
    }
    m_bookmarks = bookmarks;
    m_ui->statusLabel->clear();
    fillList();
    return true;
}

bool BookmarksPanel::addBookmark(const QString &name)
{
    if (name.isEmpty() || m_path.isEmpty())
        return false;
    std::vector<render::MapBookmark> next;
    for (const render::MapBookmark &b : m_bookmarks)
        if (b.name.compare(name, Qt::CaseInsensitive) != 0)
            next.push_back(b);
    next.push_back({name, m_window->canvas()->visibleExtent()});
    return save(next);
}

bool BookmarksPanel::removeBookmark(const QString &name)
{
    std::vector<render::MapBookmark> next;
    for (const render::MapBookmark &b : m_bookmarks)
        if (b.name.compare(name, Qt::CaseInsensitive) != 0)
            next.push_back(b);
    return save(next);
}

void BookmarksPanel::showBookmark(const QString &name)
{
    if (const auto b = render::findBookmark(m_bookmarks, name))
        m_window->canvas()->setExtent(b->extent);
}

void BookmarksPanel::zoomToDistrict(const QString &name)
{
    if (!m_data)
        return;
    for (const Area &d : m_data->districts) {
        if (d.name == name) {
            const Extent e = extentOf(d.geometry);
            m_window->canvas()->setExtent(e.buffered(0.05 * std::max(e.width(), e.height())));
            return;
        }
    }
}

} // namespace lb::app
