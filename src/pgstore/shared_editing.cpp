#include "pgstore/shared_editing.h"

#include "pgstore/pg_connection.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::pgstore {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::SharedEditing)
};

const char *const kSharedEditing = R"SQL(
ALTER TABLE walk_findings ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE interventions ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1;

CREATE OR REPLACE FUNCTION lb_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION lb_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    id bigint;
BEGIN
    IF current_setting('lb.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    id := CASE WHEN TG_OP = 'DELETE' THEN OLD.fid ELSE NEW.fid END;
    INSERT INTO edit_log (table_name, feature_id, action, old_values, new_values, author)
    VALUES (TG_TABLE_NAME, id, lower(TG_OP),
            CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) - 'geom' - 'content_hash')::text END,
            CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) - 'geom' - 'content_hash')::text END,
            current_user);
    PERFORM pg_notify('lagesbild', json_build_object('kind', 'edit', 'table', TG_TABLE_NAME, 'id', id,
                                                     'user', current_user)::text);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lb_notify_import() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('lb.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF NEW.finished_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.finished_at IS NULL
                                        OR NEW.undone_at IS DISTINCT FROM OLD.undone_at) THEN
        INSERT INTO edit_log (table_name, feature_id, action, new_values, author)
        VALUES ('import_batches', NEW.id, CASE WHEN NEW.undone_at IS NULL THEN 'import' ELSE 'undo_import' END,
                json_build_object('rows_accepted', NEW.rows_accepted, 'source_file', NEW.source_file)::text,
                current_user);
        PERFORM pg_notify('lagesbild', json_build_object('kind', CASE WHEN NEW.undone_at IS NULL THEN 'import'
                                                                      ELSE 'undo_import' END,
                                                         'table', 'import_batches', 'id', NEW.id,
                                                         'user', current_user)::text);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER walk_findings_row_version BEFORE UPDATE ON walk_findings
    FOR EACH ROW EXECUTE FUNCTION lb_bump_row_version();
CREATE OR REPLACE TRIGGER interventions_row_version BEFORE UPDATE ON interventions
    FOR EACH ROW EXECUTE FUNCTION lb_bump_row_version();
CREATE OR REPLACE TRIGGER walk_findings_log AFTER INSERT OR UPDATE OR DELETE ON walk_findings
    FOR EACH ROW EXECUTE FUNCTION lb_log_change();
CREATE OR REPLACE TRIGGER walks_log AFTER INSERT OR UPDATE OR DELETE ON walks
    FOR EACH ROW EXECUTE FUNCTION lb_log_change();
CREATE OR REPLACE TRIGGER interventions_log AFTER INSERT OR UPDATE OR DELETE ON interventions
    FOR EACH ROW EXECUTE FUNCTION lb_log_change();
CREATE OR REPLACE TRIGGER areas_log AFTER INSERT OR UPDATE OR DELETE ON areas
    FOR EACH ROW EXECUTE FUNCTION lb_log_change();
CREATE OR REPLACE TRIGGER import_batches_notify AFTER INSERT OR UPDATE ON import_batches
    FOR EACH ROW EXECUTE FUNCTION lb_notify_import();
)SQL";

const QString kFindingColumns = QStringLiteral("fid, ST_X(geom), ST_Y(geom), walk_id, kind, description, responsible, "
                                               "status, due_date, fixed_date, row_version");

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

WalkFinding findingFrom(const PgRows &rows, int r)
{
    WalkFinding f;
    f.id = rows.int64(r, 0);
    if (!rows.isNull(r, 1))
        f.position = {rows.real(r, 1), rows.real(r, 2)};
    f.walkId = rows.isNull(r, 3) ? 0 : rows.int64(r, 3);
    f.kind = rows.text(r, 4);
    f.description = rows.text(r, 5);
    f.responsible = rows.text(r, 6);
    f.status = findingStatusFromString(rows.text(r, 7)).value_or(FindingStatus::Open);
    f.dueDate = QDate::fromString(rows.text(r, 8), Qt::ISODate);
    f.fixedDate = QDate::fromString(rows.text(r, 9), Qt::ISODate);
    return f;
}
} // namespace

Status enableSharedEditing(const PgConnection &db)
{
    return db.exec(QString::fromLatin1(kSharedEditing));
}

