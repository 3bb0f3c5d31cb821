#pragma once

// FeaturePanel: the identify dock (form: ui/feature_panel.ui). A click on the map lists the
// incidents there with all their fields — time in local time, category, source, reference,
// location precision, description, import batch — one expandable entry per incident; where
// several share the position (a centre stack, identical points) the heading says how many.
// It follows the map's filter and disclosure rules, so it never reveals what the map hides.
//
// GUI thread only. The panel keeps its own read-only Store on the open store's file.

#include "render/feature_query.h"
#include "render/map_data.h"

#include <QDockWidget>

#include <memory>

namespace Ui {
class FeaturePanelForm;
}

namespace lb::app {

class MainWindow;

class FeaturePanel : public QDockWidget {
    Q_OBJECT
public:
    explicit FeaturePanel(QWidget *parent = nullptr);
    ~FeaturePanel() override;

    // Adds the panel to the window's right dock area (hidden until the first click on the map)
    // and connects it to the window's store, filter and map clicks.
    static FeaturePanel *install(MainWindow *window);

    // Opens the store read-only for the queries; clears the list.
    void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot);
    void setFilter(const render::MapFilter &filter) { m_filter = filter; }
    void setDisclosure(const DisclosureRules &rules) { m_rules = rules; }

    // Lists what lies within `radius` map units of `at`; returns false when the query failed.
    bool identifyAt(PointXY at, double radius);
    const render::IdentifyResult &result() const { return m_result; }
    // How long the last identify query took, in milliseconds.
    double lastQueryMs() const { return m_lastMs; }

    Ui::FeaturePanelForm *form() const { return m_ui.get(); }

Q_SIGNALS:
    void identified(int count);

private:
    void showResult(const render::IdentifyResult &result);
    QString categoryLabel(const QString &code) const;

    std::unique_ptr<Ui::FeaturePanelForm> m_ui;
    std::unique_ptr<store::StoreReader> m_store;
    std::shared_ptr<const render::MapData> m_data;
    render::MapFilter m_filter;
    DisclosureRules m_rules;
    render::IdentifyResult m_result;
    double m_lastMs = 0.0;
};

} // namespace lb::app
