#include "app/finding_photo_commands.h"

#include "app/finding_session.h"

#include <QCoreApplication>

namespace lb::app {

namespace {
struct FindingCommandsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::FindingCommands)
};
} // namespace

AddPhotoCommand::AddPhotoCommand(FindingSession *session, FeatureId findingId, const QString &fileName,
                                 const QByteArray &data)
    : QUndoCommand(FindingCommandsTr::tr("Add photo %1").arg(fileName))
    , m_session(session)
{
    m_photo.findingId = findingId;
    m_photo.fileName = fileName;
    m_photo.data = data;
}

void AddPhotoCommand::redo()
{
    if (m_attached) {
        m_session->apply([this](store::FindingEditor &e) { return e.restorePhoto(m_photo); });
        return;
    }
    const bool ok = m_session->apply([this](store::FindingEditor &e) -> Status {
        auto id = e.attachPhoto(m_photo.findingId, m_photo.fileName, m_photo.data);
        if (!id)
            return id.error();
        m_photo.id = *id;
        // Keep the stored time and type, so redo puts back exactly what undo took away.
        if (auto photos = e.photos(m_photo.findingId); photos)
            for (const store::FindingPhoto &p : *photos)
                if (p.id == m_photo.id) {
                    m_photo.addedAt = p.addedAt;
                    m_photo.mimeType = p.mimeType;
                    m_photo.size = p.size;
                }
        return {};
    });
    m_attached = ok;
    if (!ok)
        setObsolete(true);
}

void AddPhotoCommand::undo()
{
    m_session->apply([this](store::FindingEditor &e) { return e.removePhoto(m_photo.id); });
}

RemovePhotoCommand::RemovePhotoCommand(FindingSession *session, const store::FindingPhoto &photo)
    : QUndoCommand(FindingCommandsTr::tr("Remove photo %1").arg(photo.fileName))
    , m_session(session)
    , m_photo(photo)
{}

void RemovePhotoCommand::redo()
{
    if (!m_session->apply([this](store::FindingEditor &e) { return e.removePhoto(m_photo.id); }))
        setObsolete(true);
}

void RemovePhotoCommand::undo()
{
    m_session->apply([this](store::FindingEditor &e) { return e.restorePhoto(m_photo); });
}

} // namespace lb::app
