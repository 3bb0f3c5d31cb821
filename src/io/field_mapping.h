#pragma once

// How the columns of a source become the fields of a record kind: which column holds the time,
// the category, the position; fixed values for fields the file does not have; the table that
// maps the source's category values to the taxonomy; and the source CRS. A mapping is saved in
// the store as a named profile (JSON) so that next month's file imports the same way.
//
// Plain values; any thread.

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::io {

enum class ImportKind { Incidents, Pins, Answers, Findings, Areas };

QString toString(ImportKind k); // "incidents", "pins", "answers", "findings", "areas"
std::optional<ImportKind> importKindFromString(const QString &s);

struct TargetField {
    QString name;        // e.g. "time"
    QString description; // translated, for help texts and the wizard
    bool required = false;
};

// The fields a kind has. Point kinds also take "x" and "y" unless the source has geometry.
const std::vector<TargetField> &targetFields(ImportKind kind);
bool isPointKind(ImportKind kind);

struct JoinSpec {
    QString file;  // a second table, e.g. a survey tool's respondents table
    QString layer; // its layer, first when empty
    QString key;   // its key column
    QString on;    // the column of the main source holding the same key
    bool isValid() const { return !file.isEmpty() && !key.isEmpty() && !on.isEmpty(); }
};

struct FieldMapping {
    ImportKind kind = ImportKind::Incidents;
    QString layer;                    // empty: the first layer
    QMap<QString, QString> columns;   // target field -> source column ("join.<col>" for joined columns)
    QMap<QString, QString> constants; // target field -> fixed value, used when no column is mapped
    QMap<QString, QString> valueMap;  // source category / finding-kind value (normalised) -> code
    int sourceEpsg = 0;               // 0: the file's CRS, or guessed from the values
    bool swapAxes = false;            // the x column holds northings or latitudes
    bool keepOutside = false;         // keep points outside the municipality or the CRS's area
    bool repairGeometry = false;      // repair invalid polygons (GEOS make-valid) instead of rejecting them
    JoinSpec join;

    bool hasColumn(const QString &field) const { return !columns.value(field).isEmpty(); }
    void setValue(const QString &sourceValue, const QString &code); // normalises the key

    QJsonObject toJson() const;
    static Result<FieldMapping> fromJson(const QJsonObject &json);
};

// The key under which a source value is looked up in valueMap: trimmed, simplified, lower case.
QString normalisedValue(const QString &value);

// Checks that required fields are mapped and mapped columns exist.
Status validateMapping(const FieldMapping &mapping, const QStringList &columns, bool sourceHasGeometry);

// Proposes column mappings from the column names (Swedish and English synonyms).
FieldMapping suggestMapping(ImportKind kind, const QStringList &columns);

// Named profiles in the store.
Status saveProfile(store::Store &store, const QString &name, const FieldMapping &mapping);
Result<FieldMapping> loadProfile(store::Store &store, const QString &name);
Result<QStringList> profileNames(store::Store &store);

} // namespace lb::io
