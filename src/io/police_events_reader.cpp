#include "io/police_events_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lb::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

// A saved response is small (the API returns at most 500 events); anything much larger is not one.
constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

const QStringList &tableColumns()
{
    static const QStringList columns = {QStringLiteral("id"),
                                        QStringLiteral("datetime"),
                                        QStringLiteral("name"),
                                        QStringLiteral("summary"),
                                        QStringLiteral("url"),
                                        QStringLiteral("type"),
                                        QStringLiteral("location_name"),
                                        QStringLiteral("gps"),
                                        QStringLiteral("occurred_at"),
                                        QStringLiteral("latitude"),
                                        QStringLiteral("longitude"),
                                        QStringLiteral("precision"),
                                        QStringLiteral("description")};
    return columns;
}

int monthNumber(const QString &name)
{
    static const char *const months[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                         "juli",    "augusti",  "september", "oktober", "november", "december"};
    const QString n = name.toLower();
    for (int i = 0; i < 12; ++i)
        if (n == QString::fromLatin1(months[i]))
            return i + 1;
    return 0;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

bool hasPoliceFields(const QJsonObject &o)
{
    return o.contains(QLatin1String("datetime")) && o.contains(QLatin1String("name")) &&
           o.contains(QLatin1String("type")) && o.value(QLatin1String("location")).isObject();
}

} // namespace

std::optional<PoliceEventTime> policeEventTime(const QString &name, const QString &published)
{
    // "2024-01-01 0:07:12 +01:00": the publication's local date is what decides the year.
    static const QRegularExpression pub(QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]|$))"));
    // "01 september 20.33, ..." (older events write 20:33; a few have no time of day).
    static const QRegularExpression when(
        QStringLiteral(R"(^\s*(\d{1,2})\s+(\p{L}+)(?:\s+(\d{1,2})[.:](\d{2}))?\s*(?:,|$))"));
    const auto p = pub.match(published);
    const auto w = when.match(name);
    if (!p.hasMatch() || !w.hasMatch())
        return std::nullopt;
    const QDate publishedOn(p.captured(1).toInt(), p.captured(2).toInt(), p.captured(3).toInt());
    const int month = monthNumber(w.captured(2));
    const int day = w.captured(1).toInt();
    if (!publishedOn.isValid() || month == 0)
        return std::nullopt;
    // An event is published after it happened: a date more than a day after the publication
    // (the day allows for clocks either side of midnight) belongs to the year before.
    int year = publishedOn.year();
    QDate date(year, month, day);
    if (!date.isValid() || date > publishedOn.addDays(1))
        date = QDate(year - 1, month, day);
    if (!date.isValid())
        return std::nullopt;
    PoliceEventTime out;
    out.date = date;
    if (!w.captured(3).isEmpty()) {
        out.time = QTime(w.captured(3).toInt(), w.captured(4).toInt());
        if (!out.time.isValid())
            return std::nullopt;
        out.hasClock = true;
    }
    return out;
}

// The text without a UTF-8 byte-order mark, which a file saved on Windows may begin with.
static QByteArray withoutBom(const QByteArray &json)
{
    return json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
}

// Whether the text begins like a JSON array, as a police response does (a GeoJSON file is an object).
static bool beginsWithArray(const QByteArray &head)
{
    const QByteArray text = withoutBom(head).trimmed();
    return text.startsWith('[');
}

bool isPoliceEventsJson(const QByteArray &json)
{
    if (!beginsWithArray(json.left(4096)))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(json));
    if (!doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array())
        if (v.isObject() && hasPoliceFields(v.toObject()))
            return true;
    return false;
}

bool isPoliceEventsFile(const QString &path)
{
    QFile f(path);
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || f.size() > kMaxBytes ||
        !f.open(QIODevice::ReadOnly) || !beginsWithArray(f.peek(4096)))
        return false;
    return isPoliceEventsJson(f.readAll());
}

