#pragma once

// AnalysisPanel: the dock where the coordinator asks the data questions — on the incidents of a
// chosen time span, categories and district: a heat map (kernel density in events per km², with
// the option of one grid and one colour scale for every period so that maps of two years can be
// compared), Gi* hot spots in automatic mode with the plain-language account of what it chose,
// and trends (counts by year and category with year-over-year change, the hour × weekday
// profile). Analyses run on a worker with progress and cancel; maps are added to the canvas and
// the layer list as overlay layers with their legends.
//
// GUI thread only. The panel borrows the canvas and the layer list (the main window owns them).

#include "app/analysis_panel_tasks.h"
#include "render/map_filter.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace lb::app {

class AnalysisTrendsView;
class LayerPanel;
class MainWindow;
class MapCanvas;

class AnalysisPanel : public QDockWidget {
    Q_OBJECT
public:
    enum class Job { None, HeatMap, Hotspots, Trends };

    AnalysisPanel(MapCanvas *canvas, LayerPanel *layers, QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    // Adds the panel, hidden, to the window's right dock area (View › Analysis shows it) and follows
    // the window's store. Returns the panel (owned by the window).
    static AnalysisPanel *install(MainWindow *window);

    // A store was opened (or read again): the filter is refilled and old results are dropped.
    void setStore(const QString &path);
    bool isBusy() const { return m_job != Job::None || m_readingStore; }
    AnalysisFilter filter() const;
    // Takes the map filter's dates and categories into the analysis filter, so an analysis runs on
    // what the map shows; the panel says when the map filters by time of day or precision, which
    // the analyses do not apply.
    void followMapFilter(const render::MapFilter &filter, const QTimeZone &zone);

    void runHeatMap();
    void runHotspots();
    void runTrends();
    void cancel();

    QTabWidget *tabs() const { return m_tabs; }
    QDoubleSpinBox *radiusSpin() const { return m_radius; }
    QDoubleSpinBox *cellSpin() const { return m_cell; }
    QCheckBox *fixedScaleBox() const { return m_fixedScale; }
    QDoubleSpinBox *scaleSpin() const { return m_scale; }
    QLabel *heatInfo() const { return m_heatInfo; }
    QTextBrowser *hotspotInfo() const { return m_hotspotInfo; }
    AnalysisTrendsView *trendsView() const { return m_trends; }
    QComboBox *districtCombo() const { return m_district; }
    QListWidget *categoryList() const { return m_categories; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void analysisFinished(lb::app::AnalysisPanel::Job job, bool ok);

private:
    QWidget *buildFilter();
    QWidget *buildHeatTab();
    QWidget *buildHotspotTab();
    void start(Job job, std::function<AnalysisOutcome(Feedback &)> work);
    void onStoreInfo();
    void onFinished();
    void addLayer(std::shared_ptr<const render::MapLayer> layer);
    void removeOverlays();

    void applyMapFilter();

    render::MapFilter m_mapFilter;
    QTimeZone m_zone;
    MapCanvas *m_canvas;
    LayerPanel *m_layerPanel;
    QString m_storePath;
    AnalysisStoreInfo m_info;
    bool m_readingStore = false;
    QFutureWatcher<AnalysisStoreInfo> m_infoWatcher;
    Job m_job = Job::None;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<AnalysisOutcome> m_watcher;
    QTimer *m_poll = nullptr;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_categories = nullptr;
    QComboBox *m_district = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_kernel = nullptr;
    QDoubleSpinBox *m_radius = nullptr;
    QDoubleSpinBox *m_cell = nullptr;
    QCheckBox *m_fixedScale = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_heatInfo = nullptr;
    QTextBrowser *m_hotspotInfo = nullptr;
    AnalysisTrendsView *m_trends = nullptr;
    QList<QPushButton *> m_runButtons;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lb::app
