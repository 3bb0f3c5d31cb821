#include "app/layer_style_dialog.h"

#include "app/main_window.h"
#include "ui_layer_style_dialog.h"

#include <QPainter>
#include <QPushButton>

namespace lb::app {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(150));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

QIcon rampSwatch(const QString &ramp)
{
    QPixmap pixmap(48, 16);
    QPainter painter(&pixmap);
    for (int x = 0; x < 48; ++x) {
        painter.setPen(render::rampColor(ramp, x / 47.0));
        painter.drawLine(x, 0, x, 15);
    }
    return QIcon(pixmap);
}

constexpr render::SymbolShape allShapes[] = {render::SymbolShape::Circle, render::SymbolShape::Square,
                                             render::SymbolShape::Triangle, render::SymbolShape::Diamond,
                                             render::SymbolShape::Pin};

// The single symbol's colours: Okabe–Ito and a near-black.
const QRgb singleColors[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc3f8f, 0xe69f00, 0x56b4e9, 0xd9c21a, 0x333333};
} // namespace

LayerStyleDialog::LayerStyleDialog(MainWindow *window, const QString &layerId)
    : QDialog(window)
    , m_window(window)
    , m_layerId(layerId)
    , m_original(window->mapStyles())
    , m_ui(std::make_unique<Ui::LayerStyleDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("layerStyleDialog"));
    m_filling = true;
    const bool incidents = layerId == QLatin1String("incidents");
    for (const render::IncidentStyle s :
         {render::IncidentStyle::Points, render::IncidentStyle::Clusters, render::IncidentStyle::Hexagons,
          render::IncidentStyle::Automatic, render::IncidentStyle::Heat})
        m_ui->drawCombo->addItem(render::incidentStyleLabel(s), int(s));
    m_ui->drawCombo->setVisible(incidents);
    m_ui->drawLabel->setVisible(incidents);
    for (const render::LayerStyle::Kind k :
         {render::LayerStyle::Kind::Single, render::LayerStyle::Kind::Categorized, render::LayerStyle::Kind::Graduated})
        if (k != render::LayerStyle::Kind::Graduated || !render::graduatedFields(layerId).isEmpty())
            m_ui->kindCombo->addItem(render::styleKindLabel(k), int(k));
    for (const render::SymbolShape shape : allShapes)
        m_ui->shapeCombo->addItem(render::shapeLabel(shape), render::shapeName(shape));
    for (const QRgb rgb : singleColors)
        m_ui->colorCombo->addItem(swatch(QColor::fromRgb(rgb)), QColor::fromRgb(rgb).name(), QColor::fromRgb(rgb));
    for (const QString &p : render::paletteNames())
        m_ui->paletteCombo->addItem(render::paletteLabel(p), p);
    m_ui->rampCombo->setIconSize(QSize(48, 16));
    for (const QString &r : render::rampNames())
        m_ui->rampCombo->addItem(rampSwatch(r), render::rampLabel(r), r);
    m_ui->labelCombo->addItem(tr("No labels"), QString());
    for (const QString &f : render::labelFields(layerId))
        m_ui->labelCombo->addItem(render::fieldLabel(f), f);
    m_filling = false;

    setWindowTitle(tr("Style of %1")
                       .arg(layerId == QLatin1String("survey_pins") ? tr("the survey pins")
                            : layerId == QLatin1String("walks")     ? tr("the walk findings")
                                                                    : tr("the incidents")));
    setIncidentStyle(m_original.incidents);
    setStyle(m_original.layerStyle(layerId));

    for (QComboBox *combo : {m_ui->drawCombo, m_ui->kindCombo, m_ui->fieldCombo, m_ui->shapeCombo, m_ui->colorCombo,
                             m_ui->paletteCombo, m_ui->rampCombo, m_ui->labelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            if (combo == m_ui->kindCombo && !m_filling) {
                m_filling = true;
                fillFields();
                m_filling = false;
            }
            preview();
        });
    connect(m_ui->sizeSpin, &QDoubleSpinBox::valueChanged, this, &LayerStyleDialog::preview);
    connect(m_ui->classesSpin, &QSpinBox::valueChanged, this, &LayerStyleDialog::preview);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LayerStyleDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &LayerStyleDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setStyle(render::defaultLayerStyle(m_layerId)); });
}

LayerStyleDialog::~LayerStyleDialog() = default;

