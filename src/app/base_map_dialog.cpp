#include "app/base_map_dialog.h"

#include "app/dialog_service.h"
#include "ui_base_map_dialog.h"

#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace lb::app {

namespace {
const QString osmTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

BaseMapDialog::BaseMapDialog(DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_ui(std::make_unique<Ui::BaseMapDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("baseMapDialog"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BaseMapDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &BaseMapDialog::reject);
    connect(m_ui->fileRadio, &QRadioButton::toggled, this, &BaseMapDialog::updateEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = m_ui->pathEdit->text().isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                : QFileInfo(m_ui->pathEdit->text()).absolutePath();
        const QString path = m_dialogs->openFileName(
            this, tr("Choose a background map"), dir,
            tr("Maps (*.tif *.tiff *.jpg *.png *.jp2 *.ecw *.mbtiles *.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf);;"
               "All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_ui->osmButton, &QPushButton::clicked, this,
            [this] { setTileAddress(osmTemplate, QStringLiteral("© OpenStreetMap contributors")); });
    updateEnabled();
}

BaseMapDialog::~BaseMapDialog() = default;

void BaseMapDialog::setFile(const QString &path)
{
    m_ui->fileRadio->setChecked(true);
    m_ui->pathEdit->setText(path);
    if (m_ui->titleEdit->text().isEmpty())
        m_ui->titleEdit->setText(QFileInfo(path).fileName());
}

void BaseMapDialog::setTileAddress(const QString &urlTemplate, const QString &attribution)
{
    m_ui->tilesRadio->setChecked(true);
    m_ui->urlEdit->setText(urlTemplate);
    const render::BaseMapEntry guess = render::baseMapEntryFor(urlTemplate);
    m_ui->attributionEdit->setText(attribution.isEmpty() ? guess.attribution : attribution);
    if (m_ui->titleEdit->text().isEmpty())
        m_ui->titleEdit->setText(guess.title);
}

void BaseMapDialog::updateEnabled()
{
    const bool file = m_ui->fileRadio->isChecked();
    m_ui->pathEdit->setEnabled(file);
    m_ui->browseButton->setEnabled(file);
    m_ui->urlEdit->setEnabled(!file);
    m_ui->osmButton->setEnabled(!file);
    m_ui->networkNote->setEnabled(!file);
}

void BaseMapDialog::accept()
{
    if (m_ui->fileRadio->isChecked()) {
        const QString path = m_ui->pathEdit->text().trimmed();
        if (!QFileInfo(path).isFile()) {
            m_ui->errorLabel->setText(tr("Choose a map file that exists."));
            return;
        }
        m_entry = render::baseMapEntryFor(path);
    } else {
        const QString url = m_ui->urlEdit->text().trimmed();
        const QString scheme = QUrl(url).scheme();
        if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            !url.contains(QLatin1String("{z}")) || !url.contains(QLatin1String("{x}")) ||
            !url.contains(QLatin1String("{y}"))) {
            m_ui->errorLabel->setText(tr("A tile address starts with https:// and contains {z}, {x} and {y}."));
            return;
        }
        m_entry = render::baseMapEntryFor(url);
    }
    m_entry.attribution = m_ui->attributionEdit->text().trimmed();
    if (!m_ui->titleEdit->text().trimmed().isEmpty())
        m_entry.title = m_ui->titleEdit->text().trimmed();
    QDialog::accept();
}

} // namespace lb::app
