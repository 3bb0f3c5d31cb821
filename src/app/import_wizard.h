#pragma once

// ImportWizard: brings a data file into the open store in five steps — the file, its layer and
// what it holds; the field mapping (with saved profiles, coordinate columns and CRS); the mapping
// of category values to the taxonomy; a preview of the first rows as they will be stored or why
// they would be rejected; and the import itself with progress, cancel and a summary of rejects.
//
// Everything that reads the file or the store runs on worker threads, each with its own Store
// (store.h), so the wizard never blocks the window. Closing the wizard cancels a running import,
// which then rolls back. File and message dialogs go through the DialogService.
//
// GUI thread only. The wizard does not own the DialogService, which must outlive it.

#include "app/import_context.h"

#include <QFutureWatcher>
#include <QWizard>

namespace lb::app {

class DialogService;
class ImportFilePage;
class ImportMappingPage;
class ImportCategoryPage;
class ImportPreviewPage;
class ImportRunPage;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, CategoryPageId, PreviewPageId, RunPageId };

    ImportWizard(const QString &storePath, DialogService *dialogs, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts with this file chosen (drag and drop, tests); it is probed at once.
    void setSourceFile(const QString &path);

    ImportContext &context() { return m_context; }
    const ImportContext &context() const { return m_context; }
    // True while a worker reads the file or the store, or an import runs.
    bool isBusy() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCategoryPage *categoryPage() const { return m_categoryPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    // Re-reads the saved profiles (after one was saved).
    void reloadStoreInfo();

Q_SIGNALS:
    void storeInfoLoaded();
    // An import finished and wrote batch `batchId` (not sent when canceled or failed).
    void imported(qint64 batchId);

protected:
    void reject() override;

private:
    void onStoreInfo();

    ImportContext m_context;
    QFutureWatcher<ImportStoreInfo> m_storeInfo;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportCategoryPage *m_categoryPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    bool m_closeWhenDone = false;
    bool m_readingStore = false;
};

} // namespace lb::app
