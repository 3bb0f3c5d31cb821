// RowConverter, one function per record kind: which fields are required, how each value is read,
// and which values make up the record's identity for deduplication.

#include "io/row_converter.h"

#include "io/source_reader.h"
#include "io/text_codec.h"
#include "store/store.h"

#include <algorithm>
#include <cmath>

namespace lb::io {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QByteArray num(double v)
{
    return QByteArray::number(std::llround(v * 100.0));
} // centimetres

std::optional<LocationPrecision> precisionFrom(const QString &text)
{
    const QString t = normalisedValue(text);
    if (auto p = locationPrecisionFromString(t))
        return p;
    static const std::pair<const char *, LocationPrecision> words[] = {
        {"exakt", LocationPrecision::Exact},
        {"adress", LocationPrecision::Exact},
        {"address", LocationPrecision::Exact},
        {"punkt", LocationPrecision::Exact},
        {"gata", LocationPrecision::Street},
        {"gatunivå", LocationPrecision::Street},
        {"område", LocationPrecision::AreaCentroid},
        {"area", LocationPrecision::AreaCentroid},
        {"kommun", LocationPrecision::MunicipalityCentroid},
        {"municipality", LocationPrecision::MunicipalityCentroid},
        {"län", LocationPrecision::CountyCentroid},
        {"county", LocationPrecision::CountyCentroid},
    };
    for (const auto &[w, p] : words)
        if (t == QString::fromUtf8(w))
            return p;
    return std::nullopt;
}

std::optional<TimeOfDay> timeOfDayFrom(const QString &text)
{
    const QString t = normalisedValue(text);
    if (t.isEmpty())
        return TimeOfDay::Unknown;
    if (auto v = timeOfDayFromString(t))
        return v;
    static const std::pair<const char *, TimeOfDay> words[] = {
        {"dag", TimeOfDay::Day},
        {"dagtid", TimeOfDay::Day},
        {"kväll", TimeOfDay::Evening},
        {"kvällstid", TimeOfDay::Evening},
        {"natt", TimeOfDay::Night},
        {"nattetid", TimeOfDay::Night},
        {"hela dygnet", TimeOfDay::Unknown},
        {"alla", TimeOfDay::Unknown},
        {"all day", TimeOfDay::Unknown},
        {"vet ej", TimeOfDay::Unknown},
        {"okänt", TimeOfDay::Unknown},
    };
    for (const auto &[w, v] : words)
        if (t == QString::fromUtf8(w))
            return v;
    return std::nullopt;
}

std::optional<FindingStatus> statusFrom(const QString &text)
{
    const QString t = normalisedValue(text);
    if (t.isEmpty())
        return FindingStatus::Open;
    if (auto s = findingStatusFromString(QString(t).replace(QLatin1Char(' '), QLatin1Char('_'))))
        return s;
    static const std::pair<const char *, FindingStatus> words[] = {
        {"öppen", FindingStatus::Open},          {"ny", FindingStatus::Open},
        {"ej påbörjad", FindingStatus::Open},    {"pågår", FindingStatus::InProgress},
        {"påbörjad", FindingStatus::InProgress}, {"åtgärdad", FindingStatus::Fixed},
        {"åtgärdat", FindingStatus::Fixed},      {"klar", FindingStatus::Fixed},
        {"avvisad", FindingStatus::Rejected},    {"ingen åtgärd", FindingStatus::Rejected},
    };
    for (const auto &[w, s] : words)
        if (t == QString::fromUtf8(w))
            return s;
    // The FixMyStreet family's states, in English and as FixaMinGata names them.
    static const std::pair<const char *, FindingStatus> fixMyStreet[] = {
        {"confirmed", FindingStatus::Open},
        {"bekräftad", FindingStatus::Open},
        {"investigating", FindingStatus::InProgress},
        {"under utredning", FindingStatus::InProgress},
        {"action scheduled", FindingStatus::InProgress},
        {"planerad åtgärd", FindingStatus::InProgress},
        {"fixed - council", FindingStatus::Fixed},
        {"fixed - user", FindingStatus::Fixed},
        {"closed", FindingStatus::Fixed},
        {"stängd", FindingStatus::Fixed},
        {"unable to fix", FindingStatus::Rejected},
        {"kan inte åtgärdas", FindingStatus::Rejected},
        {"not responsible", FindingStatus::Rejected},
        {"ej ansvarig", FindingStatus::Rejected},
        {"duplicate", FindingStatus::Rejected},
        {"dubblett", FindingStatus::Rejected},
    };
    for (const auto &[w, s] : fixMyStreet)
        if (t == QString::fromUtf8(w))
            return s;
    return std::nullopt;
}

} // namespace

