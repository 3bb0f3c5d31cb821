#include "app/chart_dialog.h"

#include "app/dialog_service.h"
#include "report/chart_builder.h"
#include "report/chart_exporter.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lb::app {

ChartDialog::ChartDialog(QString storePath, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Charts"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->addItem(tr("Incidents per year by category"), int(report::ChartType::PerYear));
    m_kind->addItem(tr("Change from the year before"), int(report::ChartType::Change));
    m_kind->addItem(tr("Incidents by hour and weekday"), int(report::ChartType::TimeProfile));
    m_kind->addItem(tr("Survey: share feeling unsafe"), int(report::ChartType::Survey));
    m_kind->addItem(tr("Safety-walk follow-up"), int(report::ChartType::Followup));
    m_public = new QCheckBox(tr("Public version: suppress counts under"), this);
    m_public->setObjectName(QStringLiteral("chartPublic"));
    m_k = new QSpinBox(this);
    m_k->setRange(1, 100);
    m_k->setValue(5);
    auto *options = new QHBoxLayout;
    options->addWidget(m_kind, 1);
    options->addWidget(m_public);
    options->addWidget(m_k);
    m_preview = new QLabel(this);
    m_preview->setMinimumSize(680, 420);
    m_preview->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ChartDialog::exportChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartDialog::rebuild);
    connect(m_public, &QCheckBox::toggled, this, &ChartDialog::rebuild);
    connect(m_k, &QSpinBox::valueChanged, this, &ChartDialog::rebuild);
    rebuild();
}

void ChartDialog::rebuild()
{
    auto store = store::Store::open(m_storePath, store::Store::Mode::ReadOnly);
    if (!store) {
        m_preview->setText(store.errorMessage());
        return;
    }
    report::ChartOptions options;
    options.isPublic = m_public->isChecked();
    options.rules.minCount = m_k->value();
    const report::ChartScope scope;
    Feedback feedback;
    const QString scopeName = (*store)->name();
    Result<report::Chart> chart = Error{};
    switch (report::ChartType(m_kind->currentData().toInt())) {
    case report::ChartType::PerYear:
    case report::ChartType::Change: {
        auto source = report::loadYearlyTrends(**store, scope, true, false, feedback);
        if (!source)
            chart = Error{source.errorMessage()};
        else if (report::ChartType(m_kind->currentData().toInt()) == report::ChartType::PerYear)
            chart = report::perYearChart(*source, options);
        else
            chart = report::changeChart(*source, options);
        break;
    }
    case report::ChartType::TimeProfile: {
        auto profile = report::loadTimeProfile(**store, scope, feedback);
        chart = profile ? Result<report::Chart>(report::timeProfileChart(*profile, scopeName, options))
                        : Result<report::Chart>(Error{profile.errorMessage()});
        break;
    }
    case report::ChartType::Survey: {
        auto source = report::loadSurveyShares(**store, scope, {});
        chart = source ? Result<report::Chart>(report::surveyChart(*source, options))
                       : Result<report::Chart>(Error{source.errorMessage()});
        break;
    }
    case report::ChartType::Followup: {
        auto source = report::loadFollowup(**store, scope, feedback);
        chart = source ? Result<report::Chart>(report::followupChart(*source, scopeName, options))
                       : Result<report::Chart>(Error{source.errorMessage()});
        break;
    }
    }
    if (!chart) {
        m_chart = {};
        m_preview->setText(chart.errorMessage());
        return;
    }
    m_chart = *chart;
    m_preview->setPixmap(QPixmap::fromImage(report::chartImage(m_chart, {180.0, 110.0}, 96.0)));
}

bool ChartDialog::exportTo(const QString &path)
{
    const Status s = report::exportChart(m_chart, path);
    if (!s)
        m_dialogs->showError(this, tr("Export chart"), s.errorMessage());
    return s.ok();
}

void ChartDialog::exportChosen()
{
    const QString path = m_dialogs->saveFileName(this, tr("Export chart"), QString(),
                                                 tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace lb::app
