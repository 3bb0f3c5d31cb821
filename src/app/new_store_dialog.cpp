#include "app/new_store_dialog.h"

#include "app/dialog_service.h"
#include "io/district_import.h"
#include "io/store_creation.h"
#include "render/base_map_list.h"
#include "store/store.h"

#include "ui_new_store_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace lb::app {

NewStoreDialog::NewStoreDialog(DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewStoreDialogForm>())
    , m_dialogs(dialogs)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newStoreDialog"));
    m_create = m_ui->buttonBox->addButton(tr("C&reate store"), QDialogButtonBox::AcceptRole);

    const QLocale locale;
    if (auto all = io::swedishMunicipalities()) {
        m_municipalities = std::move(*all);
        for (const io::Municipality &m : m_municipalities) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2), %3 residents").arg(m.name, m.code, locale.toString(static_cast<qlonglong>(m.population))),
                m_ui->municipalityList);
            item->setData(Qt::UserRole, m.code);
            item->setData(Qt::UserRole + 1, m.name);
        }
    } else {
        m_ui->errorLabel->setText(all.errorMessage());
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &NewStoreDialog::filter);
    connect(m_ui->municipalityList, &QListWidget::currentItemChanged, this, [this] {
        // Suggest a file name from the municipality until the user types their own.
        if (QListWidgetItem *item = m_ui->municipalityList->currentItem())
            suggestPath(item->data(Qt::UserRole + 1).toString());
        updateButton();
    });
    connect(m_ui->boundaryRadio, &QRadioButton::toggled, this, &NewStoreDialog::updateButton);
    connect(m_ui->boundaryEdit, &QLineEdit::textChanged, this, [this](const QString &file) {
        if (!file.trimmed().isEmpty())
            suggestPath(QFileInfo(file.trimmed()).completeBaseName());
        updateButton();
    });
    connect(m_ui->boundaryBrowse, &QPushButton::clicked, this, [this] {
        const QString file = m_dialogs->openFileName(
            this, tr("Choose the municipality's boundary"), m_ui->boundaryEdit->text(),
            tr("GIS vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_ui->boundaryEdit->setText(file);
    });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &NewStoreDialog::updateButton);
    connect(m_ui->pathBrowse, &QPushButton::clicked, this, &NewStoreDialog::choosePath);
    connect(m_ui->osmBrowse, &QPushButton::clicked, this, [this] {
        const QString file = m_dialogs->openFileName(this, tr("Choose an OpenStreetMap extract"), m_ui->osmEdit->text(),
                                                     tr("OpenStreetMap (*.osm.pbf *.pbf *.osm)"));
        if (!file.isEmpty())
            m_ui->osmEdit->setText(file);
    });
    connect(m_ui->districtsBrowse, &QPushButton::clicked, this, [this] {
        const QString file = m_dialogs->openFileName(
            this, tr("Choose the districts"), m_ui->districtsEdit->text(),
            tr("GIS vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            setDistrictsFile(file);
    });
    connect(m_ui->districtsEdit, &QLineEdit::editingFinished, this,
            [this] { setDistrictsFile(m_ui->districtsEdit->text()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewStoreDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

NewStoreDialog::~NewStoreDialog() = default;

QLineEdit *NewStoreDialog::filterEdit() const
{
    return m_ui->filterEdit;
}
QListWidget *NewStoreDialog::list() const
{
    return m_ui->municipalityList;
}
QLineEdit *NewStoreDialog::pathEdit() const
{
    return m_ui->pathEdit;
}
QLabel *NewStoreDialog::errorLabel() const
{
    return m_ui->errorLabel;
}
QRadioButton *NewStoreDialog::boundaryRadio() const
{
    return m_ui->boundaryRadio;
}
QLineEdit *NewStoreDialog::boundaryEdit() const
{
    return m_ui->boundaryEdit;
}
QLineEdit *NewStoreDialog::osmEdit() const
{
    return m_ui->osmEdit;
}
QCheckBox *NewStoreDialog::tilesCheck() const
{
    return m_ui->tilesCheck;
}
QComboBox *NewStoreDialog::districtNameCombo() const
{
    return m_ui->districtNameCombo;
}

void NewStoreDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidget *list = m_ui->municipalityList;
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const bool show = wanted.isEmpty() || item->data(Qt::UserRole).toString().startsWith(wanted) ||
                          item->data(Qt::UserRole + 1).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && !firstVisible)
            firstVisible = item;
    }
    if (firstVisible && (!list->currentItem() || list->currentItem()->isHidden()))
        list->setCurrentItem(firstVisible);
}

void NewStoreDialog::suggestPath(const QString &baseName)
{
    if (m_ui->pathEdit->text().isEmpty() || !m_ui->pathEdit->isModified())
        m_ui->pathEdit->setText(QDir::home().filePath(baseName.toLower() + QStringLiteral(".gpkg")));
}

void NewStoreDialog::choosePath()
{
    const QString path = m_dialogs->saveFileName(this, tr("Save the new store as"), m_ui->pathEdit->text(),
                                                 tr("Lägesbild store (*.gpkg)"));
    if (path.isEmpty())
        return;
    m_ui->pathEdit->setText(
        path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".gpkg"));
    m_ui->pathEdit->setModified(true);
}

void NewStoreDialog::setDistrictsFile(const QString &path)
{
    const QString file = path.trimmed();
    if (m_ui->districtsEdit->text() != file)
        m_ui->districtsEdit->setText(file);
    QComboBox *names = m_ui->districtNameCombo;
    names->clear();
    names->setEnabled(false);
    m_ui->errorLabel->clear();
    if (file.isEmpty())
        return;
    const auto fields = io::districtNameFields(file);
    if (!fields) {
        m_ui->errorLabel->setText(fields.errorMessage());
        return;
    }
    names->addItems(fields->fields);
    names->setCurrentIndex(std::max(0, int(fields->fields.indexOf(fields->suggested))));
    names->setEnabled(!fields->fields.isEmpty());
}

void NewStoreDialog::updateButton()
{
    const bool fromList = !m_ui->boundaryRadio->isChecked();
    QListWidgetItem *item = m_ui->municipalityList->currentItem();
    const bool source = fromList ? item && !item->isHidden() : !m_ui->boundaryEdit->text().trimmed().isEmpty();
    m_create->setEnabled(source && !m_ui->pathEdit->text().trimmed().isEmpty());
}

void NewStoreDialog::accept()
{
    if (!m_create->isEnabled())
        return;
    // Made already when only its districts failed: then only the districts are tried again.
    if (m_created.isEmpty()) {
        io::NewStoreRequest request;
        request.path = m_ui->pathEdit->text().trimmed();
        if (m_ui->boundaryRadio->isChecked())
            request.boundaryFile = m_ui->boundaryEdit->text().trimmed();
        else
            request.municipality = m_ui->municipalityList->currentItem()->data(Qt::UserRole).toString();
        request.osmFile = m_ui->osmEdit->text().trimmed();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto created = io::createStore(request);
        QApplication::restoreOverrideCursor();
        if (!created) {
            m_ui->errorLabel->setText(created.errorMessage());
            return;
        }
        if (m_ui->tilesCheck->isChecked()) {
            auto st = store::Store::open(request.path, store::Store::Mode::ReadWrite);
            const Status written =
                st ? render::writeBaseMaps(
                         **st, request.path,
                         {render::baseMapEntryFor(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))})
                   : Status(st.error());
            if (!written) {
                m_ui->errorLabel->setText(written.errorMessage());
                return;
            }
        }
        m_created = request.path;
    }
    if (!importDistricts(m_created))
        return; // the store exists; the dialog stays open with the reason
    QDialog::accept();
}

bool NewStoreDialog::importDistricts(const QString &storePath)
{
    const QString file = m_ui->districtsEdit->text().trimmed();
    if (file.isEmpty() || m_districts > 0)
        return true;
    auto st = store::Store::open(storePath, store::Store::Mode::ReadWrite);
    if (!st) {
        m_ui->errorLabel->setText(st.errorMessage());
        return false;
    }
    Feedback feedback;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = io::importDistricts(**st, file, m_ui->districtNameCombo->currentText(), feedback);
    QApplication::restoreOverrideCursor();
    if (!summary || summary->accepted == 0) {
        m_ui->errorLabel->setText(
            tr("The store %1 was made, but no districts were imported: %2")
                .arg(QFileInfo(storePath).fileName(),
                     summary ? tr("every feature was rejected; see File › Import batches.") : summary.errorMessage()));
        return false;
    }
    m_districts = summary->accepted;
    if (summary->rejected > 0 && m_dialogs)
        m_dialogs->showInformation(this, windowTitle(),
                                   tr("%n district(s) imported; %1 rejected, with their reasons in File › Import "
                                      "batches.",
                                      nullptr, int(summary->accepted))
                                       .arg(QLocale().toString(summary->rejected)));
    return true;
}

QString runNewStoreDialog(QWidget *parent, DialogService *dialogs, qint64 *districts)
{
    NewStoreDialog dialog(dialogs, parent);
    dialog.exec();
    if (districts)
        *districts = dialog.districtsImported();
    // A store made before its districts failed is kept, and opened even when the user then
    // closes the dialog: the districts can be imported later.
    return dialog.createdPath();
}

} // namespace lb::app