void RowConverter::convertIncident(const SourceReader &row, ConvertedRow &out)
{
    static const QString kTime = QStringLiteral("time"), kClock = QStringLiteral("clock"),
                         kCategory = QStringLiteral("category"), kSource = QStringLiteral("source"),
                         kRef = QStringLiteral("ref"), kDescription = QStringLiteral("description"),
                         kPrecision = QStringLiteral("precision");
    PointXY p;
    if (!position(row, out, p))
        return;
    const std::string_view timeText = field(row, kTime);
    if (timeText.empty()) {
        reject(out, RejectReason::NoTime, QStringLiteral("The time is empty."));
        return;
    }
    const std::string_view clockText = field(row, kClock);
    const auto when = m_time.parse(timeText, clockText);
    if (!when) {
        QString shown = quoted(decodeText(timeText));
        if (!clockText.empty())
            shown += QLatin1Char(' ') + quoted(decodeText(clockText));
        reject(out, RejectReason::BadTime, QStringLiteral("%1 is not a date or time that can be read.").arg(shown));
        return;
    }
    const std::string_view categoryText = field(row, kCategory);
    if (categoryText.empty()) {
        reject(out, RejectReason::NoCategory, QStringLiteral("The category is empty."));
        return;
    }
    bool known = false;
    const Code &category = mapCode(categoryText, false, known);
    if (!known) {
        out.unknownValue = decodeText(categoryText).simplified();
        reject(out, RejectReason::UnknownCategory,
               QStringLiteral("The category %1 is not in the mapping table or the taxonomy.")
                   .arg(quoted(out.unknownValue)));
        return;
    }
    LocationPrecision precision = LocationPrecision::Exact;
    if (const QString pt = fieldText(row, kPrecision); !pt.isEmpty()) {
        const auto pr = precisionFrom(pt);
        if (!pr) {
            reject(out, RejectReason::BadValue,
                   QStringLiteral("The location precision %1 is not exact, street, area or municipality.")
                       .arg(quoted(pt)));
            return;
        }
        precision = *pr;
    }
    Incident &i = out.incident;
    i.position = p;
    i.occurredAt = when->instant;
    i.timePrecision = when->precision;
    i.category = category.text;
    i.locationPrecision = precision;
    // The record's identity: the source and reference id, or without a reference its content.
    const auto hash = [&](const QByteArray &source, const QByteArray &ref, const QByteArray &description) {
        out.hasRef = !ref.isEmpty();
        if (out.hasRef)
            hashParts({source, ref}, out.hash);
        else
            hashParts({num(p.x), num(p.y), QByteArray::number(i.occurredAt), toString(i.timePrecision).toUtf8(),
                       category.utf8, source, description},
                      out.hash);
        countOccurrence(out);
    };
    if (m_encodeEpsg > 0) {
        // Straight to the values the bulk writer binds; the hash is made of the same bytes the
        // QString route below would give.
        store::EncodedIncident &e = out.encoded;
        utf8Field(row, kSource, Spaces::Simplify, e.source);
        utf8Field(row, kRef, Spaces::Simplify, e.ref);
        utf8Field(row, kDescription, Spaces::Trim, e.description);
        e.category = category.utf8;
        i.source.clear();
        i.sourceRef.clear();
        i.description.clear();
        hash(e.source, e.ref, e.description);
        e.hash = out.hash;
        store::RecordWriter::encodeFixedColumns(i, m_encodeEpsg, e);
    } else {
        i.source = fieldText(row, kSource).simplified();
        i.sourceRef = fieldText(row, kRef).simplified();
        i.description = fieldText(row, kDescription).trimmed();
        hash(i.source.toUtf8(), i.sourceRef.toUtf8(), i.description.toUtf8());
    }
    out.ok = true;
}

void RowConverter::convertPin(const SourceReader &row, ConvertedRow &out)
{
    PointXY p;
    if (!position(row, out, p))
        return;
    const QString survey = fieldText(row, QStringLiteral("survey")).simplified();
    if (survey.isEmpty()) {
        reject(out, RejectReason::MissingValue, QStringLiteral("The survey name is empty."));
        return;
    }
    int year = QDate::currentDate().year();
    if (const QString y = fieldText(row, QStringLiteral("survey_year")); !y.isEmpty()) {
        bool ok = false;
        year = y.trimmed().toInt(&ok);
        if (!ok || year < 1900 || year > 2200) {
            reject(out, RejectReason::BadValue, QStringLiteral("The survey year %1 is not a year.").arg(quoted(y)));
            return;
        }
    }
    SurveyPin &pin = out.pin;
    pin = SurveyPin{};
    if (const std::string_view r = field(row, QStringLiteral("rating")); !r.empty()) {
        const auto v = parseNumber(r);
        if (!v || *v < 1 || *v > 5 || std::floor(*v) != *v) {
            reject(out, RejectReason::BadValue,
                   QStringLiteral("The rating %1 is not a whole number from 1 to 5.").arg(quoted(decodeText(r))));
            return;
        }
        pin.rating = static_cast<int>(*v);
    }
    const QString tod = fieldText(row, QStringLiteral("time_of_day"));
    const auto timeOfDay = timeOfDayFrom(tod);
    if (!timeOfDay) {
        reject(out, RejectReason::BadValue,
               QStringLiteral("The time of day %1 is not day, evening or night.").arg(quoted(tod)));
        return;
    }
    pin.position = p;
    pin.surveyId = surveyId(survey, year);
    pin.timeOfDay = *timeOfDay;
    pin.reason = fieldText(row, QStringLiteral("reason")).trimmed();
    pin.comment = fieldText(row, QStringLiteral("comment")).trimmed();
    pin.respondent = fieldText(row, QStringLiteral("respondent")).trimmed();
    hashParts({survey.toLower().toUtf8(), QByteArray::number(year), num(p.x), num(p.y), QByteArray::number(pin.rating),
               toString(pin.timeOfDay).toUtf8(), pin.reason.toUtf8(), pin.comment.toUtf8(), pin.respondent.toUtf8()},
              out.hash);
    out.ok = true;
}

