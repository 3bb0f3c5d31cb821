#include "io/import_log.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lb::io {

store::EditLogEntry importLogEntry(const store::ImportBatch &counts, const ImportSummary &summary, const QString &path)
{
    QJsonObject values{{QStringLiteral("file"), path},
                       {QStringLiteral("rows_accepted"), static_cast<qint64>(counts.rowsAccepted)},
                       {QStringLiteral("rows_rejected"), static_cast<qint64>(counts.rowsRejected)},
                       {QStringLiteral("personal_data"), toString(summary.personalDataChoice)}};
    if (summary.personalData.any()) {
        QJsonObject found;
        for (const PersonalDataColumn &c : summary.personalData.columns) {
            QJsonObject kinds;
            for (int k = 0; k < kPersonalDataKindCount; ++k)
                if (c.rows[static_cast<size_t>(k)])
                    kinds.insert(personalDataCode(static_cast<PersonalDataKind>(k)),
                                 static_cast<qint64>(c.rows[static_cast<size_t>(k)]));
            found.insert(c.column, kinds);
        }
        values.insert(QStringLiteral("personal_data_rows"), found);
        values.insert(QStringLiteral("values_redacted"), static_cast<qint64>(summary.personalData.valuesRedacted));
    }
    store::EditLogEntry entry;
    entry.table = QStringLiteral("import_batches");
    entry.featureId = counts.id;
    entry.action = QStringLiteral("import");
    entry.newValues = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    return entry;
}

} // namespace lb::io
