#include "app/print_dialog.h"

#include "app/dialog_service.h"
#include "report/map_exporter.h"
#include "store/store.h"

#include "ui_print_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace lb::app {

PrintDialog::PrintDialog(PrintView view, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintDialogForm>())
    , m_view(std::move(view))
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Print map"));
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    m_ui->pageCombo->addItems({QStringLiteral("A4"), QStringLiteral("A3")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("printExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->saveFileName(this, tr("Export the page"), QString(),
                                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty() && exportTo(path))
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);

    connect(m_ui->saveLayoutButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save print layout"), tr("Name of the layout:"),
                                                   QLineEdit::Normal, m_ui->layoutCombo->currentText(), &ok);
        if (ok)
            saveLayoutAs(name);
    });
    connect(m_ui->removeLayoutButton, &QPushButton::clicked, this, &PrintDialog::removeChosenLayout);
    connect(m_ui->layoutCombo, &QComboBox::activated, this, &PrintDialog::chooseLayout);
    for (QCheckBox *box : {m_ui->portraitCheck, m_ui->legendCheck, m_ui->scaleBarCheck, m_ui->northArrowCheck,
                           m_ui->overviewCheck, m_ui->publicCheck})
        connect(box, &QCheckBox::toggled, this, &PrintDialog::updatePreview);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->subtitleEdit, m_ui->attributionEdit})
        connect(edit, &QLineEdit::editingFinished, this, &PrintDialog::updatePreview);
    connect(m_ui->pageCombo, &QComboBox::currentIndexChanged, this, &PrintDialog::updatePreview);
    connect(m_ui->marginSpin, &QDoubleSpinBox::valueChanged, this, &PrintDialog::updatePreview);
    connect(m_ui->kSpin, &QSpinBox::valueChanged, this, &PrintDialog::updatePreview);
    m_ui->titleEdit->setText(m_view.storeName);
    reloadLayouts({});
    updatePreview();
}

PrintDialog::~PrintDialog() = default;

report::PrintLayout PrintDialog::layout() const
{
    report::PrintLayout l;
    l.name = m_ui->layoutCombo->currentText();
    l.a3 = m_ui->pageCombo->currentText() == QLatin1String("A3");
    l.portrait = m_ui->portraitCheck->isChecked();
    l.marginMm = m_ui->marginSpin->value();
    l.title = m_ui->titleEdit->text().trimmed();
    l.subtitle = m_ui->subtitleEdit->text().trimmed();
    l.attribution = m_ui->attributionEdit->text().trimmed();
    l.legend = m_ui->legendCheck->isChecked();
    l.scaleBar = m_ui->scaleBarCheck->isChecked();
    l.northArrow = m_ui->northArrowCheck->isChecked();
    l.overview = m_ui->overviewCheck->isChecked();
    l.pngDpi = m_ui->dpiSpin->value();
    l.isPublic = m_ui->publicCheck->isChecked();
    l.k = m_ui->kSpin->value();
    return l;
}

void PrintDialog::setLayout(const report::PrintLayout &l)
{
    m_loading = true;
    m_ui->layoutCombo->setCurrentIndex(m_ui->layoutCombo->findText(l.name));
    m_ui->pageCombo->setCurrentIndex(l.a3 ? 1 : 0);
    m_ui->portraitCheck->setChecked(l.portrait);
    m_ui->marginSpin->setValue(l.marginMm);
    m_ui->titleEdit->setText(l.title.isEmpty() ? m_view.storeName : l.title);
    m_ui->subtitleEdit->setText(l.subtitle);
    m_ui->attributionEdit->setText(l.attribution);
    m_ui->legendCheck->setChecked(l.legend);
    m_ui->scaleBarCheck->setChecked(l.scaleBar);
    m_ui->northArrowCheck->setChecked(l.northArrow);
    m_ui->overviewCheck->setChecked(l.overview);
    m_ui->dpiSpin->setValue(static_cast<int>(l.pngDpi));
    m_ui->publicCheck->setChecked(l.isPublic);
    m_ui->kSpin->setValue(l.k);
    m_loading = false;
    updatePreview();
}

