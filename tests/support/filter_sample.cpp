#include "support/filter_sample.h"

#include "store/store.h"
#include "support/sample_store.h"

#include <QTimeZone>

namespace lb::test {

namespace {
Incident incident(const char *category, PointXY at, LocationPrecision precision, Instant when)
{
    Incident i;
    i.category = QString::fromLatin1(category);
    i.position = at;
    i.locationPrecision = precision;
    i.occurredAt = when;
    i.source = QStringLiteral("Polisen");
    return i;
}
} // namespace

Instant stockholmTime(int y, int m, int d, int h, int min)
{
    return toInstant(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Stockholm")));
}

Status createFilterSampleStore(const QString &path)
{
    if (Status s = createSampleStore(path); !s)
        return s;
    auto st = store::Store::open(path, store::Store::Mode::ReadWrite);
    if (!st)
        return st.error();
    std::vector<Incident> extra;
    for (int i = 0; i < 4; ++i)
        extra.push_back(
            incident("klotter", filterPlaceA, LocationPrecision::Exact, stockholmTime(2024, 1, 10, 20, 30)));
    for (int i = 0; i < 3; ++i)
        extra.push_back(
            incident("brand_bil", filterPlaceB, LocationPrecision::Exact, stockholmTime(2024, 7, 10, 3, 15)));
    for (int i = 0; i < 2; ++i)
        extra.push_back(incident("klotter", filterPlaceC, LocationPrecision::Street, stockholmTime(2024, 7, 10, 12)));
    for (int i = 0; i < 5; ++i)
        extra.push_back(
            incident("klotter", filterWestCentre, LocationPrecision::AreaCentroid, stockholmTime(2024, 1, 11, 19)));
    for (int i = 0; i < 6; ++i)
        extra.push_back(
            incident("vald_nara_relation", filterWestHome, LocationPrecision::Exact, stockholmTime(2024, 1, 12, 21)));
    for (size_t i = 0; i < extra.size(); ++i)
        extra[i].sourceRef = QStringLiteral("F-%1").arg(i);
    return (*st)->insertIncidents(extra);
}

} // namespace lb::test
