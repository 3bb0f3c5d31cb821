#pragma once

// The analysis panel's Trends tab: incident counts by year and category with the change against
// the year before (and whether it is more than chance), and the hour × weekday time profile as a
// heat table. Shows results computed elsewhere; GUI thread only.

#include "analysis/time_profile.h"
#include "analysis/trends.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lb::app {

class AnalysisTrendsView : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisTrendsView(QWidget *parent = nullptr);

    void setResults(const analysis::TrendResult &trends, const analysis::TimeProfileResult &profile);
    void clear();

    QTableWidget *countTable() const { return m_counts; }
    QTableWidget *profileTable() const { return m_profile; }

private:
    QTableWidget *m_counts = nullptr;
    QLabel *m_change = nullptr;
    QTableWidget *m_profile = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace lb::app
