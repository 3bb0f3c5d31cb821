#include "app/import_mapping_page.h"

#include "app/import_context.h"
#include "app/import_tasks.h"
#include "app/import_wizard.h"
#include "core/crs.h"
#include "io/builtin_profiles.h"
#include "io/column_synonyms.h"
#include "io/crs_guess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {
// Built-in profiles are listed among the saved ones under this prefix (a saved name cannot clash).
const QString kBuiltinPrefix = QStringLiteral("builtin:");
} // namespace

namespace {
bool isCoordinate(const QString &field)
{
    return field == QLatin1String("x") || field == QLatin1String("y");
}

// "EPSG:3006 — SWEREF99 TM"; PROJ is asked once per code.
QString crsLabel(int epsg)
{
    static QMap<int, QString> names;
    if (!names.contains(epsg)) {
        auto info = crsInfo(epsg);
        names.insert(epsg, info ? info->name : QString());
    }
    const QString name = names.value(epsg);
    return name.isEmpty() ? QStringLiteral("EPSG:%1").arg(epsg) : QStringLiteral("EPSG:%1 — %2").arg(epsg).arg(name);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which column holds each field. Fields marked * are required; a fixed value stands in for "
                   "a column the file does not have."));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfile"));
    m_profileNote = new QLabel(this);
    m_profileNote->setWordWrap(true);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(new QLabel(tr("Saved mapping:"), this));
    m_profile->setMinimumContentsLength(34);
    profileRow->addWidget(m_profile);
    profileRow->addWidget(m_profileNote, 1);

    m_fieldsBox = new QGroupBox(tr("Fields"), this);
    m_fieldsGrid = new QGridLayout(m_fieldsBox);
    m_fieldsGrid->setColumnStretch(3, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fieldsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_positionBox = new QGroupBox(tr("Position"), this);
    auto *positionLayout = new QVBoxLayout(m_positionBox);
    m_positionGrid = new QGridLayout;
    positionLayout->addLayout(m_positionGrid);
    m_crs = new QComboBox(m_positionBox);
    m_crs->setObjectName(QStringLiteral("importCrs"));
    m_crsNote = new QLabel(m_positionBox);
    m_crsNote->setWordWrap(true);
    m_swap = new QCheckBox(tr("The X column holds northings or latitudes"), m_positionBox);
    m_keepOutside = new QCheckBox(tr("Keep points outside the municipality"), m_positionBox);
    positionLayout->addWidget(new QLabel(tr("Coordinate system:"), m_positionBox));
    positionLayout->addWidget(m_crs);
    positionLayout->addWidget(m_crsNote);
    positionLayout->addWidget(m_swap);
    positionLayout->addWidget(m_keepOutside);
    positionLayout->addStretch(1);
    m_positionBox->setMinimumWidth(340);

    auto *middle = new QHBoxLayout;
    middle->addWidget(scroll, 3);
    middle->addWidget(m_positionBox, 2);

    m_repair = new QCheckBox(this);
    m_repair->setObjectName(QStringLiteral("importRepairGeometry"));
    m_repair->hide();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importMappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    m_unmapped = new QLabel(this);
    m_unmapped->setObjectName(QStringLiteral("importUnmappedNote"));
    m_unmapped->setWordWrap(true);
    m_unmapped->setStyleSheet(QStringLiteral("color: #8a5300;"));

    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(QStringLiteral("importProfileName"));
    m_profileName->setPlaceholderText(tr("e.g. Police monthly export"));
    m_saveProfile = new QPushButton(tr("Save mapping"), this);
    m_saveProfile->setObjectName(QStringLiteral("importSaveProfile"));
    m_saveNote = new QLabel(this);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Save this mapping as:"), this));
    saveRow->addWidget(m_profileName, 1);
    saveRow->addWidget(m_saveProfile);
    saveRow->addWidget(m_saveNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addLayout(middle, 1);
    layout->addWidget(m_repair);
    layout->addWidget(m_problem);
    layout->addWidget(m_unmapped);
    layout->addLayout(saveRow);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportMappingPage::chooseProfile);
    connect(m_crs, &QComboBox::currentIndexChanged, this, &ImportMappingPage::readWidgets);
    connect(m_swap, &QCheckBox::toggled, this, &ImportMappingPage::readWidgets);
    connect(m_keepOutside, &QCheckBox::toggled, this, &ImportMappingPage::readWidgets);
    connect(m_repair, &QCheckBox::toggled, this, &ImportMappingPage::readWidgets);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_profileName, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_saveProfile->setEnabled(!t.trimmed().isEmpty() && !m_savingNow); });
    connect(&m_saving, &QFutureWatcher<QString>::finished, this, [this] {
        m_savingNow = false;
        const QString error = m_saving.result();
        m_saveNote->setText(error.isEmpty() ? tr("Saved as “%1”.").arg(m_savingName) : error);
        m_saveNote->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        m_saveProfile->setEnabled(true);
        if (error.isEmpty()) {
            m_ctx->profileName = m_savingName;
            m_ctx->store.profiles.insert(m_savingName, m_ctx->mapping);
            Q_EMIT profileSaved(m_savingName);
        }
    });
    m_saveProfile->setEnabled(false);
}

