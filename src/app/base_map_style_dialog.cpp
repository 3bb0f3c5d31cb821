#include "app/base_map_style_dialog.h"

#include "ui_base_map_style_dialog.h"

#include <QColorDialog>
#include <QPainter>
#include <QPushButton>

namespace lb::app {

namespace {
// A swatch of the colour for its button.
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(32, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setBrush(colour);
    painter.drawRect(QRectF(0.5, 0.5, 31, 15));
    return QIcon(pixmap);
}
} // namespace

BaseMapStyleDialog::BaseMapStyleDialog(const QString &title, const render::BaseMapStyle &style, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BaseMapStyleDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("baseMapStyleDialog"));
    m_ui->titleLabel->setText(title);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setStyle({}); });
    connect(m_ui->fillButton, &QPushButton::clicked, this, [this] { chooseColour(&m_fill, tr("Fill colour")); });
    connect(m_ui->outlineButton, &QPushButton::clicked, this,
            [this] { chooseColour(&m_outline, tr("Outline colour")); });
    connect(m_ui->fillCheck, &QCheckBox::toggled, m_ui->fillButton, &QWidget::setEnabled);
    setStyle(style);
}

BaseMapStyleDialog::~BaseMapStyleDialog() = default;

render::BaseMapStyle BaseMapStyleDialog::style() const
{
    render::BaseMapStyle s;
    s.fill = m_fill;
    s.fill.setAlpha(m_ui->fillCheck->isChecked() ? 255 : 0);
    s.outline = m_outline;
    s.outlineWidth = m_ui->widthSpin->value();
    return s;
}

void BaseMapStyleDialog::setStyle(const render::BaseMapStyle &style)
{
    m_fill = style.fill;
    m_ui->fillCheck->setChecked(m_fill.alpha() > 0);
    m_fill.setAlpha(255);
    m_outline = style.outline;
    m_ui->widthSpin->setValue(style.outlineWidth);
    showColours();
}

void BaseMapStyleDialog::chooseColour(QColor *colour, const QString &title)
{
    const QColor chosen = QColorDialog::getColor(*colour, this, title);
    if (chosen.isValid())
        *colour = chosen;
    showColours();
}

void BaseMapStyleDialog::showColours()
{
    m_ui->fillButton->setIcon(swatch(m_fill));
    m_ui->fillButton->setText(m_fill.name());
    m_ui->fillButton->setEnabled(m_ui->fillCheck->isChecked());
    m_ui->outlineButton->setIcon(swatch(m_outline));
    m_ui->outlineButton->setText(m_outline.name());
}

} // namespace lb::app
