#pragma once

// DemoTask: builds the demo store on a worker thread and shows its progress in a non-blocking
// progress dialog whose Cancel button stops the build (the builder then leaves no file behind).
// Create and start on the GUI thread; finished() arrives there with an empty error on success.
// The task deletes nothing itself: the owner deletes it after finished().

#include "core/feedback.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace lb::app {

// False when the program was built without the demo generator.
bool demoAvailable();

class DemoTask : public QObject {
    Q_OBJECT
public:
    DemoTask(QString path, QWidget *parent);
    ~DemoTask() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const QString &error);

private:
    void onProgress(double percent, const QString &message);
    void onDone();

    QString m_path;
    QWidget *m_parentWidget = nullptr;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<QString> m_watcher;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace lb::app