ImportMappingPage::~ImportMappingPage()
{
    m_saving.waitForFinished();
}

void ImportMappingPage::initializePage()
{
    const QString key = m_ctx->filePath + QLatin1Char('\n') + m_ctx->mapping.layer + QLatin1Char('\n') +
                        io::toString(m_ctx->mapping.kind);
    if (key == m_builtFor)
        return; // back from a later page: keep what the user set
    m_builtFor = key;
    rebuild();
}

void ImportMappingPage::rebuild()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_columnCombos.clear();
    m_constantEdits.clear();
    m_sampleLabels.clear();

    const io::ImportKind kind = m_ctx->mapping.kind;
    const QStringList columns = m_ctx->columns();
    int row = 0;
    for (const QString &header : {tr("Field"), tr("Column"), tr("Fixed value"), tr("In the file")}) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(header), m_fieldsBox);
        m_fieldsGrid->addWidget(label, 0, row++);
        m_rowWidgets << label;
    }
    row = 1;
    int coordinateRow = 0;
    for (const io::TargetField &f : io::targetFields(kind)) {
        QWidget *owner = isCoordinate(f.name) ? static_cast<QWidget *>(m_positionBox) : m_fieldsBox;
        auto *combo = new QComboBox(owner);
        combo->setObjectName(QStringLiteral("importColumn_") + f.name);
        combo->addItem(tr("— not in the file —"), QString());
        for (const QString &c : columns)
            combo->addItem(c, c);
        combo->setMinimumContentsLength(14);
        m_columnCombos.insert(f.name, combo);
        auto *label = new QLabel(f.description + (f.required ? QStringLiteral(" *") : QString()), owner);
        label->setWordWrap(true);
        label->setBuddy(combo);
        m_rowWidgets << combo << label;
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::readWidgets);
        if (isCoordinate(f.name)) {
            label->setText(f.name == QLatin1String("x") ? tr("X (east or longitude):") : tr("Y (north or latitude):"));
            m_positionGrid->addWidget(label, coordinateRow, 0);
            m_positionGrid->addWidget(combo, coordinateRow++, 1);
            continue;
        }
        auto *constant = new QLineEdit(m_fieldsBox);
        constant->setObjectName(QStringLiteral("importConstant_") + f.name);
        constant->setPlaceholderText(tr("none"));
        constant->setMaximumWidth(130);
        auto *samples = new QLabel(m_fieldsBox);
        samples->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        samples->setMinimumWidth(90);
        m_constantEdits.insert(f.name, constant);
        m_sampleLabels.insert(f.name, samples);
        m_rowWidgets << constant << samples;
        connect(constant, &QLineEdit::textChanged, this, &ImportMappingPage::readWidgets);
        m_fieldsGrid->addWidget(label, row, 0);
        m_fieldsGrid->addWidget(combo, row, 1);
        m_fieldsGrid->addWidget(constant, row, 2);
        m_fieldsGrid->addWidget(samples, row++, 3);
    }
    m_fieldsGrid->setRowStretch(row, 1);
    m_positionBox->setVisible(io::isPointKind(kind));

    // The CRS: automatic means the file's own, or the guess the importer makes from the values.
    const io::ProbeLayer *layer = m_ctx->layer();
    {
        const QSignalBlocker block(m_crs);
        m_crs->clear();
        QString automatic = tr("Automatic: guess from the values");
        if (layer && layer->crsFromFile && layer->crs.epsg > 0)
            automatic = tr("From the file: %1").arg(crsLabel(layer->crs.epsg));
        else if (layer && layer->crs.epsg > 0)
            automatic = tr("Automatic: looks like %1").arg(crsLabel(layer->crs.epsg));
        m_crs->addItem(automatic, 0);
        for (int epsg : io::guessableCrs())
            m_crs->addItem(crsLabel(epsg), epsg);
    }
    m_crsNote->setText(layer ? layer->crs.explanation : QString());
    // Invalid polygons are rejected unless the user has them repaired; the probe counted them.
    const int invalid = layer ? layer->invalidPolygons : 0;
    m_repair->setVisible(kind == io::ImportKind::Areas && invalid > 0);
    m_repair->setText(tr("Repair the %n invalid polygon(s) found in the first rows (rings that cross themselves or "
                         "are not closed); without repair they are rejected.",
                         nullptr, invalid));

    // Suggestions from the column names; the probe's coordinate columns.
    io::FieldMapping suggested = io::suggestMapping(kind, columns);
    suggested.layer = m_ctx->mapping.layer;
    if (io::isPointKind(kind) && layer && layer->coordinates.isValid()) {
        suggested.columns.insert(QStringLiteral("x"), layer->coordinates.x);
        suggested.columns.insert(QStringLiteral("y"), layer->coordinates.y);
    }
    m_ctx->profileName.clear();
    m_profileNote->clear();
    m_saveNote->clear();
    applyMapping(suggested);
    fillProfiles();
    // A file the probe recognised starts from its built-in profile, when it is for this kind.
    if (layer && !layer->profile.isEmpty())
        if (const auto builtin = io::builtinProfile(layer->profile); builtin && builtin->kind == kind)
            selectData(m_profile, QString(kBuiltinPrefix + layer->profile));
    for (const QString &name : io::builtinProfileNames())
        if (layer && layer->profile.section(QLatin1Char('-'), 0, 0) == name.section(QLatin1Char('-'), 0, 0) &&
            io::builtinProfile(name)->kind == kind && m_profile->currentIndex() == 0)
            selectData(m_profile, QString(kBuiltinPrefix + name));
    if (m_profile->currentIndex() > 0)
        chooseProfile(m_profile->currentIndex());
}

