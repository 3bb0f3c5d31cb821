#include "app/filter_panel.h"

#include "app/main_window.h"
#include "ui_filter_panel.h"

#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace lb::app {

namespace {
constexpr int codeRole = Qt::UserRole + 1;
// A code no category has: the filter of a panel with every category unchecked shows nothing.
const QString noCategory = QStringLiteral("-");
constexpr int playerIntervalMs = 800;
} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QDockWidget(tr("Filter"), parent)
    , m_ui(std::make_unique<Ui::FilterPanelForm>())
{
    setObjectName(QStringLiteral("filterDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    // Scrolls rather than making the window taller than a laptop's screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(body->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    setWidget(scroll);
    m_ui->stepCombo->setCurrentIndex(1);
    m_ui->hourFromSpin->setEnabled(false);
    m_ui->hourToSpin->setEnabled(false);
    m_emitTimer.setSingleShot(true);
    m_emitTimer.setInterval(0);
    m_player.setInterval(playerIntervalMs);
    connect(&m_emitTimer, &QTimer::timeout, this, &FilterPanel::emitFilter);
    connect(&m_player, &QTimer::timeout, this, [this] {
        if (m_ui->spanSlider->value() >= m_ui->spanSlider->maximum())
            m_ui->playButton->setChecked(false);
        else
            step(1);
    });

    connect(m_ui->spanCheck, &QCheckBox::toggled, this, &FilterPanel::changed);
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            // Choosing a date means filtering by it.
            m_ui->spanCheck->setChecked(true);
            changed();
        });
    }
    connect(m_ui->spanSlider, &QSlider::valueChanged, this, &FilterPanel::onSlider);
    connect(m_ui->stepCombo, &QComboBox::currentIndexChanged, this, [this] { updateSlider(); });
    connect(m_ui->backButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_ui->forwardButton, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_ui->playButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            if (!m_ui->spanCheck->isChecked() || m_ui->spanSlider->value() >= m_ui->spanSlider->maximum())
                onSlider(0);
            m_player.start();
        } else {
            m_player.stop();
        }
    });
    connect(m_ui->timeOfDayCombo, &QComboBox::currentIndexChanged, this, &FilterPanel::onTimeOfDay);
    for (QSpinBox *spin : {m_ui->hourFromSpin, m_ui->hourToSpin})
        connect(spin, &QSpinBox::valueChanged, this, &FilterPanel::changed);
    connect(m_ui->categoryTree, &QTreeWidget::itemChanged, this, &FilterPanel::onCategoryItemChanged);
    for (QCheckBox *box :
         {m_ui->exactCheck, m_ui->streetCheck, m_ui->areaCheck, m_ui->municipalityCheck, m_ui->countyCheck})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::changed);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &FilterPanel::reset);
    connectLists();
    connectFindings();
}

FilterPanel::~FilterPanel() = default;

FilterPanel *FilterPanel::install(MainWindow *window)
{
    auto *panel = new FilterPanel(window);
    window->addDockWidget(Qt::LeftDockWidgetArea, panel);
    panel->hide();
    connect(window, &MainWindow::storeOpened, panel, [window, panel] {
        panel->setData(window->mapData());
        panel->show();
    });
    connect(panel, &FilterPanel::filterChanged, window, &MainWindow::setMapFilter);
    return panel;
}

