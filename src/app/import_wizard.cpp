#include "app/import_wizard.h"

#include "app/dialog_service.h"
#include "app/import_category_page.h"
#include "app/import_file_page.h"
#include "app/import_mapping_page.h"
#include "app/import_preview_page.h"
#include "app/import_run_page.h"
#include "app/import_tasks.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

ImportWizard::ImportWizard(const QString &storePath, DialogService *dialogs, QWidget *parent)
    : QWizard(parent)
{
    m_context.storePath = storePath;
    m_context.dialogs = dialogs;
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import data into %1").arg(QFileInfo(storePath).completeBaseName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(820, 600);
    resize(980, 700);

    m_filePage = new ImportFilePage(&m_context, this);
    m_mappingPage = new ImportMappingPage(&m_context, this);
    m_categoryPage = new ImportCategoryPage(&m_context, this);
    m_previewPage = new ImportPreviewPage(&m_context, this);
    m_runPage = new ImportRunPage(&m_context, this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CategoryPageId, m_categoryPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);

    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
    connect(m_runPage, &ImportRunPage::runFinished, this, [this] {
        // A close asked for while the import was still rolling back happens now.
        if (m_closeWhenDone)
            QWizard::reject();
    });
    // The first page can go on only once the store has been read.
    connect(this, &ImportWizard::storeInfoLoaded, m_filePage, &QWizardPage::completeChanged);
    connect(m_mappingPage, &ImportMappingPage::profileSaved, this, &ImportWizard::reloadStoreInfo);
    connect(&m_storeInfo, &QFutureWatcher<ImportStoreInfo>::finished, this, &ImportWizard::onStoreInfo);
    reloadStoreInfo();
}

ImportWizard::~ImportWizard()
{
    m_storeInfo.waitForFinished();
}

void ImportWizard::reloadStoreInfo()
{
    if (m_readingStore)
        return;
    m_readingStore = true;
    const QString path = m_context.storePath;
    m_storeInfo.setFuture(QtConcurrent::run([path] { return readImportStoreInfo(path); }));
}

void ImportWizard::onStoreInfo()
{
    m_readingStore = false;
    m_context.store = m_storeInfo.result();
    m_context.storeLoaded = m_context.store.error.isEmpty();
    if (!m_context.storeLoaded)
        m_context.dialogs->showError(
            this, tr("Import data"),
            tr("Cannot read the store %1:\n%2").arg(m_context.storePath, m_context.store.error));
    Q_EMIT storeInfoLoaded();
}

void ImportWizard::setSourceFile(const QString &path)
{
    m_filePage->setFile(path);
}

bool ImportWizard::isBusy() const
{
    return m_readingStore || m_filePage->isProbing() || m_categoryPage->isScanning() || m_mappingPage->isSaving() ||
           m_previewPage->isLoading() || m_runPage->isRunning();
}

void ImportWizard::reject()
{
    // Closing during the import cancels it; the wizard closes once the transaction has rolled back,
    // so the store is never left half-written and the worker never outlives its wizard.
    if (m_runPage->isRunning()) {
        m_closeWhenDone = true;
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace lb::app