void ImportMappingPage::fillProfiles()
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("None — suggested from the column names"), QString());
    for (auto it = m_ctx->store.profiles.begin(); it != m_ctx->store.profiles.end(); ++it)
        if (it.value().kind == m_ctx->mapping.kind)
            m_profile->addItem(it.key(), it.key());
    for (const QString &name : io::builtinProfileNames())
        if (io::builtinProfile(name)->kind == m_ctx->mapping.kind)
            m_profile->addItem(tr("Built in: %1").arg(io::builtinProfileTitle(name)), QString(kBuiltinPrefix + name));
    m_profile->setEnabled(m_profile->count() > 1);
    selectData(m_profile, m_ctx->profileName);
}

void ImportMappingPage::applyMapping(const io::FieldMapping &mapping)
{
    m_applying = true;
    for (auto it = m_columnCombos.begin(); it != m_columnCombos.end(); ++it)
        selectData(it.value(), mapping.columns.value(it.key()));
    for (auto it = m_constantEdits.begin(); it != m_constantEdits.end(); ++it)
        it.value()->setText(mapping.constants.value(it.key()));
    if (mapping.sourceEpsg > 0 && m_crs->findData(mapping.sourceEpsg) < 0)
        m_crs->addItem(crsLabel(mapping.sourceEpsg), mapping.sourceEpsg);
    selectData(m_crs, mapping.sourceEpsg);
    m_swap->setChecked(mapping.swapAxes);
    m_keepOutside->setChecked(mapping.keepOutside);
    m_repair->setChecked(mapping.repairGeometry);
    m_ctx->mapping.valueMap = mapping.valueMap;
    m_ctx->mapping.join = mapping.join;
    m_applying = false;
    readWidgets();
}

void ImportMappingPage::readWidgets()
{
    if (m_applying)
        return;
    io::FieldMapping &m = m_ctx->mapping;
    m.columns.clear();
    m.constants.clear();
    for (auto it = m_columnCombos.begin(); it != m_columnCombos.end(); ++it)
        if (const QString c = it.value()->currentData().toString(); !c.isEmpty())
            m.columns.insert(it.key(), c);
    for (auto it = m_constantEdits.begin(); it != m_constantEdits.end(); ++it)
        if (const QString v = it.value()->text().trimmed(); !v.isEmpty())
            m.constants.insert(it.key(), v);
    m.sourceEpsg = m_crs->currentData().toInt();
    // With an automatic CRS the guess settles the axis order too; the box shows what it found.
    const io::ProbeLayer *layer = m_ctx->layer();
    m_swap->setEnabled(m.sourceEpsg > 0);
    if (m.sourceEpsg == 0 && layer) {
        const QSignalBlocker block(m_swap);
        m_swap->setChecked(layer->crs.swapAxes);
    }
    m.swapAxes = m.sourceEpsg > 0 && m_swap->isChecked();
    m.keepOutside = m_keepOutside->isChecked();
    m.repairGeometry = m_repair->isChecked();
    updateSamples();
    m_problem->setText(problem());
    m_unmapped->setText(unmappedNote());
    m_unmapped->setVisible(!m_unmapped->text().isEmpty());
    Q_EMIT completeChanged();
}