report::MapExportSettings PrintDialog::settingsFor(const report::PrintLayout &l) const
{
    report::MapExportSettings s = report::exportSettings(l, m_view.storeName, QFileInfo(m_view.storePath).fileName());
    const Extent shown = m_view.map.visibleExtent();
    // An overview only when the map shows part of the store's extent.
    if (l.overview && !m_view.fullExtent.isEmpty() &&
        shown.width() * shown.height() < 0.5 * m_view.fullExtent.width() * m_view.fullExtent.height())
        s.overviewExtent = m_view.fullExtent;
    return s;
}

void PrintDialog::updatePreview()
{
    if (m_loading)
        return;
    report::MapExportSettings s = settingsFor(layout());
    s.pngDpi = 40.0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.png"));
    report::MapExporter exporter(m_view.map, m_view.layers, s);
    Feedback feedback;
    if (exporter.exportToPng(path, feedback) != report::ExportResult::Success) {
        m_preview = QImage();
        m_ui->previewLabel->setText(exporter.errorMessage());
        return;
    }
    m_preview = QImage(path);
    const QSize room = m_ui->previewLabel->size().expandedTo(QSize(560, 560));
    m_ui->previewLabel->setPixmap(
        QPixmap::fromImage(m_preview.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool PrintDialog::exportTo(const QString &path)
{
    report::MapExporter exporter(m_view.map, m_view.layers, settingsFor(layout()));
    Feedback feedback;
    if (exporter.exportToFile(path, feedback) != report::ExportResult::Success) {
        m_dialogs->showError(this, tr("Print map"), exporter.errorMessage());
        return false;
    }
    return true;
}

void PrintDialog::reloadLayouts(const QString &select)
{
    m_layouts.clear();
    if (auto store = store::Store::open(m_view.storePath, store::Store::Mode::ReadOnly))
        m_layouts = report::readPrintLayouts(**store);
    m_ui->layoutCombo->clear();
    for (const report::PrintLayout &l : m_layouts)
        m_ui->layoutCombo->addItem(l.name);
    m_ui->layoutCombo->setCurrentIndex(m_ui->layoutCombo->findText(select));
    m_ui->removeLayoutButton->setEnabled(!m_layouts.empty());
}

QStringList PrintDialog::layoutNames() const
{
    QStringList names;
    for (const report::PrintLayout &l : m_layouts)
        names << l.name;
    return names;
}

void PrintDialog::chooseLayout(int index)
{
    if (index >= 0 && index < static_cast<int>(m_layouts.size()))
        setLayout(m_layouts[static_cast<std::size_t>(index)]);
}

bool PrintDialog::saveLayoutAs(const QString &name)
{
    auto store = store::Store::open(m_view.storePath, store::Store::Mode::ReadWrite);
    report::PrintLayout l = layout();
    l.name = name;
    Status s = store ? report::savePrintLayout(**store, l) : Status(store.error());
    if (!s) {
        m_dialogs->showError(this, tr("Save print layout"), s.errorMessage());
        return false;
    }
    store->reset();
    reloadLayouts(name.trimmed());
    return true;
}

bool PrintDialog::removeChosenLayout()
{
    const QString name = m_ui->layoutCombo->currentText();
    if (name.isEmpty())
        return false;
    auto store = store::Store::open(m_view.storePath, store::Store::Mode::ReadWrite);
    Status s = store ? report::removePrintLayout(**store, name) : Status(store.error());
    if (!s) {
        m_dialogs->showError(this, tr("Remove print layout"), s.errorMessage());
        return false;
    }
    store->reset();
    reloadLayouts({});
    return true;
}

} // namespace lb::app
