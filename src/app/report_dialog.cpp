#include "app/report_dialog.h"

#include "app/dialog_service.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lb::app {

ReportDialog::ReportDialog(QString storePath, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Yearly lägesbild report"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(1990, 2100);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("reportArea"));
    m_area->addItem(tr("Whole municipality"), QString());
    if (auto store = store::Store::open(m_storePath, store::Store::Mode::ReadOnly)) {
        const TimeSpan span = (*store)->incidentTimeSpan();
        m_year->setValue(span.isValid() ? toDateTime(span.end - 1, (*store)->timeZone()).date().year()
                                        : QDate::currentDate().year());
        if (auto districts = (*store)->areas(QStringLiteral("district")))
            for (const Area &a : *districts)
                m_area->addItem(a.name, a.name);
    }
    m_public = new QCheckBox(tr("Public version: suppress counts under"), this);
    m_public->setObjectName(QStringLiteral("reportPublic"));
    m_k = new QSpinBox(this);
    m_k->setRange(1, 100);
    m_k->setValue(5);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Year"), this));
    options->addWidget(m_year);
    options->addWidget(m_area, 1);
    options->addWidget(m_public);
    options->addWidget(m_k);
    m_preview = new QTextBrowser(this);
    m_preview->setMinimumSize(700, 500);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *preview = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::rebuild);
    connect(save, &QPushButton::clicked, this, &ReportDialog::exportChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
}

bool ReportDialog::rebuild()
{
    auto store = store::Store::open(m_storePath, store::Store::Mode::ReadOnly);
    if (!store) {
        m_dialogs->showError(this, windowTitle(), store.errorMessage());
        return false;
    }
    report::ReportSettings settings;
    settings.year = m_year->value();
    settings.district = m_area->currentData().toString();
    settings.isPublic = m_public->isChecked();
    settings.rules.minCount = m_k->value();
    Feedback feedback;
    auto built = report::buildReport(**store, settings, feedback);
    if (!built) {
        m_dialogs->showError(this, windowTitle(), built.errorMessage());
        return false;
    }
    m_report = std::move(*built);
    // The preview shows a copy; the original stays intact for the export.
    m_preview->setDocument(m_report.document->clone(m_preview));
    return true;
}

QString ReportDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool ReportDialog::exportTo(const QString &path)
{
    if (!m_report.document && !rebuild())
        return false;
    const Status s = report::writeReport(m_report, path);
    if (!s)
        m_dialogs->showError(this, tr("Export report"), s.errorMessage());
    return s.ok();
}

void ReportDialog::exportChosen()
{
    const QString path = m_dialogs->saveFileName(this, tr("Export report"), QString(),
                                                 tr("PDF document (*.pdf);;OpenDocument text (*.odt)"));
    if (!path.isEmpty() && rebuild())
        exportTo(path);
}

} // namespace lb::app
