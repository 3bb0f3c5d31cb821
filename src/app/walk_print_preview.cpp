#include "app/walk_print_preview.h"

#include "app/dialog_service.h"

#include "ui_walk_print_preview.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>

namespace lb::app {

WalkPrintPreview::WalkPrintPreview(report::WalkPrintInput input, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WalkPrintPreviewForm>())
    , m_input(std::move(input))
    , m_dialogs(dialogs)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("walkPrintPreview"));
    m_ui->paperCombo->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_ui->paperCombo->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_ui->orientationCombo->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_ui->orientationCombo->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_ui->pageLabel->setBackgroundRole(QPalette::Dark);
    m_ui->pageLabel->setAutoFillBackground(true);
    connect(m_ui->paperCombo, &QComboBox::currentIndexChanged, this, &WalkPrintPreview::rebuild);
    connect(m_ui->orientationCombo, &QComboBox::currentIndexChanged, this, &WalkPrintPreview::rebuild);
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs ? m_dialogs->saveFileName(this, tr("Save walk map"), QString(),
                                                                 tr("PDF (*.pdf);;PNG image of the map page (*.png)"))
                                       : QString();
        if (!path.isEmpty() && saveTo(path))
            accept();
    });
    rebuild();
}

WalkPrintPreview::~WalkPrintPreview() = default;

report::WalkPrintSettings WalkPrintPreview::settings() const
{
    report::WalkPrintSettings s;
    s.pageSize = QPageSize(QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt()));
    s.orientation = QPageLayout::Orientation(m_ui->orientationCombo->currentData().toInt());
    return s;
}

void WalkPrintPreview::rebuild()
{
    m_printer = std::make_unique<report::WalkPrinter>(m_input, settings());
    m_pages.clear();
    showPage(0);
}

int WalkPrintPreview::pageCount() const
{
    return m_printer->pageCount();
}

QImage WalkPrintPreview::pageImage(int index)
{
    if (index < 0 || index >= pageCount())
        return {};
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        // The map page takes a moment on a large store; it is painted once per paper choice.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Feedback feedback;
        it = m_pages.emplace(index, m_printer->renderPage(index, kPreviewDpi, feedback)).first;
        QApplication::restoreOverrideCursor();
    }
    return it->second;
}

void WalkPrintPreview::showPage(int index)
{
    m_page = std::clamp(index, 0, pageCount() - 1);
    m_ui->pageLabel->setPixmap(QPixmap::fromImage(pageImage(m_page)));
    m_ui->pageInfoLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_ui->previousButton->setEnabled(m_page > 0);
    m_ui->nextButton->setEnabled(m_page + 1 < pageCount());
}

bool WalkPrintPreview::saveTo(const QString &path)
{
    // A printer of its own: the preview's keeps the map settings of the preview resolution.
    report::WalkPrinter printer(m_input, settings());
    Feedback feedback;
    if (printer.exportToFile(path, feedback) != report::ExportResult::Success) {
        m_ui->statusLabel->setText(printer.errorMessage());
        return false;
    }
    m_saved = path;
    m_ui->statusLabel->setText(
        tr("Wrote %1 (%n page(s)).", nullptr,
           QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? printer.pageCount() : 1)
            .arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace lb::app
