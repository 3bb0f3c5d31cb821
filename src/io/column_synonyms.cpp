#include "io/column_synonyms.h"

#include <QCoreApplication>
#include <QMap>

namespace lb::io {

namespace {

// Column names that suggest a field, most specific first. Written as a person would write them;
// folded on first use. A name may suggest several fields ("Tid" is the date and time when it is
// the only time column, the time of day next to a date column): the first field to claim a
// column gets it, in the order of targetFields().
const QMap<QString, QStringList> &writtenSynonyms()
{
    static const QMap<QString, QStringList> map = {
        {QStringLiteral("time"),
         {QStringLiteral("occurred at"),
          QStringLiteral("tidpunkt"),
          QStringLiteral("händelsedatum"),
          QStringLiteral("händelsetid"),
          QStringLiteral("brottsdatum"),
          QStringLiteral("datumtid"),
          QStringLiteral("datetime"),
          QStringLiteral("timestamp"),
          QStringLiteral("datum"),
          QStringLiteral("date"),
          QStringLiteral("inkommet"),
          QStringLiteral("inkommen"),
          QStringLiteral("anmäld"),
          QStringLiteral("anmälningsdatum"),
          QStringLiteral("anmälningstid"),
          QStringLiteral("time"),
          QStringLiteral("när"),
          QStringLiteral("period"),
          QStringLiteral("månad"),
          QStringLiteral("month"),
          QStringLiteral("tid")}},
        {QStringLiteral("clock"),
         {QStringLiteral("klockslag"), QStringLiteral("klockan"), QStringLiteral("kl"), QStringLiteral("klocka"),
          QStringLiteral("tid"), QStringLiteral("time"), QStringLiteral("clock"), QStringLiteral("time of day")}},
        {QStringLiteral("category"),
         {QStringLiteral("kategori"), QStringLiteral("category"), QStringLiteral("händelsetyp"),
          QStringLiteral("brottstyp"), QStringLiteral("brottsbenämning"), QStringLiteral("crime type"),
          QStringLiteral("brottskod"), QStringLiteral("händelse"), QStringLiteral("typ"), QStringLiteral("type")}},
        {QStringLiteral("source"),
         {QStringLiteral("källa"), QStringLiteral("source"), QStringLiteral("organisation"),
          QStringLiteral("rapportör"), QStringLiteral("org")}},
        {QStringLiteral("ref"),
         {QStringLiteral("ärendenummer"), QStringLiteral("ärende-id"), QStringLiteral("diarienummer"),
          QStringLiteral("anmälningsnummer"), QStringLiteral("crime id"), QStringLiteral("reference"),
          QStringLiteral("referens"), QStringLiteral("ref"), QStringLiteral("id")}},
        {QStringLiteral("description"),
         {QStringLiteral("beskrivning"), QStringLiteral("description"), QStringLiteral("fritext"),
          QStringLiteral("text"), QStringLiteral("desc"), QStringLiteral("name")}},
        {QStringLiteral("precision"), {QStringLiteral("lägesnoggrannhet"), QStringLiteral("precision")}},
        {QStringLiteral("rating"), {QStringLiteral("betyg"), QStringLiteral("rating"), QStringLiteral("trygghet")}},
        {QStringLiteral("time_of_day"),
         {QStringLiteral("tid på dygnet"), QStringLiteral("time of day"), QStringLiteral("dygn"),
          QStringLiteral("tid")}},
        {QStringLiteral("reason"), {QStringLiteral("anledning"), QStringLiteral("orsak"), QStringLiteral("reason")}},
        {QStringLiteral("comment"),
         {QStringLiteral("kommentar"), QStringLiteral("comment"), QStringLiteral("fritext")}},
        {QStringLiteral("respondent"),
         {QStringLiteral("respondent-id"), QStringLiteral("respondent"), QStringLiteral("svars-id")}},
        {QStringLiteral("area"), {QStringLiteral("område"), QStringLiteral("area"), QStringLiteral("stadsdel")}},
        {QStringLiteral("indicator"),
         {QStringLiteral("indikator"), QStringLiteral("indicator"), QStringLiteral("fråga")}},
        {QStringLiteral("respondents"),
         {QStringLiteral("antal svar"), QStringLiteral("respondents"), QStringLiteral("antal"), QStringLiteral("n")}},
        {QStringLiteral("share"), {QStringLiteral("andel"), QStringLiteral("share"), QStringLiteral("procent")}},
        {QStringLiteral("kind"),
         {QStringLiteral("brist"), QStringLiteral("typ"), QStringLiteral("kind"), QStringLiteral("type")}},
        {QStringLiteral("responsible"), {QStringLiteral("ansvarig"), QStringLiteral("responsible")}},
        {QStringLiteral("status"), {QStringLiteral("status"), QStringLiteral("åtgärdsstatus")}},
        {QStringLiteral("due"), {QStringLiteral("åtgärdas senast"), QStringLiteral("due"), QStringLiteral("due date")}},
        {QStringLiteral("fixed"), {QStringLiteral("åtgärdad"), QStringLiteral("fixed"), QStringLiteral("fixed date")}},
        {QStringLiteral("walk"), {QStringLiteral("vandring"), QStringLiteral("walk")}},
        {QStringLiteral("walk_date"), {QStringLiteral("vandringsdatum"), QStringLiteral("walk date")}},
        {QStringLiteral("name"), {QStringLiteral("namn"), QStringLiteral("name"), QStringLiteral("område")}},
        {QStringLiteral("population"),
         {QStringLiteral("befolkning"), QStringLiteral("invånare"), QStringLiteral("population")}},
    };
    return map;
}

const QStringList &coordinateNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const char *n :
             {"lon", "long", "longitude", "lng", "longitud", "x", "easting", "ostkoordinat", "xkoordinat", "lat",
              "latitude", "latitud", "y", "northing", "nordkoordinat", "ykoordinat"})
            out << QString::fromLatin1(n);
        return out;
    }();
    return names;
}

