#include "report/followup_list.h"

#include "core/taxonomy.h"
#include "store/finding_edits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <algorithm>
#include <map>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::FollowupList)
};

// The findings with their walk, in the parallel arrays analysis::walkFollowup takes.
struct FollowupArrays {
    std::vector<const WalkFinding *> finding;
    std::vector<FindingStatus> status;
    std::vector<QDate> found, fixed;
    std::vector<std::uint16_t> kind, responsible;

    analysis::WalkFollowupInput input() const
    {
        analysis::WalkFollowupInput in;
        in.status = status;
        in.found = found;
        in.fixed = fixed;
        in.kind = kind;
        in.responsible = responsible;
        in.kindNames = {QString()};
        in.responsibleNames = {QString()};
        return in;
    }
    void add(const WalkFinding &f, const QDate &walkDate)
    {
        finding.push_back(&f);
        status.push_back(f.status);
        found.push_back(walkDate);
        fixed.push_back(f.fixedDate);
        kind.push_back(0);
        responsible.push_back(0);
    }
};
// The finding's first photos, decoded at thumbnail size (a phone's JPEG is decoded scaled down).
void loadThumbnails(const store::StoreReader &store, FollowupItem &item)
{
    constexpr int kThumbnailPx = 240; // 20 mm at 300 dpi
    auto photos = store.findingPhotos(item.findingId, true);
    if (!photos)
        return; // the list is still right without its pictures
    item.photoCount = int(photos->size());
    for (const store::FindingPhoto &p : *photos) {
        if (int(item.thumbnails.size()) >= kFollowupThumbnails)
            break;
        QBuffer buffer;
        buffer.setData(p.data);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true); // phones store the camera's orientation apart from the pixels
        const QSize size = reader.size();
        if (size.isValid() && size.height() > kThumbnailPx)
            reader.setScaledSize(size.scaled(QSize(4 * kThumbnailPx, kThumbnailPx), Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (image.isNull())
            continue;
        if (image.height() > kThumbnailPx)
            image = image.scaledToHeight(kThumbnailPx, Qt::SmoothTransformation);
        item.thumbnails.push_back(image.convertToFormat(QImage::Format_RGB32));
    }
}
} // namespace

Result<FollowupList> buildFollowupList(const store::StoreReader &store, const FollowupListOptions &options,
                                       Feedback &feedback)
{
    if (!options.asOf.isValid())
        return Error{Tr::tr("The follow-up list needs a reference date.")};
    auto walks = store.walks();
    if (!walks)
        return Error{walks.errorMessage()};
    auto findings = store.walkFindings();
    if (!findings)
        return Error{findings.errorMessage()};
    std::map<FeatureId, const Walk *> walkOf;
    for (const Walk &w : *walks)
        walkOf[w.id] = &w;
    std::map<QString, QString> kindLabel;
    if (auto kinds = store.findingKinds())
        for (const FindingKind &k : *kinds)
            kindLabel[k.code] = localizedLabel(k.labelSv, k.labelEn);

    FollowupArrays arrays;
    for (const WalkFinding &f : *findings) {
        const auto w = walkOf.find(f.walkId);
        arrays.add(f, w == walkOf.end() ? QDate() : w->second->date);
    }
    analysis::WalkFollowupParameters parameters;
    parameters.referenceDate = options.asOf;
    parameters.overdueAfterDays = options.overdueDays;
    auto result = analysis::walkFollowup(arrays.input(), parameters, feedback);
    if (!result)
        return Error{result.errorMessage()};

    FollowupList list;
    list.asOf = options.asOf;
    list.publicList = options.publicList;
    list.overdueDays = options.overdueDays;
    std::map<QString, FollowupSection> sections;
    for (std::size_t i = 0; i < arrays.finding.size(); ++i) {
        if (result->ageDays[i] < 0)
            continue; // walk after the reference date, or without a date
        ++list.findingsConsidered;
        const FindingStatus status = result->statusAsOf[i];
        const WalkFinding &f = *arrays.finding[i];
        if (status != FindingStatus::Open && status != FindingStatus::InProgress)
            continue;
        const QString org = f.responsible.trimmed().isEmpty() ? Tr::tr("(no organisation)") : f.responsible.trimmed();
        if (!options.responsible.isEmpty() && f.responsible.trimmed() != options.responsible.trimmed())
            continue;
        const Walk &walk = *walkOf.at(f.walkId);
        FollowupItem item;
        item.findingId = f.id;
        item.walkName = walk.name;
        item.walkDate = walk.date;
        item.pointNumber = f.pointNumber;
        const auto label = kindLabel.find(f.kind);
        item.kind = label == kindLabel.end() ? f.kind : label->second;
        if (!options.publicList)
            item.description = f.description;
        item.status = status;
        item.since = status == FindingStatus::InProgress && f.statusChangedOn.isValid() &&
                             f.statusChangedOn <= options.asOf && f.statusChangedOn >= walk.date
                         ? f.statusChangedOn
                         : walk.date;
        item.dueImplied = !f.dueDate.isValid();
        item.due = item.dueImplied ? walk.date.addDays(options.overdueDays) : f.dueDate;
        item.overdueDays = int(std::max<qint64>(0, item.due.daysTo(options.asOf)));
        if (options.withPhotos)
            loadThumbnails(store, item);
        FollowupSection &section = sections[org];
        section.responsible = org;
        (status == FindingStatus::Open ? section.open : section.inProgress) += 1;
        section.overdue += item.overdueDays > 0 ? 1 : 0;
        section.items.push_back(std::move(item));
    }
    for (auto &[name, section] : sections) {
        std::stable_sort(section.items.begin(), section.items.end(), [](const FollowupItem &a, const FollowupItem &b) {
            if (a.overdueDays != b.overdueDays)
                return a.overdueDays > b.overdueDays;
            if (a.since != b.since)
                return a.since < b.since;
            return a.findingId < b.findingId;
        });
        list.sections.push_back(std::move(section));
    }
    return list;
}

