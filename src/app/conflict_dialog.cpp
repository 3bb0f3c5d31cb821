#include "app/conflict_dialog.h"

#include "ui_conflict_dialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace lb::app {

ConflictDialog::ConflictDialog(const ConflictView &conflict, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictDialog"));
    if (!conflict.title.isEmpty())
        setWindowTitle(conflict.title);
    m_ui->introLabel->setText(conflict.intro);
    QTableWidget *table = m_ui->valuesTable;
    table->setRowCount(int(conflict.fields.size()));
    for (int r = 0; r < int(conflict.fields.size()); ++r) {
        const ConflictView::Field &f = conflict.fields[size_t(r)];
        const bool differs = f.mine != f.theirs;
        const QString values[3] = {f.label, f.mine, f.theirs};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(values[c]);
            QFont font = item->font();
            font.setBold(differs && c > 0);
            item->setFont(font);
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->resizeRowsToContents();
    connect(m_ui->keepMineButton, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepMine;
        accept();
    });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::TakeTheirs;
        accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

} // namespace lb::app
