#pragma once

// FilterPanel: the dock with the one filter of the map workbench (form: ui/filter_panel.ui) —
// a time span with dates, a slider and a player stepping by week, month or year; the time of day
// in local time; categories by group; districts, sources and survey rounds (lists where none
// chosen means all; filter_panel_lists.cpp); location precision; walk findings by status, kind,
// walk and overdue (filter_panel_findings.cpp). Whatever the user changes is merged
// into one filterChanged() per event-loop turn; the main window applies it to the map layers,
// their counts and titles, the status bar and the analysis dock.
//
// GUI thread only. The panel keeps a shared pointer to the map snapshot it was filled from.

#include "render/map_data.h"
#include "render/map_filter.h"

#include <QDate>
#include <QDockWidget>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

class QCheckBox;
class QListWidget;

namespace Ui {
class FilterPanelForm;
}

namespace lb::app {

class MainWindow;

class FilterPanel : public QDockWidget {
    Q_OBJECT
public:
    enum class Step { Week, Month, Year };

    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Adds the panel to the window's left dock area, below the layers, and connects it to the
    // window: a newly opened store refills it, and its filter goes to MainWindow::setMapFilter.
    static FilterPanel *install(MainWindow *window);

    // Fills the categories and the date range from a store's snapshot; keeps the choices that
    // still apply (categories with the same code, dates inside the new range).
    void setData(std::shared_ptr<const render::MapData> snapshot);
    render::MapFilter filter() const;
    // Back to "everything", as the Show all button does.
    void reset();

    // The time span as the user would set it: on, from `first` to `last` inclusive (local dates).
    void setSpan(QDate first, QDate last);
    // Checks exactly these category codes (all when empty).
    void setCategories(const QStringList &codes);
    void setTimeOfDay(render::MapFilter::TimeOfDay t);
    // Chooses exactly these districts (by name), sources or survey rounds (by survey id); empty
    // chooses none, which shows all.
    void setDistricts(const QStringList &names);
    void setSources(const QStringList &names);
    void setSurveyRounds(const std::vector<std::int64_t> &surveyIds);
    // Walk findings: exactly these statuses ticked (all when empty), these kinds (codes) and walks
    // (ids) chosen (none chosen shows all), and only the overdue ones.
    void setFindingStatuses(const std::vector<FindingStatus> &statuses);
    void setFindingKinds(const QStringList &codes);
    void setWalks(const std::vector<std::int64_t> &walkIds);
    void setOverdueOnly(bool on);
    // One step of the player: the span becomes the next (or previous) week, month or year.
    void step(int direction);
    void setStep(Step s);
    bool isPlaying() const { return m_player.isActive(); }

    Ui::FilterPanelForm *form() const { return m_ui.get(); }

Q_SIGNALS:
    void filterChanged(const lb::render::MapFilter &filter);

private:
    void changed();
    void emitFilter();
    void onSlider(int value);
    void onTimeOfDay(int index);
    void onCategoryItemChanged();
    void updateSlider();
    void connectLists();
    void fillLists();
    void readLists(render::MapFilter &f) const;
    void clearLists();
    void connectFindings();
    void fillFindings();
    void readFindings(render::MapFilter &f) const;
    void resetFindings();
    std::vector<std::pair<QCheckBox *, FindingStatus>> statusBoxes() const;
    // A list's chosen values (the item data), choosing values, and filling it with (label, value)
    // rows while keeping the choices still there.
    static QStringList chosenValues(const QListWidget *list);
    static void chooseValues(QListWidget *list, const QStringList &values);
    static void fillList(QListWidget *list, const std::vector<std::pair<QString, QString>> &labelled);
    Step currentStep() const;
    QDate stepStart(QDate d) const;
    QDate stepAfter(QDate d) const;

    std::unique_ptr<Ui::FilterPanelForm> m_ui;
    std::shared_ptr<const render::MapData> m_data;
    QDate m_firstDay, m_lastDay; // of the store's incidents, local dates
    QTimer m_emitTimer;
    QTimer m_player;
    bool m_updating = false;
};

} // namespace lb::app
