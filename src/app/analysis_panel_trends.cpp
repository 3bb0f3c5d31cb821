#include "app/analysis_panel_trends.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lb::app {

namespace {
QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupTable(QTableWidget *t)
{
    t->verticalHeader()->setDefaultSectionSize(22);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setWordWrap(false);
}
} // namespace

AnalysisTrendsView::AnalysisTrendsView(QWidget *parent)
    : QWidget(parent)
{
    m_counts = new QTableWidget(this);
    m_counts->setObjectName(QStringLiteral("analysisTrendTable"));
    setupTable(m_counts);
    m_counts->verticalHeader()->hide();
    m_change = new QLabel(this);
    m_change->setWordWrap(true);
    m_profile = new QTableWidget(7, 24, this);
    m_profile->setObjectName(QStringLiteral("analysisTimeProfile"));
    setupTable(m_profile);
    m_profile->horizontalHeader()->setMinimumSectionSize(8);
    m_profile->horizontalHeader()->setDefaultSectionSize(12);
    m_profile->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_profile->setMinimumHeight(7 * 22 + 30);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Incidents per year and category</b>"), this));
    layout->addWidget(m_counts, 3);
    layout->addWidget(m_change);
    layout->addWidget(new QLabel(tr("<b>When in the week</b> (local time, incidents with a known clock time)"), this));
    layout->addWidget(m_profile, 2);
    layout->addWidget(m_notes);
    clear();
}

void AnalysisTrendsView::clear()
{
    m_counts->clear();
    m_counts->setRowCount(0);
    m_counts->setColumnCount(0);
    m_change->clear();
    m_notes->clear();
    m_profile->clearContents();
    const QLocale locale;
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days << locale.dayName(d, QLocale::ShortFormat);
    m_profile->setVerticalHeaderLabels(days);
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << (h % 3 == 0 ? QString::number(h) : QString());
    m_profile->setHorizontalHeaderLabels(hours);
}

void AnalysisTrendsView::setResults(const analysis::TrendResult &trends, const analysis::TimeProfileResult &profile)
{
    clear();
    const QLocale locale;
    const std::size_t periods = trends.periods.size();
    QStringList headers = {tr("Category")};
    for (const analysis::TrendPeriodInfo &p : trends.periods)
        headers << (p.complete ? p.label : tr("%1 (part)").arg(p.label));
    headers << tr("Change");
    m_counts->setColumnCount(static_cast<int>(headers.size()));
    m_counts->setHorizontalHeaderLabels(headers);
    m_counts->setRowCount(static_cast<int>(trends.groups.size()));
    // The last year compared with the one before, where both are complete years.
    long long lastComparable = -1;
    for (long long pi = static_cast<long long>(periods) - 1; pi >= 0 && lastComparable < 0; --pi)
        for (std::size_t g = 0; g < trends.groups.size(); ++g)
            if (trends.yearOverYearIndex[g * periods + static_cast<std::size_t>(pi)] >= 0)
                lastComparable = pi;
    for (std::size_t g = 0; g < trends.groups.size(); ++g) {
        const int row = static_cast<int>(g);
        m_counts->setItem(row, 0, new QTableWidgetItem(trends.groups[g].label));
        for (std::size_t p = 0; p < periods; ++p)
            m_counts->setItem(row, static_cast<int>(p) + 1,
                              numberItem(locale.toString(static_cast<qint64>(trends.count(g, p)))));
        if (lastComparable < 0)
            continue;
        const long long idx = trends.yearOverYearIndex[g * periods + static_cast<std::size_t>(lastComparable)];
        if (idx < 0)
            continue;
        const analysis::TrendChange &c = trends.yearOverYear[static_cast<std::size_t>(idx)];
        QString text =
            (c.change > 0 ? QStringLiteral("+") : QString()) + locale.toString(static_cast<qint64>(c.change));
        if (std::isfinite(c.percent))
            text += QStringLiteral(" (%1%2 %)")
                        .arg(c.percent > 0 ? QStringLiteral("+") : QString(), locale.toString(c.percent, 'f', 0));
        auto *item = numberItem(text);
        item->setToolTip(c.sentence);
        // Only a change unlikely to be chance gets a colour: red for more incidents, green for fewer.
        if (c.qValue < 0.05)
            item->setForeground(c.change > 0 ? QColor(179, 38, 30) : QColor(27, 120, 55));
        m_counts->setItem(row, static_cast<int>(headers.size()) - 1, item);
    }
    m_counts->resizeColumnsToContents();
    if (lastComparable >= 0)
        m_change->setText(tr("Change: %1 against the year before; coloured where the change is larger than chance "
                             "would explain (exact Poisson test, corrected for the number of categories). Hover for "
                             "the explanation.")
                              .arg(trends.periods[static_cast<std::size_t>(lastComparable)].label));
    else
        m_change->setText(tr("No two complete years to compare."));

    long long top = 1;
    for (const auto &day : profile.matrix)
        top = std::max(top, *std::max_element(day.begin(), day.end()));
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const long long n = profile.matrix[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            // Colour only: 24 columns of counts do not fit a dock; the count is in the tooltip.
            auto *item = new QTableWidgetItem;
            item->setData(Qt::UserRole, n);
            const double t = static_cast<double>(n) / static_cast<double>(top);
            item->setBackground(QColor::fromRgbF(1.0, 1.0 - 0.75 * t, 1.0 - 0.95 * t));
            item->setToolTip(tr("%1 %2:00–%2:59: %n incident(s)", nullptr, static_cast<int>(n))
                                 .arg(locale.dayName(d + 1), QString::number(h)));
            m_profile->setItem(d, h, item);
        }
    QStringList notes = trends.notes + profile.notes;
    notes << tr("Day %1 %, evening %2 %, night %3 % of %n incident(s) with a clock time.", nullptr,
                static_cast<int>(profile.used))
                 .arg(locale.toString(100 * profile.dayShare.estimate, 'f', 0),
                      locale.toString(100 * profile.eveningShare.estimate, 'f', 0),
                      locale.toString(100 * profile.nightShare.estimate, 'f', 0));
    m_notes->setText(notes.join(QLatin1Char(' ')));
}

} // namespace lb::app
