#include "app/finding_panel.h"

#include "app/dialog_service.h"
#include "app/finding_commands.h"
#include "app/finding_dialog.h"
#include "app/finding_map_tool.h"
#include "app/finding_photo_commands.h"
#include "app/finding_session.h"
#include "app/main_window.h"
#include "app/shared_store.h"
#include "ui_finding_panel.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QUndoStack>

namespace lb::app {

namespace {
QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

FindingPanel::FindingPanel(FindingSession *session, DialogService *dialogs, QWidget *parent)
    : QDockWidget(tr("Finding"), parent)
    , m_ui(std::make_unique<Ui::FindingPanelForm>())
    , m_session(session)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("findingDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    setWidget(body);
    for (FindingStatus s :
         {FindingStatus::Open, FindingStatus::InProgress, FindingStatus::Fixed, FindingStatus::Rejected})
        m_ui->statusCombo->addItem(sentenceCase(findingStatusLabel(s)), static_cast<int>(s));
    m_ui->dueEdit->setEnabled(false);
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueEdit, &QWidget::setEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &FindingPanel::save);
    connect(m_ui->addPhotoButton, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->openFileName(this, tr("Add a photo"), QString(),
                                                     tr("Images (*.jpg *.jpeg *.png);;All files (*)"));
        if (!path.isEmpty())
            addPhoto(path);
    });
    connect(m_ui->removePhotoButton, &QPushButton::clicked, this, &FindingPanel::removeSelectedPhoto);
    connect(session, &FindingSession::selectionChanged, this, [this](std::optional<FeatureId> id) {
        showFinding(id);
        if (id) {
            QDockWidget::show();
            raise();
        }
    });
    connect(session, &FindingSession::changed, this, [this] { showFinding(m_session->selected()); });
    connect(session, &FindingSession::failed, this, [this](const QString &message) { showMessage(message, true); });
    showFinding(std::nullopt);
}

FindingPanel::~FindingPanel() = default;

FindingPanel *FindingPanel::install(MainWindow *window, QMenu *editMenu)
{
    auto *session = new FindingSession(window);
    auto *panel = new FindingPanel(session, window->dialogs(), window);
    panel->m_tool = new FindingMapTool(window, session);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();

    QAction *undo = session->undoStack()->createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = session->undoStack()->createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(panel->m_tool->addAction());
    editMenu->addAction(panel->m_tool->selectAction());
    editMenu->addAction(panel->m_tool->deleteAction());
    connect(window, &MainWindow::storeOpened, panel, [panel, window] {
        panel->m_kinds = panel->m_session->kinds();
        panel->m_walks = window->mapData() ? window->mapData()->walks : std::vector<Walk>{};
        // Another user's change read in while this user types: the form keeps what was typed, and
        // saving it shows both versions side by side.
        if (panel->m_session->isShared() && panel->m_shown && panel->m_shown->id == panel->m_session->selected() &&
            panel->hasUnsavedEdits())
            return;
        panel->showFinding(panel->m_session->selected());
    });
    return panel;
}

void FindingPanel::showFinding(std::optional<FeatureId> id)
{
    m_shown.reset();
    m_ui->photoList->clear();
    if (id) {
        auto f = m_session->finding(*id);
        if (f)
            m_shown = std::move(*f);
        else
            showMessage(f.errorMessage(), true);
    }
    m_ui->editor->setEnabled(m_shown && m_session->canEdit());
    m_ui->photoBox->setEnabled(m_shown && m_session->canEdit() && !m_session->isShared());
    m_ui->photoBox->setToolTip(m_session->isShared() ? notOnSharedStore() : QString());
    if (!m_shown) {
        m_ui->titleLabel->setText(tr("Choose Edit › Select and move findings, then click a finding on the map."));
        m_ui->statusDateLabel->clear();
        m_ui->statusDateLabel->hide();
        return;
    }
    fill(*m_shown);
    loadPhotos();
}