QString fieldLabel(ImportKind kind, const QString &field)
{
    for (const TargetField &f : targetFields(kind))
        if (f.name == field)
            return f.description;
    return field;
}

} // namespace

QString foldedName(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD).toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QStringList columnSynonyms(const QString &field)
{
    QStringList out;
    for (const QString &s : writtenSynonyms().value(field))
        out << foldedName(s);
    return out;
}

bool isCoordinateName(const QString &column)
{
    return coordinateNames().contains(foldedName(column));
}

std::vector<UnmappedColumn> unmappedObviousColumns(const FieldMapping &mapping, const QStringList &columns)
{
    std::vector<UnmappedColumn> out;
    QStringList used;
    for (const QString &c : mapping.columns)
        used << foldedName(c);
    for (const QString &column : columns) {
        const QString name = foldedName(column);
        if (name.isEmpty() || used.contains(name))
            continue;
        if (isPointKind(mapping.kind) && isCoordinateName(column) &&
            !(mapping.hasColumn(QStringLiteral("x")) && mapping.hasColumn(QStringLiteral("y")))) {
            out.push_back({column, name.startsWith(QLatin1Char('y')) || name.startsWith(QLatin1String("lat")) ||
                                           name.startsWith(QLatin1String("nord")) ||
                                           name.startsWith(QLatin1String("north"))
                                       ? QStringLiteral("y")
                                       : QStringLiteral("x")});
            continue;
        }
        for (const TargetField &f : targetFields(mapping.kind)) {
            if (mapping.hasColumn(f.name) || !mapping.constants.value(f.name).isEmpty())
                continue;
            if (columnSynonyms(f.name).contains(name)) {
                out.push_back({column, f.name});
                break;
            }
        }
    }
    return out;
}

QStringList unmappedWarnings(const FieldMapping &mapping, const QStringList &columns)
{
    QStringList out;
    for (const UnmappedColumn &u : unmappedObviousColumns(mapping, columns))
        out << QCoreApplication::translate("lb::io::Importer",
                                           "The column %1 looks like the field %2 (%3) but is not imported.")
                   .arg(u.column, u.field, fieldLabel(mapping.kind, u.field));
    return out;
}

} // namespace lb::io