void FilterPanel::setData(std::shared_ptr<const render::MapData> snapshot)
{
    m_data = std::move(snapshot);
    if (!m_data)
        return;
    const QStringList keep = filter().categories;
    m_updating = true;
    // The first and last local day with an incident of any kind.
    Instant first = std::numeric_limits<Instant>::max(), last = std::numeric_limits<Instant>::min();
    const auto include = [&](const std::vector<Instant> &times) {
        for (Instant t : times) {
            first = std::min(first, t);
            last = std::max(last, t);
        }
    };
    include(m_data->incidents.times);
    include(m_data->sensitiveIncidents.times);
    for (const render::CentreStack &s : m_data->centreStacks) {
        include(s.times);
        include(s.sensitiveTimes);
    }
    if (first <= last) {
        m_firstDay = toDateTime(first, m_data->timeZone).date();
        m_lastDay = toDateTime(last, m_data->timeZone).date();
    } else {
        m_firstDay = m_lastDay = QDate::currentDate();
    }
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        edit->setDateRange(m_firstDay.addYears(-1), m_lastDay.addYears(1));
    if (!m_ui->spanCheck->isChecked()) {
        m_ui->fromEdit->setDate(m_firstDay);
        m_ui->toEdit->setDate(m_lastDay);
    }

    QTreeWidget *tree = m_ui->categoryTree;
    tree->clear();
    for (const CategoryGroup &g : m_data->groups) {
        QTreeWidgetItem *groupItem = nullptr;
        for (const Category &c : m_data->categories) {
            if (c.group != g.code)
                continue;
            if (!groupItem) {
                groupItem = new QTreeWidgetItem(tree, {localizedLabel(g.labelSv, g.labelEn)});
                groupItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            }
            auto *item = new QTreeWidgetItem(groupItem, {localizedLabel(c.labelSv, c.labelEn)});
            item->setData(0, codeRole, c.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, keep.isEmpty() || keep.contains(c.code) ? Qt::Checked : Qt::Unchecked);
        }
    }
    fillLists();
    fillFindings();
    m_updating = false;
    updateSlider();
    changed();
}

render::MapFilter FilterPanel::filter() const
{
    render::MapFilter f;
    const QTimeZone zone = m_data ? m_data->timeZone : QTimeZone::systemTimeZone();
    if (m_ui->spanCheck->isChecked()) {
        f.span.begin = toInstant(QDateTime(m_ui->fromEdit->date(), QTime(0, 0), zone));
        f.span.end = toInstant(QDateTime(m_ui->toEdit->date().addDays(1), QTime(0, 0), zone));
        if (!f.span.isValid()) // the last day before the first: nothing
            f.span.end = f.span.begin + 1;
    }
    if (m_ui->timeOfDayCombo->currentIndex() > 0) {
        f.hourFrom = m_ui->hourFromSpin->value();
        f.hourTo = m_ui->hourToSpin->value();
    }
    QStringList checked;
    bool all = true;
    const QTreeWidget *tree = m_ui->categoryTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->checkState(0) == Qt::Checked)
                checked << group->child(c)->data(0, codeRole).toString();
            else
                all = false;
        }
    }
    if (!all)
        f.categories = checked.isEmpty() ? QStringList{noCategory} : checked;
    const std::pair<QCheckBox *, LocationPrecision> levels[] = {
        {m_ui->exactCheck, LocationPrecision::Exact},
        {m_ui->streetCheck, LocationPrecision::Street},
        {m_ui->areaCheck, LocationPrecision::AreaCentroid},
        {m_ui->municipalityCheck, LocationPrecision::MunicipalityCentroid},
        {m_ui->countyCheck, LocationPrecision::CountyCentroid}};
    std::vector<LocationPrecision> chosen;
    for (const auto &[box, level] : levels)
        if (box->isChecked())
            chosen.push_back(level);
    if (chosen.size() < std::size(levels))
        f.precisions = chosen.empty() ? std::vector<LocationPrecision>{LocationPrecision::Exact} : chosen;
    if (chosen.empty())
        f.categories = {noCategory};
    readLists(f);
    readFindings(f);
    return f;
}

void FilterPanel::reset()
{
    m_ui->playButton->setChecked(false);
    m_updating = true;
    m_ui->spanCheck->setChecked(false);
    m_ui->fromEdit->setDate(m_firstDay);
    m_ui->toEdit->setDate(m_lastDay);
    m_ui->timeOfDayCombo->setCurrentIndex(0);
    for (QCheckBox *box :
         {m_ui->exactCheck, m_ui->streetCheck, m_ui->areaCheck, m_ui->municipalityCheck, m_ui->countyCheck})
        box->setChecked(true);
    for (int g = 0; g < m_ui->categoryTree->topLevelItemCount(); ++g)
        m_ui->categoryTree->topLevelItem(g)->setCheckState(0, Qt::Checked);
    clearLists();
    resetFindings();
    m_updating = false;
    changed();
}

