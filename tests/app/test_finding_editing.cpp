// Editing safety-walk findings in the main window, headlessly on the sample store: the undo stack's
// commands, the map tools and the finding editor dock. What the store holds afterwards is read
// back with plain SQL on a connection of the test's own.

#include "app/dialog_service.h"
#include "app/edit_author.h"
#include "app/finding_commands.h"
#include "app/finding_dialog.h"
#include "app/finding_map_tool.h"
#include "app/finding_panel.h"
#include "app/finding_session.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/preferences_dialog.h"
#include "app/walk_panel.h"
#include "core/translations.h"
#include "store/edit_log.h"
#include "store/finding_edits.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/wait.h"
#include "ui_finding_dialog.h"
#include "ui_finding_panel.h"
#include "ui_preferences_dialog.h"
#include "ui_walk_panel.h"

#include "support/catch_qt.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

// A window showing the sample store (two findings: one open, one fixed), and SQL on the file.
struct EditingFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QuietDialogs dialogs;
    std::unique_ptr<app::MainWindow> window;
    app::FindingPanel *panel = nullptr;
    app::FindingSession *session = nullptr;

    EditingFixture()
    {
        REQUIRE(test::createSampleStore(path).ok());
        window = std::make_unique<app::MainWindow>(&dialogs);
        window->resize(1200, 800);
        window->show();
        window->openStore(path);
        REQUIRE(test::waitUntil([&] { return !window->isBusy() && window->canvas()->renderCount() > 0; }));
        panel = window->findChild<app::FindingPanel *>();
        REQUIRE(panel);
        session = panel->session();
        session->setAuthor(QStringLiteral("Test Testsson"));
    }
    std::int64_t count(const QString &sql) const
    {
        auto s = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(s.ok());
        return (*s)->database().queryInt(sql).value_or(-1);
    }
    QString text(const QString &sql) const
    {
        auto s = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(s.ok());
        return (*s)->database().queryText(sql).value_or(QString());
    }
    std::int64_t logCount() const
    {
        return count(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings'"));
    }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }
    void click(QPointF at, QPointF to) const
    {
        app::MapCanvas *canvas = window->canvas();
        QMouseEvent press(QEvent::MouseButtonPress, at, canvas->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(canvas, &press);
        if (to != at) {
            QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, to, canvas->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(canvas, &release);
    }
};

QString findingRow(const EditingFixture &fx, FeatureId id)
{
    return fx.text(QStringLiteral("SELECT kind || '|' || coalesce(description, '') || '|' || coalesce(responsible, '') "
                                  "|| '|' || status || '|' || coalesce(status_changed_on, '') || '|' || "
                                  "(SELECT CAST(round(minx) AS INTEGER) || ',' || CAST(round(miny) AS INTEGER) FROM "
                                  "rtree_walk_findings_geom WHERE id = fid) FROM "
                                  "walk_findings WHERE fid = %1")
                       .arg(id));
}
} // namespace

