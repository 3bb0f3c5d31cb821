#include "app/import_file_page.h"

#include "app/dialog_service.h"
#include "app/import_context.h"
#include "io/builtin_profiles.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {
constexpr io::ImportKind kKinds[] = {io::ImportKind::Incidents, io::ImportKind::Pins, io::ImportKind::Answers,
                                     io::ImportKind::Findings, io::ImportKind::Areas};
}

ImportFilePage::ImportFilePage(ImportContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A table (CSV, Excel, OpenDocument) or a GIS file (GeoJSON, GeoPackage, shapefile, KML, GPX, "
                   "FlatGeobuf). Nothing is written until the last step."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("importLayer"));
    m_layerLabel = new QLabel(tr("&Layer or sheet:"), this);
    m_layerLabel->setBuddy(m_layer);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_info);
    form->addRow(m_layerLabel, m_layer);

    auto *kindBox = new QGroupBox(tr("The file holds"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_kinds = new QButtonGroup(this);
    for (io::ImportKind k : kKinds) {
        auto *radio = new QRadioButton(importKindLabel(k), kindBox);
        radio->setObjectName(QStringLiteral("importKind_") + io::toString(k));
        m_kinds->addButton(radio, static_cast<int>(k));
        kindLayout->addWidget(radio);
    }
    m_kinds->button(static_cast<int>(io::ImportKind::Incidents))->setChecked(true);

    m_columns = new QTableWidget(0, 2, this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setAlternatingRowColors(true);
    m_columns->setWordWrap(false);

    auto *middle = new QHBoxLayout;
    middle->addWidget(kindBox, 0, Qt::AlignTop);
    middle->addWidget(m_columns, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(middle, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(&m_probe, &QFutureWatcher<ProbeOutcome>::finished, this, &ImportFilePage::onProbed);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ctx->layerIndex = index;
        showLayer();
    });
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] { m_kindChosen = true; });
    showLayer();
}

ImportFilePage::~ImportFilePage()
{
    m_probe.waitForFinished();
}

void ImportFilePage::browse()
{
    const QString dir = m_ctx->filePath.isEmpty() ? QString() : QFileInfo(m_ctx->filePath).absolutePath();
    const QString path = m_ctx->dialogs->openFileName(this, tr("Import a data file"), dir, importFileFilter());
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString &path)
{
    if (m_probe.isRunning())
        m_probe.waitForFinished(); // the probe reads a few hundred rows; the wait is short
    m_probingPath = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_ctx->probe.reset();
    m_layer->clear();
    m_columns->setRowCount(0);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setText(tr("Reading the file…"));
    m_info->setStyleSheet(QString());
    const auto reference = m_ctx->store.referenceLonLat;
    m_probing = true;
    m_probe.setFuture(QtConcurrent::run([path, reference] { return probeSource(path, reference); }));
    Q_EMIT completeChanged();
}

void ImportFilePage::onProbed()
{
    m_probing = false;
    ProbeOutcome outcome = m_probe.result();
    if (!outcome.probe) {
        m_info->setTextFormat(Qt::PlainText);
        m_info->setText(tr("This file cannot be read: %1").arg(outcome.error));
        m_info->setStyleSheet(QStringLiteral("color: #b3261e;"));
        Q_EMIT completeChanged();
        return;
    }
    m_ctx->filePath = m_probingPath;
    m_ctx->probe = std::move(outcome.probe);
    m_ctx->layerIndex = 0;
    {
        const QSignalBlocker block(m_layer);
        for (const io::ProbeLayer &l : m_ctx->probe->layers)
            m_layer->addItem(l.name);
    }
    m_layer->setEnabled(m_ctx->probe->layers.size() > 1);
    // Polygons are areas; anything else is proposed as incidents until the user says otherwise.
    // A file recognised by a built-in profile holds that profile's kind.
    if (!m_kindChosen) {
        const io::ProbeLayer &first = m_ctx->probe->layers.front();
        const QString geometry = first.geometryType.toLower();
        if (const auto builtin = io::builtinProfile(first.profile))
            setKind(builtin->kind);
        else
            setKind(geometry.contains(QLatin1String("polygon")) ? io::ImportKind::Areas : io::ImportKind::Incidents);
    }
    showLayer();
    Q_EMIT completeChanged();
}

void ImportFilePage::showLayer()
{
    const io::ProbeLayer *layer = m_ctx->layer();
    m_layerLabel->setVisible(layer && m_ctx->probe->layers.size() > 1);
    m_layer->setVisible(m_layerLabel->isVisible());
    if (!layer)
        return;
    const QLocale locale;
    QStringList facts;
    facts << m_ctx->probe->driver;
    if (!layer->encoding.isEmpty())
        facts << tr("encoding %1").arg(layer->encoding);
    if (layer->featureCount >= 0)
        facts << tr("%n row(s)", nullptr, static_cast<int>(layer->featureCount));
    facts << tr("%n column(s)", nullptr, static_cast<int>(layer->fields.size()));
    if (!layer->geometryType.isEmpty())
        facts << tr("%1 geometry").arg(layer->geometryType);
    if (!layer->profile.isEmpty())
        facts << tr("recognised as %1").arg(io::builtinProfileTitle(layer->profile));
    if (layer->crs.epsg > 0)
        facts << (layer->crsFromFile ? tr("coordinates in EPSG:%1").arg(layer->crs.epsg)
                                     : tr("coordinates look like EPSG:%1").arg(layer->crs.epsg));
    QString info = facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    // What the probe found wrong (unreadable rows, text that is not UTF-8, invalid polygons).
    for (const QString &w : layer->warnings)
        info += QStringLiteral("<br><span style=\"color: #b3261e;\">%1</span>").arg(w.toHtmlEscaped());
    m_info->setTextFormat(Qt::RichText);
    m_info->setText(info);
    m_info->setStyleSheet(QString());

    m_columns->setRowCount(static_cast<int>(layer->fields.size()));
    for (int i = 0; i < static_cast<int>(layer->fields.size()); ++i) {
        const io::ProbeField &f = layer->fields[static_cast<size_t>(i)];
        m_columns->setItem(i, 0, new QTableWidgetItem(f.name));
        auto *samples = new QTableWidgetItem(f.samples.join(QStringLiteral(" · ")));
        samples->setForeground(palette().color(QPalette::PlaceholderText));
        m_columns->setItem(i, 1, samples);
    }
}

void ImportFilePage::setKind(io::ImportKind kind)
{
    if (QAbstractButton *b = m_kinds->button(static_cast<int>(kind)))
        b->setChecked(true);
}

io::ImportKind ImportFilePage::kind() const
{
    return static_cast<io::ImportKind>(m_kinds->checkedId());
}

bool ImportFilePage::isComplete() const
{
    return m_ctx->storeLoaded && m_ctx->probe && !m_probing;
}

bool ImportFilePage::validatePage()
{
    m_ctx->mapping.kind = kind();
    if (const io::ProbeLayer *l = m_ctx->layer())
        m_ctx->mapping.layer = l->name;
    return true;
}

} // namespace lb::app