void FilterPanel::setSpan(QDate first, QDate last)
{
    m_updating = true;
    m_ui->fromEdit->setDate(first);
    m_ui->toEdit->setDate(last);
    m_ui->spanCheck->setChecked(true);
    m_updating = false;
    changed();
}

void FilterPanel::setCategories(const QStringList &codes)
{
    m_updating = true;
    QTreeWidget *tree = m_ui->categoryTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const bool on = codes.isEmpty() || codes.contains(group->child(c)->data(0, codeRole).toString());
            group->child(c)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    changed();
}

void FilterPanel::setTimeOfDay(render::MapFilter::TimeOfDay t)
{
    m_ui->timeOfDayCombo->setCurrentIndex(int(t));
}

void FilterPanel::setStep(Step s)
{
    m_ui->stepCombo->setCurrentIndex(int(s));
}

void FilterPanel::changed()
{
    if (m_updating)
        return;
    const render::MapFilter f = filter();
    QStringList shown;
    if (f.isActive())
        shown << f.describe(m_data ? m_data->timeZone : QTimeZone::systemTimeZone());
    if (f.findingsActive())
        shown << tr("findings: %1").arg(f.describeFindings(m_data ? m_data->walks : std::vector<Walk>{}));
    m_ui->summaryLabel->setText(shown.isEmpty() ? tr("Everything is shown.") : shown.join(QStringLiteral("; ")));
    m_emitTimer.start();
}

void FilterPanel::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

void FilterPanel::onTimeOfDay(int index)
{
    using TimeOfDay = render::MapFilter::TimeOfDay;
    const bool custom = index == 4;
    m_ui->hourFromSpin->setEnabled(custom);
    m_ui->hourToSpin->setEnabled(custom);
    if (!custom) {
        render::MapFilter preset;
        preset.setTimeOfDay(TimeOfDay(index));
        m_updating = true;
        m_ui->hourFromSpin->setValue(preset.hourFrom);
        m_ui->hourToSpin->setValue(preset.hourTo);
        m_updating = false;
    }
    changed();
}

void FilterPanel::onCategoryItemChanged()
{
    // A group's box changes its children one by one; the merged signal follows them all.
    changed();
}

FilterPanel::Step FilterPanel::currentStep() const
{
    return Step(std::clamp(m_ui->stepCombo->currentIndex(), 0, 2));
}

QDate FilterPanel::stepStart(QDate d) const
{
    switch (currentStep()) {
    case Step::Week:
        return d.addDays(1 - d.dayOfWeek());
    case Step::Month:
        return QDate(d.year(), d.month(), 1);
    case Step::Year:
        return QDate(d.year(), 1, 1);
    }
    return d;
}

QDate FilterPanel::stepAfter(QDate d) const
{
    switch (currentStep()) {
    case Step::Week:
        return d.addDays(7);
    case Step::Month:
        return d.addMonths(1);
    case Step::Year:
        return d.addYears(1);
    }
    return d;
}

void FilterPanel::updateSlider()
{
    // One slider position per step from the step holding the first incident to the one holding
    // the last.
    int steps = 0;
    const QDate start = stepStart(m_firstDay);
    for (QDate d = start; stepAfter(d) <= m_lastDay && steps < 100000; d = stepAfter(d))
        ++steps;
    const QSignalBlocker block(m_ui->spanSlider);
    m_ui->spanSlider->setRange(0, steps);
    int at = 0;
    for (QDate d = start; stepAfter(d) <= m_ui->fromEdit->date() && at < steps; d = stepAfter(d))
        ++at;
    m_ui->spanSlider->setValue(at);
}

void FilterPanel::onSlider(int value)
{
    QDate from = stepStart(m_firstDay);
    for (int i = 0; i < value; ++i)
        from = stepAfter(from);
    {
        const QSignalBlocker block(m_ui->spanSlider);
        m_ui->spanSlider->setValue(value);
    }
    setSpan(from, stepAfter(from).addDays(-1));
}

void FilterPanel::step(int direction)
{
    const int now = m_ui->spanCheck->isChecked() ? m_ui->spanSlider->value() : -direction;
    onSlider(std::clamp(now + direction, 0, m_ui->spanSlider->maximum()));
}

} // namespace lb::app