TEST_CASE("finding edits go through the undo stack into the store and its edit log, both ways", "[gui][findings]")
{
    EditingFixture fx;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings")) == 2);
    QUndoStack *stack = fx.session->undoStack();

    WalkFinding f;
    f.position = {604500.0, 6553500.0};
    f.kind = QStringLiteral("belysning");
    f.description = QStringLiteral("Mörk gångtunnel");
    f.responsible = QStringLiteral("Tekniska kontoret");
    auto *add = new app::AddFindingCommand(fx.session, f);
    stack->push(add);
    const FeatureId id = add->findingId();
    REQUIRE(id > 0);
    CHECK(findingRow(fx, id) == QStringLiteral("belysning|Mörk gångtunnel|Tekniska kontoret|open||604500,6553500"));
    CHECK(fx.window->mapData()->findings.size() == 3); // the map shows it at once

    stack->push(new app::MoveFindingCommand(fx.session, id, f.position, {604600.0, 6553450.0}));
    stack->push(new app::ChangeStatusCommand(fx.session, id, FindingStatus::InProgress, QDate::currentDate()));
    WalkFinding before = f;
    before.id = id;
    before.position = {604600.0, 6553450.0};
    before.status = FindingStatus::InProgress;
    before.statusChangedOn = QDate::currentDate();
    WalkFinding after = before;
    after.responsible = QStringLiteral("Bostadsbolaget");
    stack->push(new app::EditFindingCommand(fx.session, before, after));
    const QString edited =
        QStringLiteral("belysning|Mörk gångtunnel|Bostadsbolaget|in_progress|%1|604600,6553450").arg(today);
    CHECK(findingRow(fx, id) == edited);
    CHECK(fx.logCount() == 4);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings' AND author = "
                                  "'Test Testsson'")) == 4);

    // Edit › Undo four times, through the menu action and its Ctrl+Z shortcut.
    QAction *undo = fx.action("actionUndo");
    QAction *redo = fx.action("actionRedo");
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(redo->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    undo->trigger();
    CHECK(findingRow(fx, id) ==
          QStringLiteral("belysning|Mörk gångtunnel|Tekniska kontoret|in_progress|%1|604600,6553450").arg(today));
    CHECK(fx.text(QStringLiteral("SELECT json_extract(old_values, '$.responsible') || '>' || "
                                 "json_extract(new_values, '$.responsible') FROM edit_log ORDER BY id DESC LIMIT 1")) ==
          QStringLiteral("Bostadsbolaget>Tekniska kontoret"));
    undo->trigger();
    CHECK(findingRow(fx, id) == QStringLiteral("belysning|Mörk gångtunnel|Tekniska kontoret|open||604600,6553450"));
    undo->trigger();
    CHECK(findingRow(fx, id) == QStringLiteral("belysning|Mörk gångtunnel|Tekniska kontoret|open||604500,6553500"));
    undo->trigger();
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings WHERE fid = %1").arg(id)) == 0);
    CHECK(fx.window->mapData()->findings.size() == 2);
    CHECK(fx.logCount() == 8);
    CHECK_FALSE(undo->isEnabled());

    // Redo all four: the same finding, under the same fid, as it was.
    for (int i = 0; i < 4; ++i)
        redo->trigger();
    CHECK(findingRow(fx, id) == edited);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings")) == 3);
    CHECK(fx.count(
              QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'restore' AND feature_id = %1").arg(id)) ==
          1);
    CHECK(fx.logCount() == 12);

    // Delete the selected finding from the Edit menu, and undo it.
    fx.session->select(id);
    QAction *del = fx.action("actionDeleteFinding");
    REQUIRE(del->isEnabled());
    del->trigger();
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM walk_findings WHERE fid = %1").arg(id)) == 0);
    CHECK_FALSE(fx.session->selected());
    undo->trigger();
    CHECK(findingRow(fx, id) == edited);
    CHECK(fx.logCount() == 14);
}

TEST_CASE("a click with the add tool adds a finding there; the select tool drags it elsewhere", "[gui][findings]")
{
    EditingFixture fx;
    app::MapCanvas *canvas = fx.window->canvas();
    QAction *addTool = fx.action("actionAddFinding");
    REQUIRE(addTool);
    REQUIRE(addTool->isEnabled());
    addTool->trigger();
    CHECK(addTool->isChecked());

    const QPointF at(canvas->width() * 0.3, canvas->height() * 0.7);
    const PointXY expected = canvas->toMap(at);
    const double pixel = canvas->settings().mapUnitsPerPixel() * canvas->devicePixelRatioF();
    QWidget *opened = nullptr;
    QObject::connect(fx.panel->mapTool(), &app::FindingMapTool::dialogOpened, [&](QWidget *d) { opened = d; });
    fx.click(at, at);
    auto *dialog = qobject_cast<app::FindingDialog *>(opened);
    REQUIRE(dialog);
    Ui::FindingDialogForm *form = dialog->form();
    form->kindCombo->setCurrentIndex(form->kindCombo->findData(QStringLiteral("vegetation_sikt")));
    form->descriptionEdit->setPlainText(QStringLiteral("Buskage skymmer sikten"));
    form->responsibleCombo->setEditText(QStringLiteral("Parkförvaltningen"));
    dialog->accept();

    const auto id = fx.session->selected();
    REQUIRE(id);
    const auto x = fx.text(QStringLiteral("SELECT minx FROM rtree_walk_findings_geom WHERE id = %1").arg(*id));
    const auto y = fx.text(QStringLiteral("SELECT miny FROM rtree_walk_findings_geom WHERE id = %1").arg(*id));
    // The R-tree stores 32-bit floats, rounded outwards: within a metre; the click within a pixel.
    CHECK(std::abs(x.toDouble() - expected.x) <= pixel + 1.0);
    CHECK(std::abs(y.toDouble() - expected.y) <= pixel + 1.0);
    CHECK(fx.text(QStringLiteral("SELECT kind || '|' || description || '|' || responsible || '|' || status FROM "
                                 "walk_findings WHERE fid = %1")
                      .arg(*id)) == QStringLiteral("vegetation_sikt|Buskage skymmer sikten|Parkförvaltningen|open"));
    // The new finding is selected: ringed on the map, and shown in the editor dock.
    const auto &layers = canvas->layers();
    CHECK(std::any_of(layers.begin(), layers.end(), [](const auto &l) { return l->id() == "finding_selection"; }));
    CHECK(canvas->visibleLayers().contains(QStringLiteral("finding_selection")));
    CHECK(fx.panel->shownFinding() == id);
    CHECK(fx.panel->form()->responsibleCombo->currentText() == QStringLiteral("Parkförvaltningen"));

    // Drag it 40 pixels to the right with the select tool. The dock that opened narrowed the map,
    // so the finding's place on screen is worked out again.
    fx.action("actionSelectFindings")->trigger();
    CHECK_FALSE(addTool->isChecked());
    auto added = fx.session->finding(*id);
    REQUIRE(added.ok());
    const double dpr = canvas->devicePixelRatioF();
    const double upp = canvas->settings().mapUnitsPerPixel() * dpr;
    const QPointF from = canvas->settings().toPixel(added->position) / dpr;
    const QPointF to = from + QPointF(40, 0);
    fx.click(from, to);
    auto moved = fx.session->finding(*id);
    REQUIRE(moved.ok());
    CHECK(moved->position.x - added->position.x == Approx(40 * upp).margin(upp));
    CHECK(moved->position.y == Approx(added->position.y).margin(upp));
    CHECK(fx.count(
              QStringLiteral("SELECT count(*) FROM edit_log WHERE action = 'move' AND feature_id = %1").arg(*id)) == 1);
    fx.action("actionUndo")->trigger();
    moved = fx.session->finding(*id);
    REQUIRE(moved.ok());
    CHECK(moved->position.x == added->position.x);
    CHECK(moved->position.y == added->position.y);

    // A click on empty map clears the selection; a click on the finding selects it again.
    fx.click(QPointF(5, 5), QPointF(5, 5));
    CHECK_FALSE(fx.session->selected());
    fx.click(from, from);
    CHECK(fx.session->selected() == id);
}

TEST_CASE("the finding editor saves status and fields and keeps photos", "[gui][findings][photos]")
{
    EditingFixture fx;
    const FeatureId open = fx.count(QStringLiteral("SELECT fid FROM walk_findings WHERE status = 'open'"));
    fx.session->select(open);
    CHECK(fx.panel->isVisible());
    Ui::FindingPanelForm *form = fx.panel->form();
    form->statusCombo->setCurrentIndex(form->statusCombo->findData(static_cast<int>(FindingStatus::Fixed)));
    form->responsibleCombo->setEditText(QStringLiteral("Bostadsbolaget"));
    REQUIRE(fx.panel->save());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(fx.text(QStringLiteral("SELECT status || '|' || fixed_date || '|' || responsible FROM walk_findings WHERE "
                                 "fid = %1")
                      .arg(open)) == QStringLiteral("fixed|%1|Bostadsbolaget").arg(today));
    // One save is one step on the stack: one undo takes both changes back.
    fx.action("actionUndo")->trigger();
    CHECK(fx.text(QStringLiteral("SELECT status || '|' || coalesce(fixed_date, '') FROM walk_findings WHERE fid = %1")
                      .arg(open)) == QStringLiteral("open|"));
    CHECK(form->statusCombo->currentData().toInt() == static_cast<int>(FindingStatus::Open));

    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString photo = fx.dir.filePath(QStringLiteral("lampa.png"));
    REQUIRE(image.save(photo));
    REQUIRE(fx.panel->addPhoto(photo));
    QFile file(photo);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos WHERE finding_id = %1 AND file_name = "
                                  "'lampa.png' AND mime_type = 'image/png' AND length(data) = %2")
                       .arg(open)
                       .arg(bytes.size())) == 1);
    REQUIRE(form->photoList->count() == 1);
    CHECK(form->photoList->item(0)->text() == QStringLiteral("lampa.png"));
    const QImage thumb = form->photoList->item(0)->icon().pixmap(96, 96).toImage();
    REQUIRE_FALSE(thumb.isNull());
    CHECK(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2) == QColor(200, 40, 40));
    auto stored = fx.session->photos(open, true);
    REQUIRE(stored.ok());
    CHECK(stored->front().data == bytes);

    const QString notImage = fx.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile out(notImage);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("not a photo");
    }
    CHECK_FALSE(fx.panel->addPhoto(notImage));
    CHECK(form->messageLabel->text().contains(QStringLiteral("notes.txt")));
    CHECK(form->photoList->count() == 1);

    form->photoList->setCurrentRow(0);
    REQUIRE(fx.panel->removeSelectedPhoto());
    CHECK(form->photoList->count() == 0);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos")) == 0);

    if (const QString shot = qEnvironmentVariable("LB_FINDING_SCREENSHOT"); !shot.isEmpty()) {
        REQUIRE(fx.panel->addPhoto(photo));
        fx.panel->resize(360, 620);
        fx.panel->grab().save(shot);
    }
}