void FindingPanel::fill(const WalkFinding &f)
{
    const QLocale locale;
    QString title = tr("<b>Finding %1</b> at E %2, N %3")
                        .arg(f.id)
                        .arg(locale.toString(f.position.x, 'f', 0), locale.toString(f.position.y, 'f', 0));
    for (const Walk &w : m_walks)
        if (w.id == f.walkId)
            title += QStringLiteral("<br>") +
                     tr("Walk: %1, %2").arg(w.name.toHtmlEscaped(), locale.toString(w.date, QLocale::ShortFormat));
    if (f.pointNumber > 0)
        title += QStringLiteral("<br>") + tr("Point %1 on the walk").arg(f.pointNumber);
    m_ui->titleLabel->setText(title);
    m_ui->kindCombo->clear();
    for (const FindingKind &k : m_kinds)
        m_ui->kindCombo->addItem(localizedLabel(k.labelSv, k.labelEn), k.code);
    if (m_ui->kindCombo->findData(f.kind) < 0)
        m_ui->kindCombo->addItem(f.kind, f.kind);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(f.kind));
    m_ui->descriptionEdit->setPlainText(f.description);
    m_ui->responsibleCombo->clear();
    m_ui->responsibleCombo->addItems(m_session->responsibles());
    m_ui->responsibleCombo->setEditText(f.responsible);
    m_ui->dueCheck->setChecked(f.dueDate.isValid());
    m_ui->dueEdit->setDate(f.dueDate.isValid() ? f.dueDate : QDate::currentDate().addMonths(1));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(f.status)));
    QString since;
    if (f.status == FindingStatus::Fixed && f.fixedDate.isValid())
        since = tr("Fixed on %1").arg(locale.toString(f.fixedDate, QLocale::ShortFormat));
    else if (f.statusChangedOn.isValid())
        since = tr("Status since %1").arg(locale.toString(f.statusChangedOn, QLocale::ShortFormat));
    m_ui->statusDateLabel->setText(since);
    m_ui->statusDateLabel->setVisible(!since.isEmpty());
}