void RowConverter::convertAnswer(const SourceReader &row, ConvertedRow &out)
{
    const QString areaName = fieldText(row, QStringLiteral("area")).simplified();
    const QString survey = fieldText(row, QStringLiteral("survey")).simplified();
    const QString indicator = fieldText(row, QStringLiteral("indicator")).simplified();
    const std::string_view shareText = field(row, QStringLiteral("share"));
    if (areaName.isEmpty() || survey.isEmpty() || indicator.isEmpty() || shareText.empty()) {
        reject(out, RejectReason::MissingValue, QStringLiteral("Area, survey, indicator and share are all needed."));
        return;
    }
    const auto area = m_areas.constFind(normalisedValue(areaName));
    if (area == m_areas.constEnd()) {
        reject(out, RejectReason::UnknownArea,
               QStringLiteral("The store has no area called %1.").arg(quoted(areaName)));
        return;
    }
    auto share = parseNumber(std::string_view(shareText).substr(0, shareText.find('%')));
    if (share && (shareText.find('%') != std::string_view::npos || *share > 1.0))
        *share /= 100.0;
    if (!share || *share < 0 || *share > 1) {
        reject(
            out, RejectReason::BadValue,
            QStringLiteral("The share %1 is not between 0 and 1 or 0 and 100 %.").arg(quoted(decodeText(shareText))));
        return;
    }
    int respondents = 0;
    if (const std::string_view r = field(row, QStringLiteral("respondents")); !r.empty()) {
        const auto v = parseNumber(r);
        // The upper bound keeps the conversion to int defined; no survey has a billion respondents.
        if (!v || *v < 0 || std::floor(*v) != *v || *v > 1e9) {
            reject(out, RejectReason::BadValue,
                   QStringLiteral("The number of respondents %1 is not a whole number from 0 to 1,000,000,000.")
                       .arg(quoted(decodeText(r))));
            return;
        }
        respondents = static_cast<int>(*v);
    }
    int year = QDate::currentDate().year();
    if (const QString y = fieldText(row, QStringLiteral("survey_year")); !y.isEmpty()) {
        bool ok = false;
        year = y.trimmed().toInt(&ok);
        if (!ok) {
            reject(out, RejectReason::BadValue, QStringLiteral("The survey year %1 is not a year.").arg(quoted(y)));
            return;
        }
    }
    out.answer = SurveyAnswer{0, surveyId(survey, year), *area, indicator, respondents, *share};
    out.hash.clear();
    out.ok = true;
}

