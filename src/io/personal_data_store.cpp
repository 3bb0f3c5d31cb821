#include "io/personal_data_store.h"

#include "store/edit_log.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace lb::io {

namespace {

struct ScannedColumn {
    const char *name;
    bool json; // a JSON document: its strings are scanned, so escapes cannot hide a number
};
struct ScannedTable {
    const char *name;
    const char *key;
    std::vector<ScannedColumn> columns;
};

// Every text column that can hold what a file or a person wrote. Codes, times and geometries
// cannot, and are left out.
const std::vector<ScannedTable> &scannedTables()
{
    static const std::vector<ScannedTable> tables = {
        {"incidents", "fid", {{"source", false}, {"source_ref", false}, {"description", false}}},
        {"survey_pins", "fid", {{"reason", false}, {"comment", false}, {"respondent", false}}},
        {"walk_findings", "fid", {{"description", false}, {"responsible", false}}},
        {"walks", "fid", {{"name", false}, {"participants", false}}},
        {"surveys", "id", {{"name", false}, {"method", false}}},
        {"areas", "fid", {{"name", false}}},
        {"survey_answers", "id", {{"indicator", false}}},
        {"import_batches", "id", {{"source_file", false}}},
        {"import_rejects", "id", {{"raw_values", true}, {"reason", false}}},
        {"import_profiles", "id", {{"definition", true}}},
        {"edit_log", "id", {{"old_values", true}, {"new_values", true}}},
    };
    return tables;
}

using Counts = std::array<int, kPersonalDataKindCount>;

// Counts the matches in `text` and, when `redact`, replaces them; true when anything was found.
bool handleText(QString &text, Counts &counts, bool redact)
{
    if (redact)
        return redactPersonalData(text, counts.data()) > 0;
    const QByteArray utf8 = text.toUtf8();
    thread_local std::vector<PersonalDataMatch> matches;
    findPersonalData(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), matches);
    for (const PersonalDataMatch &m : matches)
        ++counts[static_cast<size_t>(m.kind)];
    return !matches.empty();
}

bool handleJson(QJsonValue &value, Counts &counts, bool redact)
{
    bool found = false;
    if (value.isString()) {
        QString s = value.toString();
        if (handleText(s, counts, redact)) {
            found = true;
            value = s;
        }
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (handleJson(item, counts, redact)) {
                found = true;
                array.replace(i, item);
            }
        }
        if (found)
            value = array;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString key = it.key();
            QJsonValue item = it.value();
            found = handleText(key, counts, redact) | found;
            found = handleJson(item, counts, redact) | found;
            out.insert(key, item);
        }
        if (found)
            value = out;
    }
    return found;
}

// One value of a column: counted, and changed in place when `redact`; true when anything was found.
bool handleValue(QString &text, bool json, Counts &counts, bool redact)
{
    if (text.isEmpty())
        return false;
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
            QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            if (!handleJson(root, counts, redact))
                return false;
            if (redact)
                text =
                    QString::fromUtf8((root.isObject() ? QJsonDocument(root.toObject()) : QJsonDocument(root.toArray()))
                                          .toJson(QJsonDocument::Compact));
            return true;
        }
    }
    return handleText(text, counts, redact);
}

bool tableExists(const store::Database &db, const char *table)
{
    return db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                           .arg(QLatin1String(table)))
               .value_or(0) > 0;
}

