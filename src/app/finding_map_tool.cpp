#include "app/finding_map_tool.h"

#include "app/finding_commands.h"
#include "app/finding_dialog.h"
#include "app/finding_session.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "render/selection_layer.h"

#include <QAction>
#include <QActionGroup>
#include <QMouseEvent>
#include <QUndoStack>

namespace lb::app {

namespace {
// How near a finding's square a press must be to pick it, in logical pixels.
constexpr double kHitPixels = 8.0;
// A press that moves less than this is a click, not a drag.
constexpr double kDragPixels = 3.0;
const QString kLayerId = QStringLiteral("finding_selection");

// The selected finding, ringed like the attribute table's selection but in a layer of its own,
// so that selecting incidents in the table does not unselect the finding being edited.
class FindingSelectionLayer final : public render::MapLayer {
public:
    explicit FindingSelectionLayer(std::vector<PointXY> positions)
        : m_rings(std::move(positions))
    {}
    QString id() const override { return kLayerId; }
    QString title() const override { return FindingMapTool::tr("Selected finding"); }
    Status draw(QPainter &painter, const render::RenderContext &context) const override
    {
        return m_rings.draw(painter, context);
    }
    std::vector<render::LegendItem> legendItems() const override
    {
        return {{render::LegendItem::Symbol::Outline, render::SelectionLayer::color(), title(), 1}};
    }
    std::int64_t featureCount() const override { return 1; }

private:
    render::SelectionLayer m_rings;
};
} // namespace

FindingMapTool::FindingMapTool(MainWindow *window, FindingSession *session)
    : QObject(window)
    , m_window(window)
    , m_canvas(window->canvas())
    , m_session(session)
{
    setObjectName(QStringLiteral("findingMapTool"));
    auto *group = new QActionGroup(this);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_add = new QAction(tr("&Add finding"), this);
    m_add->setObjectName(QStringLiteral("actionAddFinding"));
    m_add->setToolTip(tr("Click the map where the finding was made"));
    m_select = new QAction(tr("&Select and move findings"), this);
    m_select->setObjectName(QStringLiteral("actionSelectFindings"));
    m_select->setToolTip(tr("Click a finding to edit it; drag it to move it"));
    for (QAction *a : {m_add, m_select}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_delete = new QAction(tr("&Delete finding"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteFinding"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &FindingMapTool::deleteSelected);

    MapCanvas *canvas = window->canvas();
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::clicked, this, &FindingMapTool::onClicked);
    // A click that adds a finding does not also identify what lies there.
    connect(m_add, &QAction::toggled, canvas, [canvas, this](bool on) { canvas->setClickTool(m_add, on); });
    connect(session, &FindingSession::selectionChanged, this, [this] {
        showSelection();
        updateEnabled();
    });
    connect(session, &FindingSession::changed, this, &FindingMapTool::showSelection);
    connect(window, &MainWindow::storeOpened, this, &FindingMapTool::updateEnabled);
    updateEnabled();
}

void FindingMapTool::updateEnabled()
{
    // On a shared store a finding's fields are edited in the dock; adding and removing are off.
    const bool editable = m_session->canEdit() && !m_session->isShared();
    m_add->setEnabled(editable);
    m_select->setEnabled(!m_session->storePath().isEmpty());
    m_delete->setEnabled(editable && m_session->selected().has_value());
    for (QAction *a : {m_add, m_delete})
        a->setToolTip(m_session->isShared() ? notOnSharedStore() : QString());
    if (!editable)
        m_add->setChecked(false);
}

double FindingMapTool::hitRadius() const
{
    const MapCanvas *canvas = m_window->canvas();
    // The canvas works in device pixels; the hit radius is in logical ones.
    return kHitPixels * canvas->devicePixelRatioF() * canvas->settings().mapUnitsPerPixel();
}

void FindingMapTool::onClicked(PointXY at)
{
    if (m_add->isChecked()) {
        addAt(at);
    } else if (m_select->isChecked()) {
        const auto hit = m_session->findingNear(at, hitRadius());
        m_session->select(hit ? std::optional<FeatureId>(hit->id) : std::nullopt);
    }
}

void FindingMapTool::addAt(PointXY at)
{
    const auto data = m_window->mapData();
    if (!data || !m_session->canEdit())
        return;
    auto *dialog = new FindingDialog(at, m_session->kinds(), m_session->responsibles(), data->walks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new AddFindingCommand(m_session, dialog->finding());
        m_session->undoStack()->push(command);
        // The stack deletes a command that failed; the session has reported why.
        if (m_session->undoStack()->command(m_session->undoStack()->index() - 1) == command)
            m_session->select(command->findingId());
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void FindingMapTool::deleteSelected()
{
    if (const auto id = m_session->selected(); id && m_session->canEdit())
        m_session->undoStack()->push(new DeleteFindingCommand(m_session, *id));
}

void FindingMapTool::showSelection()
{
    const auto data = m_window->mapData();
    if (!data)
        return;
    std::vector<PointXY> ring;
    if (m_dragged) {
        ring.push_back(m_dragged->position);
    } else if (const auto id = m_session->selected()) {
        for (const WalkFinding &f : data->findings)
            if (f.id == *id)
                ring.push_back(f.position);
    }
    m_window->setOverlayLayer(kLayerId,
                              ring.empty() ? nullptr : std::make_shared<FindingSelectionLayer>(std::move(ring)));
}

bool FindingMapTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || !m_select->isChecked())
        return QObject::eventFilter(watched, event);
    MapCanvas *canvas = m_window->canvas();
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        const auto hit = m_session->findingNear(canvas->toMap(mouse->position()), hitRadius());
        if (!hit)
            break; // the canvas pans
        m_session->select(hit->id);
        m_dragged = hit;
        m_pressPos = mouse->position();
        m_moved = false;
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_dragged)
            break;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->position() - m_pressPos).manhattanLength() >= kDragPixels)
            m_moved = true;
        if (m_moved) {
            m_dragged->position = canvas->toMap(mouse->position());
            showSelection();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_dragged)
            break;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const WalkFinding dragged = *m_dragged;
        m_dragged.reset();
        if (m_moved && m_session->canEdit()) {
            PointXY from{};
            for (const WalkFinding &f : m_window->mapData()->findings)
                if (f.id == dragged.id)
                    from = f.position;
            m_session->undoStack()->push(
                new MoveFindingCommand(m_session, dragged.id, from, canvas->toMap(mouse->position())));
        }
        showSelection();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lb::app
