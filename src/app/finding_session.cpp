#include "app/finding_session.h"

#include "app/edit_author.h"
#include "app/main_window.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "render/map_data.h"
#include "store/store.h"

#include <QUndoStack>

#include <unordered_map>

namespace lb::app {

FindingSession::FindingSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("findingSession"));
    connect(window, &MainWindow::storeOpened, this, &FindingSession::onStoreOpened);
}

FindingSession::~FindingSession() = default;

void FindingSession::onStoreOpened(const QString &path)
{
    // A reload of the same store (after an import, or our own refresh) keeps the history: the
    // findings it refers to are still there under the same fids.
    if (path == m_path)
        return;
    m_path = path;
    m_versions.clear();
    m_stack->clear();
    select(std::nullopt);
}

bool FindingSession::canEdit() const
{
    return !m_path.isEmpty() && (isShared() || m_window->readOnlyReason().isEmpty());
}

bool FindingSession::apply(const std::function<Status(store::FindingEditor &)> &edit)
{
    if (m_path.isEmpty())
        return false;
    if (isShared()) {
        Q_EMIT failed(notOnSharedStore());
        return false;
    }
    // Our own commit would otherwise look like another program's change to the watcher.
    StoreWatcher *watcher = m_window->storeWatcher();
    const bool wasSuspended = watcher->isSuspended();
    watcher->suspend();
    Status status;
    {
        auto opened = store::Store::open(m_path, store::Store::Mode::ReadWrite);
        if (!opened) {
            status = opened.error();
        } else if ((*opened)->isReadOnly()) {
            status = Error{(*opened)->readOnlyReason()};
        } else {
            store::FindingEditor editor(**opened, m_author.isEmpty() ? editAuthor() : m_author);
            status = edit(editor);
            if (status)
                refreshMap(**opened);
        }
    }
    if (!wasSuspended)
        watcher->resume();
    if (!status) {
        Q_EMIT failed(status.errorMessage());
        return false;
    }
    Q_EMIT changed();
    return true;
}

void FindingSession::refreshMap(store::Store &store)
{
    const auto current = m_window->mapData();
    auto findings = store.walkFindings();
    if (!current || !findings)
        return;
    // Only the findings changed: a copy of the snapshot with the new ones is far cheaper than
    // reading the whole store again.
    auto fresh = std::make_shared<render::MapData>(*current);
    fresh->findings = std::move(*findings);
    m_window->setMapData(std::move(fresh));
}

Result<WalkFinding> FindingSession::finding(FeatureId id) const
{
    if (isShared())
        return sharedFinding(id);
    auto opened = store::Store::open(m_path, store::Store::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    return store::FindingEditor(**opened).finding(id);
}

Result<std::vector<store::FindingPhoto>> FindingSession::photos(FeatureId id, bool withData) const
{
    if (isShared())
        return std::vector<store::FindingPhoto>{}; // photos stay in store files for now
    auto opened = store::Store::open(m_path, store::Store::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    return store::FindingEditor(**opened).photos(id, withData);
}

std::vector<FindingKind> FindingSession::kinds() const
{
    if (m_path.isEmpty())
        return {};
    if (isShared())
        return findingKindsOf(m_path);
    auto opened = store::Store::open(m_path, store::Store::Mode::ReadOnly);
    if (!opened)
        return {};
    auto kinds = (*opened)->findingKinds();
    return kinds ? std::move(*kinds) : std::vector<FindingKind>{};
}

QStringList FindingSession::responsibles() const
{
    QStringList out;
    if (const auto data = m_window->mapData())
        for (const WalkFinding &f : data->findings)
            if (!f.responsible.isEmpty() && !out.contains(f.responsible))
                out << f.responsible;
    out.sort(Qt::CaseInsensitive);
    return out;
}

void FindingSession::select(std::optional<FeatureId> id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT selectionChanged(id);
}

std::optional<WalkFinding> FindingSession::findingNear(PointXY at, double radius) const
{
    const auto data = m_window->mapData();
    if (!data)
        return std::nullopt;
    std::optional<WalkFinding> best;
    double bestDistance = radius * radius;
    // Only the findings the map shows can be picked: a hidden one is not under the click.
    const render::MapFilter &filter = m_window->mapFilter();
    std::unordered_map<FeatureId, QDate> walkDates;
    for (const Walk &w : data->walks)
        walkDates.emplace(w.id, w.date);
    for (const WalkFinding &f : data->findings) {
        const auto date = walkDates.find(f.walkId);
        if (!filter.acceptsFinding(f, date == walkDates.end() ? QDate() : date->second))
            continue;
        const double dx = f.position.x - at.x, dy = f.position.y - at.y;
        if (const double d = dx * dx + dy * dy; d <= bestDistance) {
            bestDistance = d;
            best = f;
        }
    }
    return best;
}

} // namespace lb::app
