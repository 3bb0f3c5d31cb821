#include "app/new_store_dialog.h"

#include "app/dialog_service.h"
#include "io/store_creation.h"
#include "render/base_map_list.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::app {

NewStoreDialog::NewStoreDialog(DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("newStoreDialog"));
    setWindowTitle(tr("New store"));
    resize(520, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose your municipality. Its boundary and population (Statistics Sweden, 2024) "
                                "come with the program; you can import districts right after."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search by name or code, e.g. Södertälje or 0181"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("The new store file (.gpkg)"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Save as:"), pathRow);
    auto *osmRow = new QHBoxLayout;
    m_osm = new QLineEdit(this);
    m_osm->setPlaceholderText(tr("Optional: an OpenStreetMap extract (.osm.pbf) for roads and water"));
    auto *osmBrowse = new QPushButton(tr("C&hoose…"), this);
    osmRow->addWidget(m_osm, 1);
    osmRow->addWidget(osmBrowse);
    form->addRow(tr("Background:"), osmRow);
    m_tiles = new QCheckBox(tr("Also show OpenStreetMap's map tiles (fetched over the internet)"), this);
    form->addRow(QString(), m_tiles);
    layout->addLayout(form);
    connect(osmBrowse, &QPushButton::clicked, this, [this] {
        const QString file = m_dialogs->openFileName(this, tr("Choose an OpenStreetMap extract"), m_osm->text(),
                                                     tr("OpenStreetMap (*.osm.pbf *.pbf *.osm)"));
        if (!file.isEmpty())
            m_osm->setText(file);
    });

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate store"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    const QLocale locale;
    if (auto all = io::swedishMunicipalities()) {
        m_municipalities = std::move(*all);
        for (const io::Municipality &m : m_municipalities) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2), %3 residents").arg(m.name, m.code, locale.toString(static_cast<qlonglong>(m.population))),
                m_list);
            item->setData(Qt::UserRole, m.code);
            item->setData(Qt::UserRole + 1, m.name);
        }
    } else {
        m_error->setText(all.errorMessage());
    }

    connect(m_filter, &QLineEdit::textChanged, this, &NewStoreDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        // Suggest a file name from the municipality until the user types their own.
        if (m_list->currentItem() && (m_path->text().isEmpty() || !m_path->isModified()))
            m_path->setText(QDir::home().filePath(m_list->currentItem()->data(Qt::UserRole + 1).toString().toLower() +
                                                  QStringLiteral(".gpkg")));
        updateButton();
    });
    connect(m_path, &QLineEdit::textChanged, this, &NewStoreDialog::updateButton);
    connect(browse, &QPushButton::clicked, this, &NewStoreDialog::choosePath);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void NewStoreDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool show = wanted.isEmpty() || item->data(Qt::UserRole).toString().startsWith(wanted) ||
                          item->data(Qt::UserRole + 1).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && !firstVisible)
            firstVisible = item;
    }
    if (firstVisible && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstVisible);
}

void NewStoreDialog::choosePath()
{
    const QString path =
        m_dialogs->saveFileName(this, tr("Save the new store as"), m_path->text(), tr("Lägesbild store (*.gpkg)"));
    if (path.isEmpty())
        return;
    m_path->setText(path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".gpkg"));
    m_path->setModified(true);
}

void NewStoreDialog::updateButton()
{
    m_create->setEnabled(m_list->currentItem() && !m_list->currentItem()->isHidden() &&
                         !m_path->text().trimmed().isEmpty());
}

void NewStoreDialog::accept()
{
    if (!m_create->isEnabled())
        return;
    io::NewStoreRequest request;
    request.path = m_path->text().trimmed();
    request.municipality = m_list->currentItem()->data(Qt::UserRole).toString();
    request.osmFile = m_osm->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = io::createStore(request);
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_error->setText(created.errorMessage());
        return;
    }
    if (m_tiles->isChecked()) {
        auto st = store::Store::open(request.path, store::Store::Mode::ReadWrite);
        const Status written =
            st ? render::writeBaseMaps(
                     **st, request.path,
                     {render::baseMapEntryFor(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))})
               : Status(st.error());
        if (!written) {
            m_error->setText(written.errorMessage());
            return;
        }
    }
    m_created = request.path;
    QDialog::accept();
}

QString runNewStoreDialog(QWidget *parent, DialogService *dialogs)
{
    NewStoreDialog dialog(dialogs, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.createdPath() : QString();
}

} // namespace lb::app