Result<std::optional<std::int64_t>> findingVersion(const PgConnection &db, FeatureId id)
{
    auto rows = db.query(QStringLiteral("SELECT row_version FROM walk_findings WHERE fid = $1"), {QString::number(id)});
    if (!rows)
        return rows.error();
    if (rows->rowCount() == 0)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{rows->int64(0, 0)};
}

Result<std::optional<VersionedFinding>> sharedFinding(const PgConnection &db, FeatureId id)
{
    auto rows =
        db.query(QStringLiteral("SELECT %1, status_changed_on FROM walk_findings WHERE fid = $1").arg(kFindingColumns),
                 {QString::number(id)});
    if (!rows)
        return rows.error();
    if (rows->rowCount() == 0)
        return std::optional<VersionedFinding>{};
    VersionedFinding out{findingFrom(*rows, 0), rows->int64(0, 10)};
    out.finding.statusChangedOn = QDate::fromString(rows->text(0, 11), Qt::ISODate);
    return std::optional<VersionedFinding>{std::move(out)};
}

Result<std::vector<FindingKind>> sharedFindingKinds(const PgConnection &db)
{
    auto rows = db.query(
        QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM finding_kinds ORDER BY sort_order, code"));
    if (!rows)
        return rows.error();
    std::vector<FindingKind> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        FindingKind k;
        k.code = rows->text(r, 0);
        k.labelSv = rows->text(r, 1);
        k.labelEn = rows->text(r, 2);
        k.sortOrder = int(rows->int64(r, 3));
        out.push_back(std::move(k));
    }
    return out;
}

Result<FindingSave> saveFinding(const PgConnection &db, const WalkFinding &finding, std::int64_t expectedVersion)
{
    auto updated = db.query(QStringLiteral("UPDATE walk_findings SET kind = $3, description = $4, responsible = $5, "
                                           "status = $6, due_date = $7::date, fixed_date = $8::date, "
                                           "status_changed_on = CASE WHEN status <> $6 THEN current_date ELSE "
                                           "status_changed_on END WHERE fid = $1 AND row_version = $2 RETURNING "
                                           "row_version"),
                            {QString::number(finding.id), QString::number(expectedVersion), finding.kind,
                             finding.description, finding.responsible, toString(finding.status),
                             dateText(finding.dueDate), dateText(finding.fixedDate)});
    if (!updated)
        return updated.error();
    FindingSave save;
    if (updated->rowCount() == 1) {
        save.saved = true;
        save.newVersion = updated->int64(0, 0);
        return save;
    }
    auto rows = db.query(QStringLiteral("SELECT %1 FROM walk_findings WHERE fid = $1").arg(kFindingColumns),
                         {QString::number(finding.id)});
    if (!rows)
        return rows.error();
    if (rows->rowCount() == 0)
        return Error{Tr::tr("Finding %1 was removed by someone else; your changes were not saved.").arg(finding.id)};
    FindingConflict conflict;
    conflict.current = findingFrom(*rows, 0);
    conflict.currentVersion = rows->int64(0, 10);
    auto last = db.query(QStringLiteral("SELECT author, to_char(changed_at AT TIME ZONE 'UTC', "
                                        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM edit_log WHERE table_name = "
                                        "'walk_findings' AND feature_id = $1 ORDER BY id DESC LIMIT 1"),
                         {QString::number(finding.id)});
    if (last && last->rowCount() == 1) {
        conflict.changedBy = last->text(0, 0);
        conflict.changedAt = last->text(0, 1);
    }
    const WalkFinding &now = conflict.current;
    conflict.message =
        Tr::tr("%1 saved finding %2 at %3, after you opened it; your changes were not saved. It now reads: status "
               "%4, responsible %5, due %6, description: %7")
            .arg(conflict.changedBy.isEmpty() ? Tr::tr("Someone else") : conflict.changedBy)
            .arg(finding.id)
            .arg(conflict.changedAt, toString(now.status), now.responsible,
                 now.dueDate.isValid() ? QLocale().toString(now.dueDate, QLocale::ShortFormat) : QStringLiteral("-"),
                 now.description);
    save.conflict = std::move(conflict);
    return save;
}

} // namespace lb::pgstore