void FindingPanel::loadPhotos()
{
    m_ui->photoList->clear();
    auto photos = m_session->photos(m_shown->id, true);
    if (!photos) {
        showMessage(photos.errorMessage(), true);
        return;
    }
    const QSize size = m_ui->photoList->iconSize();
    for (const store::FindingPhoto &p : *photos) {
        const QImage image = QImage::fromData(p.data);
        QPixmap thumb(size);
        thumb.fill(Qt::transparent);
        if (!image.isNull())
            thumb = QPixmap::fromImage(image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        auto *item = new QListWidgetItem(QIcon(thumb), p.fileName, m_ui->photoList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(p.id));
        item->setToolTip(tr("%1, %2 kB, added %3")
                             .arg(p.fileName, QLocale().toString(double(p.size) / 1024.0, 'f', 0),
                                  QLocale().toString(p.addedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

namespace {
WalkFinding withStatus(WalkFinding f, FindingStatus status)
{
    f.status = status; // a status change is a command of its own
    return f;
}
} // namespace

bool FindingPanel::save()
{
    if (!m_shown || !m_session->canEdit())
        return false;
    const WalkFinding before = *m_shown;
    const WalkFinding after = fromForm();
    const FindingStatus status = after.status;
    const bool fields = after.kind != before.kind || after.description != before.description ||
                        after.responsible != before.responsible || after.dueDate != before.dueDate;
    const bool statusChanged = status != before.status;
    if (!fields && !statusChanged) {
        showMessage(tr("Nothing has changed."));
        return false;
    }
    if (m_session->isShared())
        return saveShared(after, status);
    QUndoStack *stack = m_session->undoStack();
    const int index = stack->index();
    stack->beginMacro(tr("Edit finding %1").arg(before.id));
    if (fields)
        stack->push(new EditFindingCommand(m_session, before, withStatus(after, before.status)));
    if (statusChanged)
        stack->push(new ChangeStatusCommand(m_session, before.id, status, QDate::currentDate()));
    stack->endMacro();
    const bool saved = stack->index() > index; // after an undo the macro replaces the undone step
    if (saved)
        showMessage(tr("Saved. Edit › Undo takes it back."));
    return saved;
}

WalkFinding FindingPanel::fromForm() const
{
    WalkFinding after = *m_shown;
    after.kind = m_ui->kindCombo->currentData().toString();
    after.description = m_ui->descriptionEdit->toPlainText().trimmed();
    after.responsible = m_ui->responsibleCombo->currentText().trimmed();
    after.dueDate = m_ui->dueCheck->isChecked() ? m_ui->dueEdit->date() : QDate();
    after.status = static_cast<FindingStatus>(m_ui->statusCombo->currentData().toInt());
    return after;
}

bool FindingPanel::hasUnsavedEdits() const
{
    if (!m_shown)
        return false;
    const WalkFinding now = fromForm();
    return now.kind != m_shown->kind || now.description != m_shown->description ||
           now.responsible != m_shown->responsible || now.dueDate != m_shown->dueDate || now.status != m_shown->status;
}

bool FindingPanel::saveShared(WalkFinding after, FindingStatus status)
{
    after.status = status;
    switch (m_session->saveShared(after)) {
    case FindingSession::SharedSave::Saved:
        showMessage(tr("Saved in the shared store."));
        return true;
    case FindingSession::SharedSave::TookTheirs:
        showMessage(tr("Your changes were dropped; the finding shows the other change."));
        return false;
    case FindingSession::SharedSave::Canceled:
        showMessage(tr("Not saved: someone else changed the finding meanwhile. Your changes are still in the form."),
                    true);
        return false;
    case FindingSession::SharedSave::Failed:
        break; // the session said why
    }
    return false;
}

bool FindingPanel::addPhoto(const QString &path)
{
    if (!m_shown)
        return false;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    // Refused before reading: a video picked by mistake is not read into memory.
    if (file.size() > store::FindingEditor::kMaxPhotoBytes) {
        showMessage(tr("The photo %1 is %2 MB; photos of at most %3 MB can be attached.")
                        .arg(name, QLocale().toString(double(file.size()) / (1024.0 * 1024.0), 'f', 1),
                             QLocale().toString(store::FindingEditor::kMaxPhotoBytes / (1024 * 1024))),
                    true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    QUndoStack *stack = m_session->undoStack();
    // The stack's index, not its count: after an undo a push replaces the undone step.
    const int index = stack->index();
    stack->push(new AddPhotoCommand(m_session, m_shown->id, name, file.readAll()));
    if (stack->index() == index)
        return false; // refused; the session said why
    showMessage(tr("Added the photo %1. Edit › Undo takes it back.").arg(name));
    return true;
}

bool FindingPanel::removeSelectedPhoto()
{
    QListWidgetItem *item = m_ui->photoList->currentItem();
    if (!item || !m_shown)
        return false;
    const qint64 photoId = item->data(Qt::UserRole).toLongLong();
    auto photos = m_session->photos(m_shown->id, true);
    if (!photos) {
        showMessage(photos.errorMessage(), true);
        return false;
    }
    for (const store::FindingPhoto &p : *photos) {
        if (p.id != photoId)
            continue;
        QUndoStack *stack = m_session->undoStack();
        const int index = stack->index();
        stack->push(new RemovePhotoCommand(m_session, p));
        if (stack->index() == index)
            return false;
        showMessage(tr("Removed the photo %1. Edit › Undo puts it back.").arg(p.fileName));
        return true;
    }
    return false;
}

void FindingPanel::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a03000") : QString());
    m_ui->messageLabel->setText(text);
}

} // namespace lb::app
