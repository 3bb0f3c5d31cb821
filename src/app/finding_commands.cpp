#include "app/finding_commands.h"

#include "app/finding_session.h"

#include <QCoreApplication>

namespace lb::app {

namespace {
struct FindingCommandsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::FindingCommands)
};
} // namespace

QString findingStatusLabel(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return FindingCommandsTr::tr("open");
    case FindingStatus::InProgress:
        return FindingCommandsTr::tr("in progress");
    case FindingStatus::Fixed:
        return FindingCommandsTr::tr("fixed");
    case FindingStatus::Rejected:
        return FindingCommandsTr::tr("rejected");
    }
    return {};
}

AddFindingCommand::AddFindingCommand(FindingSession *session, const WalkFinding &finding)
    : QUndoCommand(FindingCommandsTr::tr("Add finding"))
    , m_session(session)
    , m_finding(finding)
{}

void AddFindingCommand::redo()
{
    if (m_removed) {
        // Put back under the fid it had, with any photos attached meanwhile.
        if (m_session->apply([this](store::FindingEditor &e) { return e.restore(*m_removed); }))
            m_removed.reset();
        return;
    }
    const bool ok = m_session->apply([this](store::FindingEditor &e) -> Status {
        auto id = e.add(m_finding);
        if (!id)
            return id.error();
        m_id = *id;
        return {};
    });
    if (!ok)
        setObsolete(true);
}

void AddFindingCommand::undo()
{
    m_session->apply([this](store::FindingEditor &e) -> Status {
        auto removed = e.remove(m_id);
        if (!removed)
            return removed.error();
        m_removed = std::move(*removed);
        return {};
    });
    if (m_session->selected() == m_id)
        m_session->select(std::nullopt);
}

MoveFindingCommand::MoveFindingCommand(FindingSession *session, FeatureId id, PointXY from, PointXY to)
    : QUndoCommand(FindingCommandsTr::tr("Move finding"))
    , m_session(session)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{}

void MoveFindingCommand::redo()
{
    if (!m_session->apply([this](store::FindingEditor &e) { return e.move(m_id, m_to); }))
        setObsolete(true);
}

void MoveFindingCommand::undo()
{
    m_session->apply([this](store::FindingEditor &e) { return e.move(m_id, m_from); });
}

DeleteFindingCommand::DeleteFindingCommand(FindingSession *session, FeatureId id)
    : QUndoCommand(FindingCommandsTr::tr("Delete finding"))
    , m_session(session)
    , m_id(id)
{}

void DeleteFindingCommand::redo()
{
    const bool ok = m_session->apply([this](store::FindingEditor &e) -> Status {
        auto removed = e.remove(m_id);
        if (!removed)
            return removed.error();
        m_removed = std::move(*removed);
        return {};
    });
    if (!ok && !m_removed)
        setObsolete(true);
    if (ok && m_session->selected() == m_id)
        m_session->select(std::nullopt);
}

void DeleteFindingCommand::undo()
{
    if (m_removed && m_session->apply([this](store::FindingEditor &e) { return e.restore(*m_removed); }))
        m_session->select(m_id);
}

EditFindingCommand::EditFindingCommand(FindingSession *session, const WalkFinding &before, const WalkFinding &after)
    : QUndoCommand(FindingCommandsTr::tr("Edit finding"))
    , m_session(session)
    , m_before(before)
    , m_after(after)
{}

void EditFindingCommand::redo()
{
    if (!m_session->apply([this](store::FindingEditor &e) { return e.update(m_after); }))
        setObsolete(true);
}

void EditFindingCommand::undo()
{
    m_session->apply([this](store::FindingEditor &e) { return e.update(m_before); });
}

ChangeStatusCommand::ChangeStatusCommand(FindingSession *session, FeatureId id, FindingStatus status, QDate day)
    : QUndoCommand(FindingCommandsTr::tr("Set status to %1").arg(findingStatusLabel(status)))
    , m_session(session)
    , m_id(id)
    , m_status(status)
    , m_day(day)
{}

void ChangeStatusCommand::redo()
{
    if (m_after) {
        m_session->apply([this](store::FindingEditor &e) { return e.update(*m_after); });
        return;
    }
    // The first time the editor's rules give the dates; later redos write what they gave.
    const bool ok = m_session->apply([this](store::FindingEditor &e) -> Status {
        auto before = e.finding(m_id);
        if (!before)
            return before.error();
        if (Status s = e.setStatus(m_id, m_status, m_day); !s)
            return s;
        auto after = e.finding(m_id);
        if (!after)
            return after.error();
        m_before = std::move(*before);
        m_after = std::move(*after);
        return {};
    });
    if (!ok)
        setObsolete(true);
}

void ChangeStatusCommand::undo()
{
    if (m_before)
        m_session->apply([this](store::FindingEditor &e) { return e.update(*m_before); });
}

} // namespace lb::app
