#pragma once

// WalkPrintPreview: the walk dock's print dialog. It shows the pages of the walk map — the map
// page, then the notes table pages — painted by report::WalkPrinter, the same code that writes
// the PDF, lets the user page through them and choose A4 or A3, portrait or landscape, and saves
// the PDF with those settings. Pages are painted when first shown and kept until the settings
// change.
//
// GUI thread only; the form is ui/walk_print_preview.ui. File dialogs go through the DialogService.

#include "report/walk_print.h"

#include <QDialog>
#include <QImage>

#include <map>
#include <memory>

namespace Ui {
class WalkPrintPreviewForm;
}

namespace lb::app {

class DialogService;

class WalkPrintPreview : public QDialog {
    Q_OBJECT
public:
    WalkPrintPreview(report::WalkPrintInput input, DialogService *dialogs, QWidget *parent = nullptr);
    ~WalkPrintPreview() override;

    // The resolution of the preview images.
    static constexpr double kPreviewDpi = 80.0;

    int pageCount() const;
    int currentPage() const { return m_page; }
    // Shows page `index` (0-based), clamped to the pages there are.
    void showPage(int index);
    // Page `index` as the preview shows it; null when out of range.
    QImage pageImage(int index);
    report::WalkPrintSettings settings() const;
    const report::WalkPrinter &printer() const { return *m_printer; }

    // Writes the PDF (or a PNG of the map page) with the chosen paper; false, and why in the
    // status line, when it cannot.
    bool saveTo(const QString &path);
    QString savedPath() const { return m_saved; }
    Ui::WalkPrintPreviewForm *form() const { return m_ui.get(); }

private:
    void rebuild();

    std::unique_ptr<Ui::WalkPrintPreviewForm> m_ui;
    report::WalkPrintInput m_input;
    DialogService *m_dialogs;
    std::unique_ptr<report::WalkPrinter> m_printer;
    std::map<int, QImage> m_pages;
    int m_page = 0;
    QString m_saved;
};

} // namespace lb::app