// Not run by default: makes the user guide's pictures of the finding editor on the demo store,
// in English and Swedish, into the folder LB_DOCS_IMAGES names.
TEST_CASE("pictures of the finding editor for the user guide", "[.docs]")
{
    const QString folder = qEnvironmentVariable("LB_DOCS_IMAGES");
    if (folder.isEmpty())
        return;
    for (const char *language : {"en", "sv"}) {
        qputenv("LAGESBILD_LANG", language);
        lb::installTranslations();
        {
            QTemporaryDir dir;
            QuietDialogs dialogs;
            app::MainWindow window(&dialogs);
            window.resize(1400, 860);
            window.show();
            window.createDemoStore(dir.filePath(QStringLiteral("demo.gpkg")));
            REQUIRE(test::waitUntil([&] { return !window.storePath().isEmpty() && !window.isBusy(); }, 300000));
            auto *panel = window.findChild<app::FindingPanel *>();
            app::FindingSession *session = panel->session();
            // The latest walk's first open finding with a responsible organisation.
            const auto data = window.mapData();
            REQUIRE(!data->walks.empty());
            const auto latest = std::max_element(data->walks.begin(), data->walks.end(),
                                                 [](const Walk &a, const Walk &b) { return a.date < b.date; });
            std::optional<WalkFinding> chosen;
            for (const WalkFinding &f : data->findings)
                if (f.walkId == latest->id && f.status == FindingStatus::Open && !f.responsible.isEmpty() && !chosen)
                    chosen = f;
            REQUIRE(chosen);
            window.canvas()->setExtent({chosen->position.x - 450, chosen->position.y - 300, chosen->position.x + 450,
                                        chosen->position.y + 300});
            // The walk's layer alone over the background, as a coordinator entering findings would set it.
            for (const char *id : {"incidents", "incidents_centre", "incidents_sensitive", "survey_pins"})
                window.layerPanel()->setLayerVisible(QLatin1String(id), false);
            window.findChild<QAction *>(QStringLiteral("actionSelectFindings"))->trigger();
            session->select(chosen->id);
            // A stand-in for a phone photo: a street lamp at dusk.
            QImage photo(640, 480, QImage::Format_RGB32);
            {
                QPainter p(&photo);
                QLinearGradient sky(0, 0, 0, 480);
                sky.setColorAt(0, QColor(40, 50, 90));
                sky.setColorAt(1, QColor(180, 120, 90));
                p.fillRect(photo.rect(), sky);
                p.fillRect(QRect(0, 400, 640, 80), QColor(60, 60, 60));
                p.fillRect(QRect(300, 120, 14, 290), QColor(30, 30, 30));
                p.fillRect(QRect(270, 110, 74, 18), QColor(30, 30, 30));
            }
            const QString photoPath = dir.filePath(QStringLiteral("IMG_2041.jpg"));
            REQUIRE(photo.save(photoPath, "JPG"));
            REQUIRE(panel->addPhoto(photoPath));
            REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering(); }));
            QApplication::processEvents();
            REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering(); }));
            const QString name =
                QStringLiteral("finding-editor%1.png")
                    .arg(QLatin1String(language) == QLatin1String("sv") ? QStringLiteral(".sv") : QString());
            REQUIRE(window.grab().save(QDir(folder).filePath(name)));
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}