void RowConverter::convertFinding(const SourceReader &row, ConvertedRow &out)
{
    PointXY p;
    if (!position(row, out, p))
        return;
    const std::string_view kindText = field(row, QStringLiteral("kind"));
    if (kindText.empty()) {
        reject(out, RejectReason::NoCategory, QStringLiteral("The kind of finding is empty."));
        return;
    }
    bool known = false;
    const QString kind = mapCode(kindText, true, known).text;
    if (!known) {
        out.unknownValue = decodeText(kindText).simplified();
        reject(out, RejectReason::UnknownCategory,
               QStringLiteral("The kind %1 is not in the mapping table or the finding kinds.")
                   .arg(quoted(out.unknownValue)));
        return;
    }
    const QString statusText = fieldText(row, QStringLiteral("status"));
    const auto status = statusFrom(statusText);
    if (!status) {
        reject(out, RejectReason::BadValue,
               QStringLiteral("The status %1 is not open, in progress, fixed or rejected.").arg(quoted(statusText)));
        return;
    }
    QDate dates[3];
    const QString dateFields[3] = {QStringLiteral("due"), QStringLiteral("fixed"), QStringLiteral("walk_date")};
    for (int k = 0; k < 3; ++k) {
        const std::string_view d = field(row, dateFields[k]);
        if (d.empty())
            continue;
        const auto t = m_time.parse(d);
        if (!t) {
            reject(out, RejectReason::BadTime,
                   QStringLiteral("%1 is not a date that can be read.").arg(quoted(decodeText(d))));
            return;
        }
        dates[k] = toDateTime(t->instant, m_store.timeZone()).date();
    }
    WalkFinding &f = out.finding;
    f = WalkFinding{};
    f.position = p;
    f.kind = kind;
    f.status = *status;
    f.dueDate = dates[0];
    f.fixedDate = dates[1];
    f.description = fieldText(row, QStringLiteral("description")).trimmed();
    f.responsible = fieldText(row, QStringLiteral("responsible")).simplified();
    const QString walk = fieldText(row, QStringLiteral("walk")).simplified();
    if (!walk.isEmpty())
        f.walkId = walkId(walk, dates[2]);
    hashParts(
        {walk.toLower().toUtf8(), num(p.x), num(p.y), kind.toUtf8(), f.description.toUtf8(), f.responsible.toUtf8()},
        out.hash);
    out.ok = true;
}

void RowConverter::convertArea(const SourceReader &row, ConvertedRow &out)
{
    if (row.geometryKind() != SourceGeometry::Polygon) {
        reject(out, row.geometryKind() == SourceGeometry::None ? RejectReason::NoPosition : RejectReason::WrongGeometry,
               QStringLiteral("An area needs a polygon geometry."));
        return;
    }
    const QString name = fieldText(row, QStringLiteral("name")).simplified();
    if (name.isEmpty()) {
        reject(out, RejectReason::MissingValue, QStringLiteral("The area name is empty."));
        return;
    }
    // An invalid polygon is never stored as it is: areas are used to count and clip, and a ring
    // that crosses itself gives wrong areas and wrong point-in-polygon answers.
    if (const QString problem = row.polygonProblem(); !problem.isEmpty()) {
        if (!m_mapping.repairGeometry) {
            reject(out, RejectReason::InvalidGeometry,
                   problem + QStringLiteral(" Import with --repair-geometry to have it repaired."));
            return;
        }
        if (!row.repairPolygon()) {
            reject(out, RejectReason::InvalidGeometry, problem + QStringLiteral(" It could not be repaired."));
            return;
        }
        out.repaired = true;
    }
    Area &a = out.area;
    a = Area{};
    a.geometry = row.polygons();
    for (Polygon &poly : a.geometry)
        for (LinearRing &ring : poly.rings) {
            const bool finite = std::all_of(ring.begin(), ring.end(),
                                            [](PointXY q) { return std::isfinite(q.x) && std::isfinite(q.y); });
            if (!finite || m_transform->transform(ring) > 0) {
                reject(out, RejectReason::TransformFailed,
                       QStringLiteral("The polygon cannot be transformed from EPSG:%1.").arg(m_setup.sourceEpsg));
                return;
            }
        }
    const Extent e = extentOf(a.geometry);
    if (!withinKeptRange({e.minX, e.minY}) || !withinKeptRange({e.maxX, e.maxY})) {
        reject(out, RejectReason::OutsideCrsArea,
               QStringLiteral("The polygon reaches far outside the area of use of EPSG:%1, where nothing is kept, "
                              "not even with --keep-outside.")
                   .arg(m_store.epsg()));
        return;
    }
    if (!m_mapping.keepOutside && !m_setup.crsAreaInStore.isEmpty() && !m_setup.crsAreaInStore.intersects(e)) {
        reject(out, RejectReason::OutsideCrsArea,
               QStringLiteral("The polygon lies outside the area of use of EPSG:%1.").arg(m_store.epsg()));
        return;
    }
    a.name = name;
    a.kind = fieldText(row, QStringLiteral("kind")).simplified();
    if (a.kind.isEmpty())
        a.kind = QStringLiteral("district");
    if (const std::string_view pop = field(row, QStringLiteral("population")); !pop.empty()) {
        const auto v = parseNumber(pop);
        // The upper bound (more than the world's population) keeps the conversion to int64 defined.
        if (!v || *v < 0 || *v > 1e11) {
            reject(out, RejectReason::BadValue,
                   QStringLiteral("The population %1 is not a number from 0 to 100,000,000,000.")
                       .arg(quoted(decodeText(pop))));
            return;
        }
        a.population = static_cast<std::int64_t>(*v);
    }
    hashParts({name.toLower().toUtf8(), a.kind.toUtf8(), num(e.minX), num(e.minY), num(e.maxX), num(e.maxY),
               QByteArray::number(static_cast<qint64>(area(a.geometry)))},
              out.hash);
    out.ok = true;
}

} // namespace lb::io
