#include "io/field_mapping.h"

#include "io/column_synonyms.h"
#include "store/import_catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lb::io {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonValue &v)
{
    QMap<QString, QString> m;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

} // namespace

QString toString(ImportKind k)
{
    switch (k) {
    case ImportKind::Incidents:
        return QStringLiteral("incidents");
    case ImportKind::Pins:
        return QStringLiteral("pins");
    case ImportKind::Answers:
        return QStringLiteral("answers");
    case ImportKind::Findings:
        return QStringLiteral("findings");
    case ImportKind::Areas:
        return QStringLiteral("areas");
    }
    return {};
}

std::optional<ImportKind> importKindFromString(const QString &s)
{
    for (ImportKind k :
         {ImportKind::Incidents, ImportKind::Pins, ImportKind::Answers, ImportKind::Findings, ImportKind::Areas})
        if (s.compare(toString(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

bool isPointKind(ImportKind kind)
{
    return kind == ImportKind::Incidents || kind == ImportKind::Pins || kind == ImportKind::Findings;
}

const std::vector<TargetField> &targetFields(ImportKind kind)
{
    // Built on every call for the current language; the lists are short.
    static thread_local std::vector<TargetField> fields;
    const TargetField x{QStringLiteral("x"),
                        QCoreApplication::translate("lb::io::Importer", "Easting or longitude column"), false};
    const TargetField y{QStringLiteral("y"),
                        QCoreApplication::translate("lb::io::Importer", "Northing or latitude column"), false};
    switch (kind) {
    case ImportKind::Incidents:
        fields = {
            x,
            y,
            {QStringLiteral("time"), QCoreApplication::translate("lb::io::Importer", "Date or date and time"), true},
            {QStringLiteral("clock"),
             QCoreApplication::translate("lb::io::Importer", "Time of day, when the date is in its own column"), false},
            {QStringLiteral("category"),
             QCoreApplication::translate("lb::io::Importer", "Category, mapped to the taxonomy"), true},
            {QStringLiteral("source"), QCoreApplication::translate("lb::io::Importer", "Reporting organisation"),
             false},
            {QStringLiteral("ref"), QCoreApplication::translate("lb::io::Importer", "The source's reference id"),
             false},
            {QStringLiteral("description"), QCoreApplication::translate("lb::io::Importer", "Description"), false},
            {QStringLiteral("precision"),
             QCoreApplication::translate("lb::io::Importer", "Location precision: exact, street, area or municipality"),
             false}};
        break;
    case ImportKind::Pins:
        fields = {
            x,
            y,
            {QStringLiteral("survey"), QCoreApplication::translate("lb::io::Importer", "Survey name"), true},
            {QStringLiteral("survey_year"), QCoreApplication::translate("lb::io::Importer", "Survey year"), false},
            {QStringLiteral("rating"),
             QCoreApplication::translate("lb::io::Importer", "Rating from 1 (very unsafe) to 5 (safe)"), false},
            {QStringLiteral("time_of_day"),
             QCoreApplication::translate("lb::io::Importer", "Time of day: day, evening or night"), false},
            {QStringLiteral("reason"), QCoreApplication::translate("lb::io::Importer", "Reason"), false},
            {QStringLiteral("comment"), QCoreApplication::translate("lb::io::Importer", "Comment"), false},
            {QStringLiteral("respondent"), QCoreApplication::translate("lb::io::Importer", "Respondent id"), false}};
        break;
    case ImportKind::Answers:
        fields = {
            {QStringLiteral("area"), QCoreApplication::translate("lb::io::Importer", "Area name, as in the store"),
             true},
            {QStringLiteral("survey"), QCoreApplication::translate("lb::io::Importer", "Survey name"), true},
            {QStringLiteral("survey_year"), QCoreApplication::translate("lb::io::Importer", "Survey year"), false},
            {QStringLiteral("indicator"),
             QCoreApplication::translate("lb::io::Importer", "Indicator, e.g. unsafe_evening"), true},
            {QStringLiteral("respondents"), QCoreApplication::translate("lb::io::Importer", "Number of respondents"),
             false},
            {QStringLiteral("share"), QCoreApplication::translate("lb::io::Importer", "Share, 0 to 1 or a percentage"),
             true}};
        break;
    case ImportKind::Findings:
        fields = {
            x,
            y,
            {QStringLiteral("walk"), QCoreApplication::translate("lb::io::Importer", "Safety walk name"), false},
            {QStringLiteral("walk_date"), QCoreApplication::translate("lb::io::Importer", "Date of the walk"), false},
            {QStringLiteral("kind"),
             QCoreApplication::translate("lb::io::Importer", "Kind of finding, mapped to the finding kinds"), true},
            {QStringLiteral("description"), QCoreApplication::translate("lb::io::Importer", "Description"), false},
            {QStringLiteral("responsible"), QCoreApplication::translate("lb::io::Importer", "Responsible organisation"),
             false},
            {QStringLiteral("status"),
             QCoreApplication::translate("lb::io::Importer", "Status: open, in progress, fixed or rejected"), false},
            {QStringLiteral("due"), QCoreApplication::translate("lb::io::Importer", "Due date"), false},
            {QStringLiteral("fixed"), QCoreApplication::translate("lb::io::Importer", "Date fixed"), false}};
        break;
    case ImportKind::Areas:
        fields = {{QStringLiteral("name"), QCoreApplication::translate("lb::io::Importer", "Area name"), true},
                  {QStringLiteral("kind"), QCoreApplication::translate("lb::io::Importer", "Area kind, e.g. district"),
                   false},
                  {QStringLiteral("population"), QCoreApplication::translate("lb::io::Importer", "Population"), false}};
        break;
    }
    return fields;
}

QString normalisedValue(const QString &value)
{
    return value.simplified().toLower();
}

void FieldMapping::setValue(const QString &sourceValue, const QString &code)
{
    valueMap.insert(normalisedValue(sourceValue), code);
}

QJsonObject FieldMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kind"), toString(kind));
    if (!layer.isEmpty())
        o.insert(QStringLiteral("layer"), layer);
    o.insert(QStringLiteral("columns"), mapToJson(columns));
    o.insert(QStringLiteral("constants"), mapToJson(constants));
    o.insert(QStringLiteral("values"), mapToJson(valueMap));
    o.insert(QStringLiteral("source_epsg"), sourceEpsg);
    o.insert(QStringLiteral("swap_axes"), swapAxes);
    o.insert(QStringLiteral("keep_outside"), keepOutside);
    if (repairGeometry)
        o.insert(QStringLiteral("repair_geometry"), true);
    if (join.isValid())
        o.insert(QStringLiteral("join"), QJsonObject{{QStringLiteral("file"), join.file},
                                                     {QStringLiteral("layer"), join.layer},
                                                     {QStringLiteral("key"), join.key},
                                                     {QStringLiteral("on"), join.on}});
    return o;
}

Result<FieldMapping> FieldMapping::fromJson(const QJsonObject &o)
{
    FieldMapping m;
    const auto kind = importKindFromString(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error{
            QCoreApplication::translate("lb::io::Importer", "The mapping profile names no known record kind.")};
    m.kind = *kind;
    m.layer = o.value(QStringLiteral("layer")).toString();
    m.columns = mapFromJson(o.value(QStringLiteral("columns")));
    m.constants = mapFromJson(o.value(QStringLiteral("constants")));
    m.valueMap = mapFromJson(o.value(QStringLiteral("values")));
    m.sourceEpsg = o.value(QStringLiteral("source_epsg")).toInt();
    m.swapAxes = o.value(QStringLiteral("swap_axes")).toBool();
    m.keepOutside = o.value(QStringLiteral("keep_outside")).toBool();
    m.repairGeometry = o.value(QStringLiteral("repair_geometry")).toBool();
    const QJsonObject j = o.value(QStringLiteral("join")).toObject();
    m.join = {j.value(QStringLiteral("file")).toString(), j.value(QStringLiteral("layer")).toString(),
              j.value(QStringLiteral("key")).toString(), j.value(QStringLiteral("on")).toString()};
    return m;
}

Status validateMapping(const FieldMapping &m, const QStringList &columns, bool sourceHasGeometry)
{
    QStringList known;
    for (const TargetField &f : targetFields(m.kind))
        known << f.name;
    for (auto it = m.columns.begin(); it != m.columns.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{QCoreApplication::translate("lb::io::Importer", "%1 is not a field of %2; the fields are: %3.")
                             .arg(it.key(), toString(m.kind), known.join(QLatin1String(", ")))};
        if (it.value().startsWith(QLatin1String("join.")) && m.join.isValid())
            continue;
        bool found = false;
        for (const QString &c : columns)
            found = found || c.compare(it.value(), Qt::CaseInsensitive) == 0;
        if (!found)
            return Error{QCoreApplication::translate("lb::io::Importer",
                                                     "The file has no column %1 (mapped to %2). Its columns are: %3.")
                             .arg(it.value(), it.key(), columns.join(QLatin1String(", ")))};
    }
    for (auto it = m.constants.begin(); it != m.constants.end(); ++it)
        if (!known.contains(it.key()))
            return Error{QCoreApplication::translate("lb::io::Importer", "%1 is not a field of %2; the fields are: %3.")
                             .arg(it.key(), toString(m.kind), known.join(QLatin1String(", ")))};
    for (const TargetField &f : targetFields(m.kind))
        if (f.required && !m.hasColumn(f.name) && m.constants.value(f.name).isEmpty())
            return Error{
                QCoreApplication::translate("lb::io::Importer",
                                            "No column is mapped to the required field %1 (%2). Use --map %1=COLUMN or "
                                            "--set %1=VALUE.")
                    .arg(f.name, f.description)};
    if (isPointKind(m.kind) && !sourceHasGeometry &&
        !(m.hasColumn(QStringLiteral("x")) && m.hasColumn(QStringLiteral("y"))))
        return Error{QCoreApplication::translate(
            "lb::io::Importer", "The file has no geometry and no coordinate columns were found or mapped. Use --map "
                                "x=COLUMN --map y=COLUMN.")};
    if (m.kind == ImportKind::Areas && !sourceHasGeometry)
        return Error{QCoreApplication::translate("lb::io::Importer", "Areas need a file with polygon geometries.")};
    return {};
}

FieldMapping suggestMapping(ImportKind kind, const QStringList &columns)
{
    FieldMapping m;
    m.kind = kind;
    QStringList used;
    for (const TargetField &f : targetFields(kind)) {
        if (f.name == QLatin1String("x") || f.name == QLatin1String("y"))
            continue;
        for (const QString &want : columnSynonyms(f.name)) {
            for (const QString &c : columns)
                if (foldedName(c) == want && !used.contains(c)) {
                    m.columns.insert(f.name, c);
                    used << c;
                    break;
                }
            if (m.hasColumn(f.name))
                break;
        }
    }
    return m;
}

Status saveProfile(store::Store &store, const QString &name, const FieldMapping &mapping)
{
    store::ImportCatalog catalog(store);
    const QString json = QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    return catalog.saveProfile({name, toString(mapping.kind), json, {}});
}

Result<FieldMapping> loadProfile(store::Store &store, const QString &name)
{
    store::ImportCatalog catalog(store);
    auto record = catalog.profile(name);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error{
            QCoreApplication::translate("lb::io::Importer", "There is no mapping profile called %1 in this store.")
                .arg(name)};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson((*record)->definition.toUtf8(), &err);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("lb::io::Importer", "The mapping profile %1 is damaged: %2")
                         .arg(name, err.errorString())};
    return FieldMapping::fromJson(doc.object());
}

Result<QStringList> profileNames(store::Store &store)
{
    store::ImportCatalog catalog(store);
    auto list = catalog.profiles();
    if (!list)
        return list.error();
    QStringList names;
    for (const auto &p : *list)
        names << p.name;
    return names;
}

} // namespace lb::io