TEST_CASE("adding and removing a photo are undone and redone in the store and its edit log", "[gui][findings][photos]")
{
    EditingFixture fx;
    const FeatureId open = fx.count(QStringLiteral("SELECT fid FROM walk_findings WHERE status = 'open'"));
    fx.session->select(open);
    Ui::FindingPanelForm *form = fx.panel->form();
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 200));
    const QString photo = fx.dir.filePath(QStringLiteral("buske.png"));
    REQUIRE(image.save(photo));
    QFile file(photo);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto photoRow = [&] {
        return fx.text(QStringLiteral("SELECT id || '|' || file_name || '|' || added_at || '|' || hex(data) FROM "
                                      "finding_photos WHERE finding_id = %1")
                           .arg(open));
    };
    const auto logged = [&] {
        return fx.text(QStringLiteral("SELECT group_concat(action || ':' || author, ',') FROM (SELECT action, author "
                                      "FROM edit_log WHERE action LIKE '%photo' ORDER BY rowid)"));
    };

    REQUIRE(fx.panel->addPhoto(photo));
    const QString added = photoRow();
    REQUIRE(added.endsWith(QString::fromLatin1(bytes.toHex().toUpper())));
    CHECK(fx.session->undoStack()->undoText().contains(QStringLiteral("buske.png")));
    fx.action("actionUndo")->trigger();
    CHECK(photoRow().isEmpty());
    CHECK(form->photoList->count() == 0);
    fx.action("actionRedo")->trigger();
    CHECK(photoRow() == added); // the same id, name, time and bytes
    CHECK(form->photoList->count() == 1);

    form->photoList->setCurrentRow(0);
    REQUIRE(fx.panel->removeSelectedPhoto());
    CHECK(photoRow().isEmpty());
    fx.action("actionUndo")->trigger();
    CHECK(photoRow() == added);
    CHECK(form->photoList->count() == 1);
    fx.action("actionRedo")->trigger();
    CHECK(photoRow().isEmpty());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM finding_photos")) == 0);

    const QString a = QStringLiteral("add_photo:Test Testsson"), r = QStringLiteral("remove_photo:Test Testsson");
    CHECK(logged() == QStringList{a, r, a, r, a, r}.join(QLatin1Char(',')));
}

