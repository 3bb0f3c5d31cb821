#include "app/finding_dialog.h"

#include "ui_finding_dialog.h"

#include <QLocale>

#include <algorithm>

namespace lb::app {

QString findingKindLabel(const std::vector<FindingKind> &kinds, const QString &code)
{
    for (const FindingKind &k : kinds)
        if (k.code == code)
            return localizedLabel(k.labelSv, k.labelEn);
    return code;
}

FindingDialog::FindingDialog(PointXY at, const std::vector<FindingKind> &kinds, const QStringList &responsibles,
                             const std::vector<Walk> &walks, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FindingDialogForm>())
    , m_at(at)
{
    setObjectName(QStringLiteral("findingDialog"));
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->positionLabel->setText(tr("At E %1, N %2").arg(locale.toString(at.x, 'f', 0), locale.toString(at.y, 'f', 0)));
    for (const FindingKind &k : kinds)
        m_ui->kindCombo->addItem(localizedLabel(k.labelSv, k.labelEn), k.code);
    m_ui->responsibleCombo->addItems(responsibles);
    m_ui->responsibleCombo->setCurrentIndex(-1);
    std::vector<Walk> latestFirst = walks;
    std::stable_sort(latestFirst.begin(), latestFirst.end(),
                     [](const Walk &a, const Walk &b) { return a.date > b.date; });
    for (const Walk &w : latestFirst)
        m_ui->walkCombo->addItem(tr("%1, %2").arg(w.name, locale.toString(w.date, QLocale::ShortFormat)),
                                 QVariant::fromValue<qint64>(w.id));
    m_ui->walkCombo->addItem(tr("No walk"), QVariant::fromValue<qint64>(0));
    m_ui->descriptionEdit->setFocus();
}

FindingDialog::~FindingDialog() = default;

WalkFinding FindingDialog::finding() const
{
    WalkFinding f;
    f.position = m_at;
    f.kind = m_ui->kindCombo->currentData().toString();
    f.description = m_ui->descriptionEdit->toPlainText().trimmed();
    f.responsible = m_ui->responsibleCombo->currentText().trimmed();
    f.walkId = m_ui->walkCombo->currentData().toLongLong();
    f.status = FindingStatus::Open;
    return f;
}

} // namespace lb::app
