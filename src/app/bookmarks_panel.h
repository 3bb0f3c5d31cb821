#pragma once

// BookmarksPanel: the dock with named views (form: ui/bookmarks_panel.ui). "Zoom to district"
// shows a district whole; bookmarks keep the current view under a name, in the store itself, so
// they come back when the store is opened again (and serve `lagesbild-cli render --bookmark`).
// A read-only store shows its bookmarks but cannot take new ones.
//
// GUI thread only. Opens the store for a moment to read or write the bookmarks.

#include "render/map_bookmarks.h"
#include "render/map_data.h"

#include <QDockWidget>

#include <memory>

namespace Ui {
class BookmarksPanelForm;
}

namespace lb::app {

class MainWindow;

class BookmarksPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit BookmarksPanel(MainWindow *window);
    ~BookmarksPanel() override;

    // Adds the panel, hidden, to the window's right dock area (View › Bookmarks shows it).
    static BookmarksPanel *install(MainWindow *window);

    void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot);
    const std::vector<render::MapBookmark> &bookmarks() const { return m_bookmarks; }
    // Keeps the map's current view as `name` (replacing one of the same name); false on failure.
    bool addBookmark(const QString &name);
    bool removeBookmark(const QString &name);
    void showBookmark(const QString &name);
    void zoomToDistrict(const QString &name);

    Ui::BookmarksPanelForm *form() const { return m_ui.get(); }

private:
    bool save(const std::vector<render::MapBookmark> &bookmarks);
    void fillList();

    MainWindow *m_window;
    std::unique_ptr<Ui::BookmarksPanelForm> m_ui;
    QString m_path;
    std::shared_ptr<const render::MapData> m_data;
    std::vector<render::MapBookmark> m_bookmarks;
};

} // namespace lb::app