QString ImportMappingPage::unmappedNote() const
{
    return io::unmappedWarnings(m_ctx->mapping, m_ctx->columns()).join(QLatin1Char('\n'));
}

void ImportMappingPage::updateSamples()
{
    const io::ProbeLayer *layer = m_ctx->layer();
    for (auto it = m_sampleLabels.begin(); it != m_sampleLabels.end(); ++it) {
        QString text;
        const QString column = m_ctx->mapping.columns.value(it.key());
        if (layer)
            for (const io::ProbeField &f : layer->fields)
                if (f.name == column)
                    text = f.samples.mid(0, 3).join(QStringLiteral(" · "));
        it.value()->setText(fontMetrics().elidedText(text, Qt::ElideRight, 150));
        it.value()->setToolTip(text);
    }
}

QString ImportMappingPage::problem() const
{
    const io::FieldMapping &m = m_ctx->mapping;
    QStringList missing;
    for (const io::TargetField &f : io::targetFields(m.kind))
        if (f.required && !m.hasColumn(f.name) && m.constants.value(f.name).isEmpty())
            missing << f.description;
    if (!missing.isEmpty())
        return tr("Choose a column or a fixed value for: %1.").arg(missing.join(QStringLiteral("; ")));
    const bool x = m.hasColumn(QStringLiteral("x")), y = m.hasColumn(QStringLiteral("y"));
    if (io::isPointKind(m.kind) && x != y)
        return tr("Choose both coordinate columns, or neither when the file has point geometry.");
    if (io::isPointKind(m.kind) && !x && !m_ctx->layerHasGeometry())
        return tr("The file has no geometry: choose the columns that hold the coordinates.");
    if (m.kind == io::ImportKind::Areas &&
        !(m_ctx->layer() && m_ctx->layer()->geometryType.contains(QLatin1String("polygon"), Qt::CaseInsensitive)))
        return tr("Areas need a file with polygon geometry, such as a GeoPackage, shapefile or GeoJSON.");
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return problem().isEmpty();
}

int ImportMappingPage::nextId() const
{
    // Values are mapped to the taxonomy only when they come from a column.
    const QString field = m_ctx->valueField();
    return !field.isEmpty() && m_ctx->mapping.hasColumn(field) ? ImportWizard::CategoryPageId
                                                               : ImportWizard::PreviewPageId;
}

void ImportMappingPage::chooseProfile(int index)
{
    const QString name = m_profile->itemData(index).toString();
    m_ctx->profileName = name;
    m_profileNote->clear();
    if (name.isEmpty()) {
        m_builtFor.clear();
        initializePage();
        return;
    }
    const QStringList columns = m_ctx->columns();
    if (name.startsWith(kBuiltinPrefix)) {
        const QString builtin = name.mid(kBuiltinPrefix.size());
        io::FieldMapping mapping = *io::builtinProfile(builtin, columns);
        mapping.layer = m_ctx->mapping.layer;
        m_ctx->profileName = builtin;
        const io::ProbeLayer *layer = m_ctx->layer();
        m_profileNote->setText(layer && layer->profile == builtin
                                   ? tr("Recognised: the file has the columns of this source. Change any field "
                                        "below or choose another mapping.")
                                   : tr("A built-in mapping; check that the file is from this source."));
        m_profileNote->setStyleSheet(QString());
        applyMapping(mapping);
        return;
    }
    io::FieldMapping mapping = m_ctx->store.profiles.value(name);
    mapping.layer = m_ctx->mapping.layer;
    QStringList absent;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        if (!columns.contains(it.value(), Qt::CaseInsensitive))
            absent << it.value();
    if (!absent.isEmpty()) {
        m_profileNote->setText(tr("This file lacks the profile's columns %1.").arg(absent.join(QStringLiteral(", "))));
        m_profileNote->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    applyMapping(mapping);
    m_profileName->setText(name);
}

void ImportMappingPage::saveProfile()
{
    m_savingName = m_profileName->text().trimmed();
    if (m_savingName.isEmpty() || m_savingNow)
        return;
    m_saveProfile->setEnabled(false);
    m_saveNote->setText(tr("Saving…"));
    const QString store = m_ctx->storePath, name = m_savingName;
    const io::FieldMapping mapping = m_ctx->mapping;
    m_savingNow = true;
    m_saving.setFuture(QtConcurrent::run([store, name, mapping] { return saveMappingProfile(store, name, mapping); }));
}

} // namespace lb::app
