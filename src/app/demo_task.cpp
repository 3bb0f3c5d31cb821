#include "app/demo_task.h"

#ifdef LB_HAVE_DEMO
#include "demo/demo_builder.h"
#endif

#include <QCoreApplication>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

bool demoAvailable()
{
#ifdef LB_HAVE_DEMO
    return true;
#else
    return false;
#endif
}

DemoTask::DemoTask(QString path, QWidget *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_parentWidget(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &DemoTask::onDone);
}

DemoTask::~DemoTask()
{
    if (m_watcher.isRunning()) {
        m_feedback->cancel();
        m_watcher.waitForFinished();
    }
    delete m_dialog;
}

void DemoTask::start()
{
    // The dialog is shown, not exec()'d: the event loop keeps running and nothing blocks.
    m_dialog = new QProgressDialog(tr("Creating the demo store…"), tr("Cancel"), 0, 100, m_parentWidget);
    m_dialog->setObjectName(QStringLiteral("demoProgress"));
    m_dialog->setWindowTitle(tr("Create the demo store"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &DemoTask::cancel);

    // Progress is reported on the worker; the dialog is updated through the event loop.
    QPointer<DemoTask> self(this);
    m_feedback = std::make_shared<Feedback>([self](double percent, const QString &message) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, percent, message] {
                if (self)
                    self->onProgress(percent, message);
            },
            Qt::QueuedConnection);
    });
    const QString path = m_path;
    const std::shared_ptr<Feedback> feedback = m_feedback;
    m_watcher.setFuture(QtConcurrent::run([path, feedback]() -> QString {
#ifdef LB_HAVE_DEMO
        const Status status = demo::buildDemoStore(path, demo::DemoOptions{}, *feedback);
        if (feedback->isCanceled())
            return tr("Creating the demo store was canceled.");
        return status.ok() ? QString() : status.errorMessage();
#else
        Q_UNUSED(path);
        Q_UNUSED(feedback);
        return tr("This build of Lägesbild has no demo generator.");
#endif
    }));
}

void DemoTask::cancel()
{
    if (m_feedback)
        m_feedback->cancel();
}

void DemoTask::onProgress(double percent, const QString &message)
{
    if (!m_dialog)
        return;
    m_dialog->setValue(int(percent));
    if (!message.isEmpty())
        m_dialog->setLabelText(message);
}

void DemoTask::onDone()
{
    if (m_dialog)
        m_dialog->close();
    Q_EMIT finished(m_watcher.result());
}

} // namespace lb::app
