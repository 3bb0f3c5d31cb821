#pragma once

// FindingDialog: asks for a new finding's kind, description and responsible organisation after a
// click on the map (form: ui/finding_dialog.ui). The kinds are the store's; the responsible
// organisations already used are offered, and a new one can be typed.
//
// GUI thread only.

#include "core/records.h"
#include "core/taxonomy.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class FindingDialogForm;
}

namespace lb::app {

class FindingDialog : public QDialog {
    Q_OBJECT
public:
    // `walks` are offered for the finding, the latest first and chosen.
    FindingDialog(PointXY at, const std::vector<FindingKind> &kinds, const QStringList &responsibles,
                  const std::vector<Walk> &walks, QWidget *parent = nullptr);
    ~FindingDialog() override;

    // The finding as filled in, at the clicked position, open.
    WalkFinding finding() const;
    Ui::FindingDialogForm *form() const { return m_ui.get(); }

private:
    std::unique_ptr<Ui::FindingDialogForm> m_ui;
    PointXY m_at;
};

// The kind's label in the program's language; the code when the kind is unknown.
QString findingKindLabel(const std::vector<FindingKind> &kinds, const QString &code);

} // namespace lb::app