QStringList followupHeader()
{
    return {Tr::tr("Responsible"), Tr::tr("Walk"),         Tr::tr("Walk date"), Tr::tr("Point"),
            Tr::tr("Kind"),        Tr::tr("Description"),  Tr::tr("Status"),    Tr::tr("Since"),
            Tr::tr("Due date"),    Tr::tr("Days overdue"), Tr::tr("Finding id")};
}

std::vector<QStringList> followupRows(const FollowupList &list)
{
    std::vector<QStringList> rows;
    for (const FollowupSection &s : list.sections)
        for (const FollowupItem &i : s.items)
            rows.push_back({s.responsible, i.walkName, i.walkDate.toString(Qt::ISODate),
                            i.pointNumber > 0 ? QString::number(i.pointNumber) : QString(), i.kind, i.description,
                            i.status == FindingStatus::InProgress ? Tr::tr("In progress") : Tr::tr("Open"),
                            i.since.toString(Qt::ISODate), i.due.toString(Qt::ISODate), QString::number(i.overdueDays),
                            QString::number(i.findingId)});
    return rows;
}

Result<std::vector<WalkSummary>> walkSummaries(const store::StoreReader &store, const QDate &until, Feedback &feedback)
{
    auto walks = store.walks();
    if (!walks)
        return Error{walks.errorMessage()};
    std::vector<Walk> sorted = *walks;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Walk &a, const Walk &b) { return a.date < b.date; });
    std::vector<WalkSummary> out;
    for (const Walk &walk : sorted) {
        if (!walk.date.isValid() || walk.date > until)
            continue;
        auto findings = store.walkFindings(walk.id);
        if (!findings)
            return Error{findings.errorMessage()};
        FollowupArrays arrays;
        for (const WalkFinding &f : *findings)
            arrays.add(f, walk.date);
        WalkSummary s;
        s.walk = walk;
        s.asOf = std::min(walk.date.addYears(1), until);
        analysis::WalkFollowupParameters parameters;
        parameters.referenceDate = s.asOf;
        auto r = analysis::walkFollowup(arrays.input(), parameters, feedback);
        if (!r)
            return Error{r.errorMessage()};
        const analysis::FollowupGroup &g = r->all;
        s.total = g.total;
        s.fixed = g.counts[int(FindingStatus::Fixed)];
        s.stillOpen = g.counts[int(FindingStatus::Open)] + g.counts[int(FindingStatus::InProgress)];
        s.rejected = g.counts[int(FindingStatus::Rejected)];
        s.medianDaysToFix = g.medianDaysToFix;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace lb::report