TEST_CASE("Edit › Preferences names the author of finding and walk-plan edits in the edit log",
          "[gui][findings][preferences]")
{
    // The settings of this test only, not the user's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    app::setEditAuthor(QString());
    EditingFixture fx;
    fx.session->setAuthor(QString()); // as the program runs: the author comes from the preferences
    REQUIRE(fx.action("actionPreferences"));
    CHECK(
        fx.window->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions().contains(fx.action("actionPreferences")));

    const QString osUser = store::currentOsUser();
    {
        app::PreferencesDialog dialog;
        CHECK(dialog.form()->authorEdit->text().isEmpty());
        CHECK(dialog.form()->authorEdit->placeholderText() == osUser);
        dialog.form()->authorEdit->setText(QStringLiteral("  Anna Andersson "));
        dialog.reject(); // Cancel keeps what was there
    }
    CHECK(app::editAuthor() == osUser);
    {
        app::PreferencesDialog dialog;
        dialog.form()->authorEdit->setText(QStringLiteral("  Anna Andersson "));
        dialog.accept();
    }
    CHECK(app::editAuthor() == QStringLiteral("Anna Andersson"));
    CHECK(app::PreferencesDialog().form()->authorEdit->text() == QStringLiteral("Anna Andersson"));

    const auto lastAuthor = [&] {
        return fx.text(QStringLiteral("SELECT author FROM edit_log ORDER BY rowid DESC LIMIT 1"));
    };
    const FeatureId open = fx.count(QStringLiteral("SELECT fid FROM walk_findings WHERE status = 'open'"));
    REQUIRE(fx.session->apply([&](store::FindingEditor &e) {
        return e.setDetails(open, QStringLiteral("Trasig lampa"), QString(), QDate());
    }));
    CHECK(lastAuthor() == QStringLiteral("Anna Andersson"));

    // A walk plan saved from the walk dock carries the same name.
    auto *walks = fx.window->findChild<app::WalkPanel *>();
    REQUIRE(walks);
    const FeatureId walkId = fx.count(QStringLiteral("SELECT fid FROM walks LIMIT 1"));
    REQUIRE(walks->chooseWalk(walkId));
    walks->form()->addWhyEdit->setText(QStringLiteral("Mörk passage"));
    REQUIRE(walks->addPointAt(PointXY{606000.0, 6556000.0}));
    REQUIRE(walks->savePlan());
    CHECK(fx.text(QStringLiteral("SELECT author FROM edit_log WHERE table_name = 'walk_points' ORDER BY rowid DESC "
                                 "LIMIT 1")) == QStringLiteral("Anna Andersson"));

    // Emptied, the edit log names the computer user again.
    {
        app::PreferencesDialog dialog;
        dialog.form()->authorEdit->clear();
        dialog.accept();
    }
    REQUIRE(fx.session->apply(
        [&](store::FindingEditor &e) { return e.setDetails(open, QStringLiteral("Lampa"), QString(), QDate()); }));
    CHECK(lastAuthor() == osUser);
}
