#include "police_uk_fixture.h"

#include <QCryptographicHash>
#include <QString>

#include <algorithm>
#include <random>
#include <vector>

namespace lb::test {

namespace {

constexpr int kSnapPoints = 37;
const char *const kTypes[] = {"Burglary", "Anti-social behaviour", "Criminal damage and arson", "Vehicle crime",
                              "Drugs"};

bool hasIds(int group)
{
    return group % 3 == 0;
}

QByteArray crimeId(int group, int copy)
{
    return QCryptographicHash::hash(QStringLiteral("crime %1 %2").arg(group).arg(copy).toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QByteArray row(const PoliceUkSpec &spec, int group, int copy)
{
    const int snap = group % kSnapPoints;
    const int monthIndex = group / kSnapPoints;
    const double lat = 59.301234 + (snap % 7) * 0.01;
    const double lon = 18.000567 + (snap / 7) * 0.02;
    const QByteArray id = hasIds(group) ? crimeId(group, copy) : QByteArray();
    const QByteArray outcome = hasIds(group) ? "Investigation complete; no suspect identified" : "";
    return id + ',' +
           QStringLiteral("%1-%2")
               .arg(2019 + monthIndex / 12)
               .arg(1 + monthIndex % 12, 2, 10, QLatin1Char('0'))
               .toUtf8() +
           ",Metropolitan Police Service,Metropolitan Police Service," + QByteArray::number(lon, 'f', 6) + ',' +
           QByteArray::number(lat, 'f', 6) + ",On or near Street " + QByteArray::number(snap) + ",E01004" +
           QByteArray::number(700 + snap) + ",Westminster 0" + QByteArray::number(10 + snap) + "A," +
           kTypes[group % 5] + ',' + outcome + ',' + QByteArray(spec.paddingBytes, 'x') + '\n';
}

} // namespace

int policeUkCopies(const PoliceUkSpec &spec, int group)
{
    if (group < 0 || group >= spec.groups)
        return 0;
    const int copies = 1 + group % 4 + (group % 2 == 0 ? spec.extraCopies : 0);
    return std::min(copies, spec.maxCopies);
}

PoliceUkFile policeUkCsv(const PoliceUkSpec &spec)
{
    std::vector<QByteArray> rows;
    PoliceUkFile file;
    for (int g = 0; g < spec.groups; ++g) {
        const int copies = policeUkCopies(spec, g);
        for (int k = 0; k < copies; ++k)
            rows.push_back(row(spec, g, k));
        file.crimes += copies;
        if (!hasIds(g))
            file.copies += copies - 1;
    }
    int repeated = 0;
    for (int g = 0; g < spec.groups && repeated < spec.repeatedIds; g += 3, ++repeated)
        rows.push_back(row(spec, g, 0));
    file.repeatedIds = repeated;
    std::mt19937 random(spec.seed);
    std::shuffle(rows.begin(), rows.end(), random);
    file.csv = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
               "Last outcome category,Context\n";
    for (const QByteArray &r : rows)
        file.csv += r;
    file.rows = static_cast<std::int64_t>(rows.size());
    return file;
}

std::int64_t policeUkNewCrimes(const PoliceUkSpec &earlier, const PoliceUkSpec &later)
{
    std::int64_t fresh = 0;
    for (int g = 0; g < later.groups; ++g)
        fresh += std::max(0, policeUkCopies(later, g) - policeUkCopies(earlier, g));
    return fresh;
}

io::FieldMapping policeUkMapping()
{
    io::FieldMapping m;
    m.kind = io::ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("Crime ID")},
                 {QStringLiteral("time"), QStringLiteral("Month")},
                 {QStringLiteral("category"), QStringLiteral("Crime type")},
                 {QStringLiteral("x"), QStringLiteral("Longitude")},
                 {QStringLiteral("y"), QStringLiteral("Latitude")},
                 {QStringLiteral("source"), QStringLiteral("Reported by")},
                 {QStringLiteral("description"), QStringLiteral("Location")}};
    m.sourceEpsg = 4326;
    m.setValue(QStringLiteral("Burglary"), QStringLiteral("inbrott_stold"));
    m.setValue(QStringLiteral("Anti-social behaviour"), QStringLiteral("ordningsstorning"));
    m.setValue(QStringLiteral("Criminal damage and arson"), QStringLiteral("skadegorelse"));
    m.setValue(QStringLiteral("Vehicle crime"), QStringLiteral("inbrott_stold"));
    m.setValue(QStringLiteral("Drugs"), QStringLiteral("narkotika"));
    return m;
}

} // namespace lb::test