void LayerStyleDialog::fillFields()
{
    const auto kind = render::LayerStyle::Kind(m_ui->kindCombo->currentData().toInt());
    const QString current = m_ui->fieldCombo->currentData().toString();
    m_ui->fieldCombo->clear();
    const QStringList fields = kind == render::LayerStyle::Kind::Graduated ? render::graduatedFields(m_layerId)
                                                                           : render::categorizedFields(m_layerId);
    if (kind != render::LayerStyle::Kind::Single)
        for (const QString &f : fields)
            m_ui->fieldCombo->addItem(render::fieldLabel(f), f);
    const int at = m_ui->fieldCombo->findData(current);
    m_ui->fieldCombo->setCurrentIndex(at >= 0 ? at : 0);
    updateEnabled();
}

void LayerStyleDialog::updateEnabled()
{
    const auto kind = render::LayerStyle::Kind(m_ui->kindCombo->currentData().toInt());
    m_ui->fieldCombo->setEnabled(kind != render::LayerStyle::Kind::Single);
    m_ui->colorCombo->setEnabled(kind == render::LayerStyle::Kind::Single);
    m_ui->paletteCombo->setEnabled(kind == render::LayerStyle::Kind::Categorized);
    m_ui->rampCombo->setEnabled(kind == render::LayerStyle::Kind::Graduated);
    m_ui->classesSpin->setEnabled(kind == render::LayerStyle::Kind::Graduated);
}

render::LayerStyle LayerStyleDialog::style() const
{
    render::LayerStyle s = m_original.layerStyle(m_layerId);
    s.kind = render::LayerStyle::Kind(m_ui->kindCombo->currentData().toInt());
    if (s.kind != render::LayerStyle::Kind::Single)
        s.field = m_ui->fieldCombo->currentData().toString();
    for (const render::SymbolShape shape : allShapes)
        if (render::shapeName(shape) == m_ui->shapeCombo->currentData().toString())
            s.shape = shape;
    s.size = m_ui->sizeSpin->value() <= m_ui->sizeSpin->minimum() ? 0.0 : m_ui->sizeSpin->value();
    s.color = m_ui->colorCombo->currentData().value<QColor>();
    s.palette = m_ui->paletteCombo->currentData().toString();
    s.ramp = m_ui->rampCombo->currentData().toString();
    s.classCount = m_ui->classesSpin->value();
    s.labelField = m_ui->labelCombo->currentData().toString();
    return s;
}

void LayerStyleDialog::setStyle(const render::LayerStyle &style)
{
    m_filling = true;
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
    };
    select(m_ui->kindCombo, int(style.kind));
    fillFields();
    select(m_ui->fieldCombo, style.field);
    select(m_ui->shapeCombo, render::shapeName(style.shape));
    m_ui->sizeSpin->setValue(style.size > 0.0 ? style.size : m_ui->sizeSpin->minimum());
    if (m_ui->colorCombo->findData(style.color) < 0)
        m_ui->colorCombo->addItem(swatch(style.color), style.color.name(), style.color);
    select(m_ui->colorCombo, style.color);
    select(m_ui->paletteCombo, style.palette);
    select(m_ui->rampCombo, style.ramp);
    m_ui->classesSpin->setValue(style.classCount);
    select(m_ui->labelCombo, style.labelField);
    updateEnabled();
    m_filling = false;
    preview();
}

void LayerStyleDialog::setIncidentStyle(render::IncidentStyle style)
{
    const int at = m_ui->drawCombo->findData(int(style));
    if (at >= 0)
        m_ui->drawCombo->setCurrentIndex(at);
}

render::MapStyles LayerStyleDialog::chosen() const
{
    render::MapStyles styles = m_window->mapStyles();
    styles.setLayerStyle(m_layerId, style());
    if (m_layerId == QLatin1String("incidents"))
        styles.incidents = render::IncidentStyle(m_ui->drawCombo->currentData().toInt());
    return styles;
}

void LayerStyleDialog::preview()
{
    if (m_filling)
        return;
    const render::MapStyles styles = chosen();
    if (!(styles == m_window->mapStyles()))
        m_window->previewMapStyles(styles);
}

void LayerStyleDialog::accept()
{
    m_window->setMapStyles(chosen());
    QDialog::accept();
}

void LayerStyleDialog::reject()
{
    m_window->previewMapStyles(m_original);
    QDialog::reject();
}

} // namespace lb::app