Result<StorePersonalDataReport> run(store::Store &store, bool redact)
{
    const store::Database &db = store.database();
    std::optional<store::Transaction> tx;
    if (redact) {
        if (store.isReadOnly())
            return Error{QCoreApplication::translate("lb::io::PersonalData", "The store %1 is open read-only.")
                             .arg(store.path())};
        tx.emplace(db);
        if (!tx->isActive())
            return Error{QCoreApplication::translate("lb::io::PersonalData", "Cannot start writing to %1: %2")
                             .arg(store.path(), tx->error())};
    }
    StorePersonalDataReport report;
    for (const ScannedTable &t : scannedTables()) {
        if (!tableExists(db, t.name))
            continue;
        QStringList names;
        for (const ScannedColumn &c : t.columns)
            names << QLatin1String(c.name);
        auto select =
            db.prepare(QStringLiteral("SELECT %1, %2 FROM %3")
                           .arg(QLatin1String(t.key), names.join(QLatin1String(", ")), QLatin1String(t.name)));
        if (!select)
            return select.error();
        std::vector<StorePersonalData> found(t.columns.size());
        struct Change {
            std::int64_t key;
            std::vector<QString> values; // the row's columns after redaction
            QJsonObject removed;         // column -> kind -> matches
        };
        std::vector<Change> changes;
        while (select->step()) {
            Change change{select->int64(0), {}, {}};
            bool changed = false;
            for (size_t c = 0; c < t.columns.size(); ++c) {
                QString text =
                    select->isNull(static_cast<int>(c) + 1) ? QString() : select->text(static_cast<int>(c) + 1);
                Counts counts{};
                if (handleValue(text, t.columns[c].json, counts, redact)) {
                    changed = true;
                    QJsonObject kinds;
                    for (int k = 0; k < kPersonalDataKindCount; ++k) {
                        if (!counts[static_cast<size_t>(k)])
                            continue;
                        ++found[c].rows[static_cast<size_t>(k)];
                        found[c].values[static_cast<size_t>(k)] += counts[static_cast<size_t>(k)];
                        kinds.insert(personalDataCode(static_cast<PersonalDataKind>(k)),
                                     counts[static_cast<size_t>(k)]);
                    }
                    change.removed.insert(QLatin1String(t.columns[c].name), kinds);
                }
                change.values.push_back(text);
            }
            if (changed && redact)
                changes.push_back(std::move(change));
        }
        if (select->failed())
            return Error{select->lastError()};
        for (size_t c = 0; c < t.columns.size(); ++c) {
            if (std::all_of(found[c].rows.begin(), found[c].rows.end(), [](std::int64_t n) { return n == 0; }))
                continue;
            found[c].table = QLatin1String(t.name);
            found[c].column = QLatin1String(t.columns[c].name);
            report.columns.push_back(found[c]);
        }
        if (changes.empty())
            continue;
        QStringList sets;
        for (const QString &n : names)
            sets << n + QStringLiteral(" = ?");
        auto update = db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                     .arg(QLatin1String(t.name), sets.join(QLatin1String(", ")), QLatin1String(t.key)));
        if (!update)
            return update.error();
        for (const Change &change : changes) {
            update->reset();
            int index = 0;
            for (const QString &v : change.values)
                update->bind(++index, v);
            update->bind(++index, change.key);
            if (!update->exec())
                return Error{QCoreApplication::translate("lb::io::PersonalData", "Could not redact %1 row %2: %3")
                                 .arg(QLatin1String(t.name))
                                 .arg(change.key)
                                 .arg(update->lastError())};
            // What was removed, counted by kind; the old values themselves are never logged.
            store::EditLogEntry entry;
            entry.table = QLatin1String(t.name);
            entry.featureId = change.key;
            entry.action = QStringLiteral("redact_personal_data");
            entry.oldValues = QString::fromUtf8(QJsonDocument(change.removed).toJson(QJsonDocument::Compact));
            if (Status s = store::appendEditLog(db, entry); !s)
                return s.error();
            ++report.rowsChanged;
        }
    }
    if (tx)
        if (Status s = tx->commit(); !s)
            return s.error();
    return report;
}

} // namespace

Result<StorePersonalDataReport> scanStorePersonalData(store::Store &store)
{
    return run(store, false);
}

Result<StorePersonalDataReport> redactStorePersonalData(store::Store &store)
{
    return run(store, true);
}

} // namespace lb::io
