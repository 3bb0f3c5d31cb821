#include "support/place_sample.h"

#include "store/store.h"
#include "support/filter_sample.h"
#include "support/test_support.h"

namespace lb::test {

namespace {
Incident vandalism(const char *source, PointXY at, LocationPrecision precision, int day)
{
    Incident i;
    i.category = QStringLiteral("skadegorelse");
    i.source = QString::fromUtf8(source);
    i.position = at;
    i.locationPrecision = precision;
    i.occurredAt = stockholmTime(2024, 3, day, 14);
    i.sourceRef = QStringLiteral("P-%1-%2").arg(i.source).arg(day);
    return i;
}
} // namespace

Status createPlaceSampleStore(const QString &path)
{
    if (Status s = createFilterSampleStore(path); !s)
        return s;
    auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
    if (!st)
        return st.error();
    std::vector<Incident> incidents;
    int day = 1;
    for (int i = 0; i < 4; ++i)
        incidents.push_back(vandalism("Bostadsbolaget", {606000.0 + 700.0 * i, 6551000.0 + 1500.0 * i},
                                      LocationPrecision::Exact, day++));
    for (int i = 0; i < 3; ++i)
        incidents.push_back(vandalism("Bostadsbolaget", placeEastCentre, LocationPrecision::AreaCentroid, day++));
    for (int i = 0; i < 4; ++i)
        incidents.push_back(
            vandalism("Securitas", {606500.0 + 600.0 * i, 6552500.0 + 900.0 * i}, LocationPrecision::Exact, day++));
    for (int i = 0; i < 5; ++i)
        incidents.push_back(vandalism("Bostadsbolaget", {600800.0 + 800.0 * i, 6550800.0 + 1300.0 * i},
                                      LocationPrecision::Street, day++));
    for (int i = 0; i < 2; ++i)
        incidents.push_back(
            vandalism("Securitas", {601500.0 + 1000.0 * i, 6557000.0 - 600.0 * i}, LocationPrecision::Exact, day++));
    if (Status s = (*st)->insertIncidents(incidents); !s)
        return s;
    auto survey = (*st)->insertSurvey({0, QStringLiteral("Trygghetsmätning 2024"), 2024, QStringLiteral("web map")});
    if (!survey)
        return survey.error();
    std::vector<SurveyPin> pins(6);
    for (size_t i = 0; i < pins.size(); ++i) {
        pins[i].position = i < 4 ? PointXY{605800.0 + 900.0 * double(i), 6553000.0 + 700.0 * double(i)}
                                 : PointXY{601000.0 + 1500.0 * double(i - 4), 6551500.0};
        pins[i].surveyId = *survey;
        pins[i].rating = 1 + int(i % 5);
        pins[i].timeOfDay = TimeOfDay::Evening;
    }
    return (*st)->insertSurveyPins(pins);
}

long long sqlCount(const QString &path, const QString &sql)
{
    QString out, err;
    if (runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, sql}, &out, &err) != 0)
        return -1;
    bool ok = false;
    const long long n = out.trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace lb::test
