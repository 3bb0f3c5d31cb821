// FindingEditor: photos of findings, kept as blobs in finding_photos beside the finding.

#include "store/edit_log.h"
#include "store/finding_edits.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lb::store {

namespace {
struct FindingEditorTr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::FindingEditor)
};

QString photoJson(const FindingPhoto &p)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("photo_id"), static_cast<qint64>(p.id)},
                                                       {QStringLiteral("file_name"), p.fileName},
                                                       {QStringLiteral("mime_type"), p.mimeType},
                                                       {QStringLiteral("bytes"), static_cast<qint64>(p.size)}})
                                 .toJson(QJsonDocument::Compact));
}

QString megabytes(std::int64_t bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

QString FindingEditor::imageMimeType(const QByteArray &data)
{
    if (data.startsWith(QByteArray::fromRawData("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (data.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    return {};
}

Status FindingEditor::insertPhoto(const FindingPhoto &p, bool keepId)
{
    auto stmt = m_store.database().prepare(
        keepId ? QStringLiteral("INSERT INTO finding_photos (finding_id, file_name, mime_type, added_at, data, id) "
                                "VALUES (?, ?, ?, ?, ?, ?)")
               : QStringLiteral("INSERT INTO finding_photos (finding_id, file_name, mime_type, added_at, data) "
                                "VALUES (?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p.findingId).bind(2, p.fileName).bind(3, p.mimeType);
    stmt->bind(4, p.addedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    stmt->bind(5, p.data);
    if (keepId)
        stmt->bind(6, p.id);
    if (!stmt->exec())
        return Error{FindingEditorTr::tr("Could not save the photo %1: %2").arg(p.fileName, stmt->lastError())};
    return {};
}

Result<std::int64_t> FindingEditor::attachPhoto(FeatureId findingId, const QString &fileName, const QByteArray &data)
{
    if (data.size() > kMaxPhotoBytes)
        return Error{FindingEditorTr::tr("The photo %1 is %2 MB; photos of at most %3 MB can be attached. Save a "
                                         "smaller copy of it and attach that.")
                         .arg(fileName, megabytes(data.size()), megabytes(kMaxPhotoBytes))};
    FindingPhoto p;
    p.mimeType = imageMimeType(data);
    if (p.mimeType.isEmpty())
        return Error{FindingEditorTr::tr("%1 is not a JPEG or PNG image; only those can be attached.").arg(fileName)};
    if (auto f = finding(findingId); !f)
        return f.error();
    p.findingId = findingId;
    p.fileName = fileName;
    p.addedAt = QDateTime::currentDateTimeUtc();
    p.size = data.size();
    p.data = data;
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release().error();
    if (Status s = insertPhoto(p, false); !s)
        return s.error();
    p.id = m_store.database().lastInsertRowId();
    if (Status s = log(findingId, QStringLiteral("add_photo"), QString(), photoJson(p)); !s)
        return s.error();
    if (Status s = sp.release(); !s)
        return s.error();
    return p.id;
}

Result<std::int64_t> FindingEditor::attachPhotoFile(FeatureId findingId, const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > kMaxPhotoBytes)
        return Error{FindingEditorTr::tr("The photo %1 is %2 MB; photos of at most %3 MB can be attached. Save a "
                                         "smaller copy of it and attach that.")
                         .arg(name, megabytes(file.size()), megabytes(kMaxPhotoBytes))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{FindingEditorTr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return attachPhoto(findingId, name, file.readAll());
}

Result<std::vector<FindingPhoto>> FindingEditor::photos(FeatureId findingId, bool withData) const
{
    return findingPhotos(m_store, findingId, withData);
}

Result<std::vector<FindingPhoto>> findingPhotos(const Store &store, FeatureId findingId, bool withData)
{
    auto stmt = store.database().prepare(
        QStringLiteral("SELECT id, finding_id, file_name, mime_type, added_at, length(data)%1 FROM finding_photos "
                       "WHERE finding_id = ? ORDER BY id")
            .arg(withData ? QStringLiteral(", data") : QString()));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, findingId);
    std::vector<FindingPhoto> out;
    while (stmt->step()) {
        FindingPhoto p;
        p.id = stmt->int64(0);
        p.findingId = stmt->int64(1);
        p.fileName = stmt->text(2);
        p.mimeType = stmt->text(3);
        p.addedAt = QDateTime::fromString(stmt->text(4), Qt::ISODateWithMs);
        p.size = stmt->int64(5);
        if (withData) {
            int size = 0;
            const unsigned char *bytes = stmt->blob(6, &size);
            p.data = QByteArray(reinterpret_cast<const char *>(bytes), size);
        }
        out.push_back(std::move(p));
    }
    if (stmt->failed())
        return Error{stmt->lastError()};
    return out;
}

Status FindingEditor::restorePhoto(const FindingPhoto &photo)
{
    if (imageMimeType(photo.data).isEmpty())
        return Error{
            FindingEditorTr::tr("%1 is not a JPEG or PNG image; only those can be attached.").arg(photo.fileName)};
    if (auto f = finding(photo.findingId); !f)
        return f.error();
    FindingPhoto p = photo;
    p.mimeType = imageMimeType(photo.data);
    p.size = photo.data.size();
    if (!p.addedAt.isValid())
        p.addedAt = QDateTime::currentDateTimeUtc();
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release();
    if (Status s = insertPhoto(p, p.id > 0); !s)
        return s;
    if (Status s = log(p.findingId, QStringLiteral("add_photo"), QString(), photoJson(p)); !s)
        return s;
    return sp.release();
}

Status FindingEditor::removePhoto(std::int64_t photoId)
{
    const Database &db = m_store.database();
    auto find = db.prepare(QStringLiteral("SELECT finding_id, file_name, mime_type, length(data) FROM finding_photos "
                                          "WHERE id = ?"));
    if (!find)
        return find.error();
    find->bind(1, photoId);
    if (!find->step())
        return Error{FindingEditorTr::tr("Photo %1 does not exist.").arg(photoId)};
    FindingPhoto p;
    p.id = photoId;
    p.findingId = find->int64(0);
    p.fileName = find->text(1);
    p.mimeType = find->text(2);
    p.size = find->int64(3);
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    auto gone = db.prepare(QStringLiteral("DELETE FROM finding_photos WHERE id = ?"));
    if (!gone)
        return gone.error();
    gone->bind(1, photoId);
    if (!gone->exec())
        return Error{gone->lastError()};
    if (Status s = log(p.findingId, QStringLiteral("remove_photo"), photoJson(p), QString()); !s)
        return s;
    return sp.release();
}

} // namespace lb::store
