#include "io/municipalities.h"

#include "io/vector_reader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Municipalities)
};

const QString kResource = QStringLiteral(":/municipalities/swedish_municipalities.geojson");

Result<QJsonArray> features()
{
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The list of municipalities is missing from this build (%1).").arg(kResource)};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.object().value(QLatin1String("features")).toArray();
}
} // namespace

Result<std::vector<Municipality>> swedishMunicipalities()
{
    auto all = features();
    if (!all)
        return Error{all.errorMessage()};
    std::vector<Municipality> out;
    for (const QJsonValue &f : *all) {
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        out.push_back({p.value(QLatin1String("code")).toString(), p.value(QLatin1String("name")).toString(),
                       static_cast<std::int64_t>(p.value(QLatin1String("population")).toDouble())});
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::sort(out.begin(), out.end(), [&collator](const Municipality &a, const Municipality &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

Result<Municipality> findMunicipality(const QString &nameOrCode)
{
    auto all = swedishMunicipalities();
    if (!all)
        return Error{all.errorMessage()};
    const QString wanted = nameOrCode.trimmed();
    QStringList near;
    for (const Municipality &m : *all) {
        if (m.code == wanted || m.code == wanted.rightJustified(4, QLatin1Char('0')) ||
            m.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return m;
        if (!wanted.isEmpty() && m.name.startsWith(wanted.left(3), Qt::CaseInsensitive))
            near << QStringLiteral("%1 (%2)").arg(m.name, m.code);
    }
    if (near.isEmpty())
        return Error{Tr::tr("No Swedish municipality is called %1; give its name or its four-digit code "
                            "(kommunkod), e.g. Södertälje or 0181.")
                         .arg(wanted)};
    return Error{Tr::tr("No Swedish municipality is called %1. Did you mean %2?")
                     .arg(wanted, QLocale().createSeparatedList(near.mid(0, 5)))};
}

Result<MultiPolygon> municipalityBoundary(const QString &code, int epsg)
{
    auto all = features();
    if (!all)
        return Error{all.errorMessage()};
    for (const QJsonValue &f : *all) {
        const QJsonObject feature = f.toObject();
        if (feature.value(QLatin1String("properties")).toObject().value(QLatin1String("code")).toString() != code)
            continue;
        QJsonObject one{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                        {QStringLiteral("features"), QJsonArray{feature}}};
        auto read =
            readVectorData(QJsonDocument(one).toJson(QJsonDocument::Compact), QStringLiteral("boundary.geojson"), epsg);
        if (!read)
            return Error{read.errorMessage()};
        MultiPolygon out;
        for (VectorFeature &v : *read)
            for (Polygon &p : v.polygons)
                out.push_back(std::move(p));
        return out;
    }
    return Error{Tr::tr("No municipality with code %1.").arg(code)};
}

} // namespace lb::io
