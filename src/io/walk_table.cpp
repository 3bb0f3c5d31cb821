#include "io/walk_table.h"

#include "core/taxonomy.h"
#include "io/export_spreadsheet.h"
#include "io/source_reader.h"
#include "store/edit_log.h"
#include "store/store.h"
#include "store/walk_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace lb::io {

namespace {
struct WalkTableTr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::WalkTable)
};

enum Column { Nr, Place, Why, Observation, Kind, Responsible, Action, ColumnCount };

using FindingKey = std::tuple<int, QString, QString, QString>; // point, kind, description, responsible

QString findingJson(const WalkFinding &f)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("walk_id"), static_cast<qint64>(f.walkId)},
                                                       {QStringLiteral("point_number"), f.pointNumber},
                                                       {QStringLiteral("kind"), f.kind},
                                                       {QStringLiteral("description"), f.description},
                                                       {QStringLiteral("responsible"), f.responsible},
                                                       {QStringLiteral("status"), toString(f.status)},
                                                       {QStringLiteral("x"), f.position.x},
                                                       {QStringLiteral("y"), f.position.y}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<QString> kindCode(const std::vector<FindingKind> &kinds, const QString &text)
{
    for (const FindingKind &k : kinds)
        for (const QString &name : {k.code, k.labelSv, k.labelEn})
            if (name.compare(text, Qt::CaseInsensitive) == 0)
                return k.code;
    return std::nullopt;
}
} // namespace

const QStringList &walkTableColumns()
{
    static const QStringList columns{QStringLiteral("Nr"),
                                     QStringLiteral("Plats"),
                                     QStringLiteral("Skäl"),
                                     QStringLiteral("Iakttagelse"),
                                     QStringLiteral("Typ"),
                                     QStringLiteral("Ansvarig"),
                                     QStringLiteral("Förslag till åtgärd")};
    return columns;
}

Status writeWalkTable(const QString &path, const WalkPlan &plan)
{
    std::vector<QStringList> rows;
    for (const WalkPoint &p : plan) {
        // A point without a place name gets its coordinates, so the group can still find it.
        const QString place = p.place.isEmpty() ? QStringLiteral("%1, %2").arg(QString::number(p.position.x, 'f', 0),
                                                                               QString::number(p.position.y, 'f', 0))
                                                : p.place;
        rows.push_back({QString::number(p.number), place, p.why, QString(), QString(), QString(), QString()});
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeExcelCsv(path, walkTableColumns(), rows);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, WalkTableTr::tr("Walk"), walkTableColumns(), rows);
    return Error{WalkTableTr::tr("%1: a walk's table is written as .xlsx or .csv.").arg(path)};
}

Result<WalkTableImport> importWalkTable(store::Store &store, const Walk &walk, const QString &path,
                                        const QString &author)
{
    auto reader = SourceReader::open(path);
    if (!reader)
        return reader.error();
    SourceReader &r = **reader;
    std::array<int, ColumnCount> column{};
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c) {
        column[static_cast<std::size_t>(c)] = r.columnIndex(walkTableColumns()[c]);
        if (column[static_cast<std::size_t>(c)] < 0 && c != Place && c != Why)
            missing << walkTableColumns()[c];
    }
    if (!missing.isEmpty())
        return Error{WalkTableTr::tr("%1 lacks columns of a walk's table: %2. Its columns are: %3.")
                         .arg(path, missing.join(QLatin1String(", ")), r.columns().join(QLatin1String(", ")))};
    auto plan = store::WalkStore(store).walkPoints(walk.id);
    auto kinds = store.findingKinds();
    auto existing = store.walkFindings(walk.id);
    if (!plan || !kinds || !existing)
        return Error{!plan ? plan.errorMessage() : !kinds ? kinds.errorMessage() : existing.errorMessage()};
    std::map<int, PointXY> pointAt;
    for (const WalkPoint &p : *plan)
        pointAt[p.number] = p.position;
    std::set<FindingKey> stored;
    for (const WalkFinding &f : *existing)
        stored.insert({f.pointNumber, f.kind, f.description, f.responsible});
    QStringList kindNames;
    for (const FindingKind &k : *kinds)
        kindNames << localizedLabel(k.labelSv, k.labelEn);

    WalkTableImport result;
    std::vector<WalkFinding> findings;
    const auto cell = [&](Column c) {
        const int i = column[static_cast<std::size_t>(c)];
        return i < 0 || r.isNull(i) ? QString() : r.text(i).trimmed();
    };
    while (r.next()) {
        const std::int64_t row = r.rowNumber() + 1;
        const auto reject = [&](const QString &reason) {
            result.rejected.push_back({row, reason});
        };
        if (!r.rowProblem().isEmpty()) {
            ++result.rowsWithText;
            reject(r.rowProblem());
            continue;
        }
        const QString observation = cell(Observation), kind = cell(Kind), responsible = cell(Responsible),
                      action = cell(Action);
        if (observation.isEmpty() && kind.isEmpty() && responsible.isEmpty() && action.isEmpty())
            continue; // a point where nothing was noted
        ++result.rowsWithText;
        bool isNumber = false;
        const double nr = cell(Nr).toDouble(&isNumber);
        const int number = isNumber && nr == std::floor(nr) ? static_cast<int>(nr) : 0;
        if (!pointAt.count(number)) {
            reject(WalkTableTr::tr("Nr %1 is not a point of the walk's plan (1 to %2).")
                       .arg(cell(Nr).isEmpty() ? QStringLiteral("–") : cell(Nr))
                       .arg(plan->size()));
            continue;
        }
        if (observation.isEmpty()) {
            reject(WalkTableTr::tr("No observation (Iakttagelse) written for point %1.").arg(number));
            continue;
        }
        const auto code = kindCode(*kinds, kind);
        if (!code) {
            reject(kind.isEmpty() ? WalkTableTr::tr("No kind (Typ) given; the kinds are: %1.")
                                        .arg(kindNames.join(QLatin1String(", ")))
                                  : WalkTableTr::tr("Unknown kind %1; the kinds are: %2.")
                                        .arg(kind, kindNames.join(QLatin1String(", "))));
            continue;
        }
        WalkFinding f;
        f.walkId = walk.id;
        f.position = pointAt[number];
        f.pointNumber = number;
        f.kind = *code;
        f.responsible = responsible;
        f.description = action.isEmpty()
                            ? observation
                            : observation + QLatin1Char('\n') + WalkTableTr::tr("Proposed action: %1").arg(action);
        f.status = FindingStatus::Open;
        if (!stored.insert({f.pointNumber, f.kind, f.description, f.responsible}).second) {
            ++result.alreadyStored;
            continue;
        }
        findings.push_back(std::move(f));
    }
    if (!r.readError().isEmpty())
        return Error{r.readError()};

    const store::Database &db = store.database();
    store::Savepoint sp(db); // one transaction, or part of the caller's
    if (!sp.isActive())
        return sp.release().error();
    if (Status s = store.insertWalkFindings(findings); !s)
        return s.error();
    for (const WalkFinding &f : findings) {
        if (Status s = store::appendEditLog(db, {QStringLiteral("walk_findings"), f.id, QStringLiteral("import_table"),
                                                 QString(), findingJson(f), author});
            !s)
            return s.error();
        result.findingIds.push_back(f.id);
    }
    if (Status s = sp.release(); !s)
        return s.error();
    result.stored = static_cast<std::int64_t>(findings.size());
    return result;
}

} // namespace lb::io
