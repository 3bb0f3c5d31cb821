#include "app/shared_store_dialog.h"

#include "app/shared_store.h"

#include "ui_shared_store_dialog.h"

#include <QPushButton>
#include <QUrl>

namespace lb::app {

SharedStoreDialog::SharedStoreDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SharedStoreDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sharedStoreDialog"));
    const QStringList recent = recentSharedStores();
    m_ui->recentCombo->addItem(recent.isEmpty() ? tr("None yet") : tr("Choose…"));
    m_ui->recentCombo->addItems(recent);
    m_ui->recentCombo->setEnabled(!recent.isEmpty());
    connect(m_ui->recentCombo, &QComboBox::activated, this, &SharedStoreDialog::showRecent);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->urlEdit})
        connect(edit, &QLineEdit::textChanged, this, &SharedStoreDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SharedStoreDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

SharedStoreDialog::~SharedStoreDialog() = default;

QString SharedStoreDialog::connectionString() const
{
    const QString pasted = m_ui->urlEdit->text().trimmed();
    if (!pasted.isEmpty())
        return pasted;
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    if (m_ui->portSpin->value() != 5432)
        url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    QString text = url.toString(QUrl::FullyEncoded);
    if (m_ui->hostEdit->text().trimmed().isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(QLatin1String("postgresql:/"), QLatin1String("postgresql:///")); // the local server
    return text;
}

void SharedStoreDialog::setFields(const QString &host, int port, const QString &database, const QString &user)
{
    m_ui->hostEdit->setText(host);
    m_ui->portSpin->setValue(port);
    m_ui->databaseEdit->setText(database);
    m_ui->userEdit->setText(user);
}

void SharedStoreDialog::setConnectionString(const QString &url)
{
    m_ui->urlEdit->setText(url);
}

void SharedStoreDialog::showRecent(int index)
{
    if (index > 0)
        m_ui->urlEdit->setText(m_ui->recentCombo->itemText(index));
}

void SharedStoreDialog::updateEnabled()
{
    const QString url = connectionString();
    const bool ok = !url.isEmpty() && isSharedStore(url);
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(ok);
    m_ui->messageLabel->setText(!m_ui->urlEdit->text().trimmed().isEmpty() && !ok
                                    ? tr("A connection string begins with postgresql://")
                                    : QString());
}

void SharedStoreDialog::accept()
{
    const QString url = connectionString();
    if (url.isEmpty() || !isSharedStore(url))
        return;
    QDialog::accept();
}

} // namespace lb::app