Result<PoliceEventsTable> parsePoliceEvents(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(json), &error);
    if (!doc.isArray())
        return Error{Tr::tr("The police events cannot be read: %1 (at byte %2).")
                         .arg(doc.isNull() ? error.errorString() : Tr::tr("not a JSON array"))
                         .arg(error.offset)};
    PoliceEventsTable table;
    table.columns = tableColumns();
    const QJsonArray events = doc.array();
    for (qsizetype index = 0; index < events.size(); ++index) {
        std::vector<std::string> row(static_cast<size_t>(table.columns.size()));
        const auto set = [&row](int column, const QString &text) {
            row[static_cast<size_t>(column)] = text.toStdString();
        };
        QString problem;
        const QJsonValue value = events.at(index);
        if (!value.isObject()) {
            problem = QStringLiteral("Event at index %1 of the array is not an object.").arg(index);
            set(2, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
            table.rows.push_back(std::move(row));
            table.problems.push_back(problem);
            continue;
        }
        const QJsonObject o = value.toObject();
        const QJsonObject location = o.value(QLatin1String("location")).toObject();
        const QString id = valueText(o.value(QLatin1String("id")));
        const QString published = valueText(o.value(QLatin1String("datetime")));
        const QString name = valueText(o.value(QLatin1String("name")));
        const QString gps = valueText(location.value(QLatin1String("gps")));
        QString url = valueText(o.value(QLatin1String("url")));
        set(0, id);
        set(1, published);
        set(2, name);
        set(3, valueText(o.value(QLatin1String("summary"))));
        set(4, url);
        set(5, valueText(o.value(QLatin1String("type"))).simplified());
        const QString place = valueText(location.value(QLatin1String("name"))).simplified();
        set(6, place);
        set(7, gps);
        const auto when = policeEventTime(name, published);
        const QStringList latLon = gps.split(QLatin1Char(','));
        bool latOk = false, lonOk = false;
        const double lat = latLon.size() == 2 ? latLon[0].trimmed().toDouble(&latOk) : 0.0;
        const double lon = latLon.size() == 2 ? latLon[1].trimmed().toDouble(&lonOk) : 0.0;
        if (id.isEmpty())
            problem = QStringLiteral("Event at index %1 of the array has no id.").arg(index);
        else if (!when)
            problem = QStringLiteral("Event at index %1 of the array (id %2): its name %3 does not begin with a day "
                                     "and a Swedish month, or its publication time %4 is not a date.")
                          .arg(index)
                          .arg(id, QLatin1Char('"') + name + QLatin1Char('"'),
                               QLatin1Char('"') + published + QLatin1Char('"'));
        else if (!latOk || !lonOk)
            problem =
                QStringLiteral("Event at index %1 of the array (id %2): its position %3 is not \"latitude,longitude\".")
                    .arg(index)
                    .arg(id, QLatin1Char('"') + gps + QLatin1Char('"'));
        if (problem.isEmpty()) {
            set(8, when->date.toString(Qt::ISODate) +
                       (when->hasClock ? QLatin1Char(' ') + when->time.toString(QStringLiteral("HH:mm")) : QString()));
            set(9, QString::number(lat, 'f', 6));
            set(10, QString::number(lon, 'f', 6));
            // Since 2026 the police may place an event at the centre of its county instead.
            const bool county = place.endsWith(QStringLiteral(" län"), Qt::CaseInsensitive);
            set(11, county ? QStringLiteral("county_centroid") : QStringLiteral("municipality_centroid"));
            if (url.startsWith(QLatin1Char('/')))
                url.prepend(QStringLiteral("https://polisen.se"));
            const QString summary = valueText(o.value(QLatin1String("summary"))).trimmed();
            QStringList description;
            if (!summary.isEmpty())
                description << summary;
            if (county)
                description << QStringLiteral("Platsen är länets mitt: %1.").arg(place);
            if (!url.isEmpty())
                description << url;
            set(12, description.join(QLatin1Char('\n')));
        }
        table.rows.push_back(std::move(row));
        table.problems.push_back(problem);
    }
    return table;
}

Result<PoliceEventsTable> readPoliceEvents(const QString &path)
{
    QFile f(path);
    if (f.size() > kMaxBytes)
        return Error{Tr::tr("%1 is too large to be a saved police events response.").arg(path)};
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1 cannot be opened: %2").arg(path, f.errorString())};
    auto table = parsePoliceEvents(f.readAll());
    if (!table)
        return Error{path + QStringLiteral(": ") + table.errorMessage()};
    return table;
}

} // namespace lb::io
