#include "io/row_converter.h"

#include "io/column_synonyms.h"
#include "io/source_reader.h"
#include "io/text_codec.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace lb::io {

namespace {
std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ')
        s.remove_prefix(1);
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ')
        s.remove_suffix(1);
    return s;
}

QString quotedText(std::string_view raw)
{
    return QLatin1Char('\'') + decodeText(raw) + QLatin1Char('\'');
}
} // namespace

bool RowConverter::withinKeptRange(PointXY p) const
{
    // --keep-outside keeps points near the store CRS's area of use, not anywhere: a position
    // thousands of kilometres away is a broken value, and one such value makes every extent and
    // every grid over the data useless. Without a known area of use, a projected CRS in metres
    // still has no place beyond the Earth's circumference.
    constexpr double kMargin = 1'000'000;      // metres around the area of use
    constexpr double kEarthLimit = 40'075'000; // metres
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return false;
    if (!m_setup.crsAreaInStore.isEmpty())
        return m_setup.crsAreaInStore.buffered(kMargin).contains(p);
    return std::abs(p.x) <= kEarthLimit && std::abs(p.y) <= kEarthLimit;
}

struct RowConverter::Join {
    QHash<QString, std::vector<std::string>> rows; // key -> values
    QHash<QString, int> columns;                   // lower-case column -> index
    int onColumn = -1;
};

RowConverter::RowConverter(const store::StoreReader &store, store::Store *writable, const FieldMapping &mapping,
                           ConverterSetup setup)
    : m_store(store)
    , m_writable(writable)
    , m_mapping(mapping)
    , m_setup(std::move(setup))
    , m_time(store.timeZone())
{}

RowConverter::~RowConverter() = default;

Result<std::unique_ptr<RowConverter>> RowConverter::create(const store::StoreReader &store, store::Store *writable,
                                                           const SourceReader &reader, const FieldMapping &mapping,
                                                           ConverterSetup setup)
{
    std::unique_ptr<RowConverter> c(new RowConverter(store, writable, mapping, std::move(setup)));
    if (isPointKind(mapping.kind) || mapping.kind == ImportKind::Areas) {
        auto t = CoordinateTransform::create(c->m_setup.sourceEpsg, store.epsg());
        if (!t)
            return t.error();
        c->m_transform = std::make_unique<CoordinateTransform>(std::move(*t));
    }
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        if (!it.value().startsWith(QLatin1String("join.")))
            c->m_fields[it.key()].column = reader.columnIndex(it.value());
    for (auto it = mapping.constants.begin(); it != mapping.constants.end(); ++it)
        c->m_fields[it.key()].constant = it.value().toStdString();

    // Category codes and labels in both languages match without a mapping entry.
    if (mapping.kind == ImportKind::Incidents) {
        auto cats = store.categories();
        if (!cats)
            return cats.error();
        for (const Category &cat : *cats)
            for (const QString &k : {cat.code, cat.labelSv, cat.labelEn}) {
                c->m_codes.insert(normalisedValue(k), cat.code);
                c->m_folded.insert(foldedName(k), cat.code); // "BRAND, ÖVRIGT" is brand_ovrigt
            }
    } else if (mapping.kind == ImportKind::Findings) {
        auto kinds = store.findingKinds();
        if (!kinds)
            return kinds.error();
        for (const FindingKind &k : *kinds)
            for (const QString &s : {k.code, k.labelSv, k.labelEn}) {
                c->m_codes.insert(normalisedValue(s), k.code);
                c->m_folded.insert(foldedName(s), k.code);
            }
    }
    if (mapping.kind == ImportKind::Answers) {
        auto areas = store.areas();
        if (!areas)
            return areas.error();
        for (const Area &a : *areas)
            c->m_areas.insert(normalisedValue(a.name), a.id);
    }
    if (mapping.kind == ImportKind::Pins || mapping.kind == ImportKind::Answers) {
        auto surveys = store.surveys();
        if (!surveys)
            return surveys.error();
        for (const Survey &s : *surveys)
            c->m_surveys.insert(normalisedValue(s.name) + QLatin1Char('\n') + QString::number(s.year), s.id);
    }
    if (mapping.kind == ImportKind::Findings) {
        auto walks = store.walks();
        if (!walks)
            return walks.error();
        for (const Walk &w : *walks)
            c->m_walks.insert(normalisedValue(w.name), w.id);
    }
    if (mapping.join.isValid()) {
        auto joined = SourceReader::open(mapping.join.file, mapping.join.layer);
        if (!joined)
            return joined.error();
        auto join = std::make_unique<Join>();
        const int key = (*joined)->columnIndex(mapping.join.key);
        join->onColumn = reader.columnIndex(mapping.join.on);
        if (key < 0 || join->onColumn < 0)
            return Error{QCoreApplication::translate("lb::io::Importer",
                                                     "The join needs column %1 in %2 and column %3 in the main file.")
                             .arg(mapping.join.key, mapping.join.file, mapping.join.on)};
        for (int i = 0; i < (*joined)->columns().size(); ++i)
            join->columns.insert((*joined)->columns()[i].toLower(), i);
        for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
            if (it.value().startsWith(QLatin1String("join.")))
                c->m_fields[it.key()].joinColumn = join->columns.value(it.value().mid(5).toLower(), -1);
        while ((*joined)->next()) {
            std::vector<std::string> values;
            for (int i = 0; i < (*joined)->columns().size(); ++i)
                values.emplace_back((*joined)->raw(i));
            join->rows.insert((*joined)->text(key).trimmed(), std::move(values));
        }
        c->m_join = std::move(join);
    }
    return c;
}

std::string_view RowConverter::field(const SourceReader &row, const QString &name) const
{
    const FieldSource *source = m_fieldByLiteral.value(name.constData(), nullptr);
    if (!source) {
        static const FieldSource none;
        const auto found = m_fields.constFind(name);
        source = found == m_fields.constEnd() ? &none : &*found;
        m_fieldByLiteral.insert(name.constData(), source);
    }
    const FieldSource *it = source;
    if (it->joinColumn >= 0) {
        const auto rowIt = m_join->rows.constFind(row.text(m_join->onColumn).trimmed());
        if (rowIt != m_join->rows.constEnd()) {
            const std::string_view v = trimmed(rowIt->at(static_cast<size_t>(it->joinColumn)));
            if (!v.empty())
                return v;
        }
    } else if (it->column >= 0) {
        const std::string_view v = trimmed(row.raw(it->column));
        if (!v.empty())
            return v;
    }
    return it->constant;
}

QString RowConverter::fieldText(const SourceReader &row, const QString &name) const
{
    const std::string_view v = field(row, name);
    return v.empty() ? QString() : decodeText(v);
}

bool RowConverter::reject(ConvertedRow &out, RejectReason r, const QString &detail)
{
    out.ok = false;
    out.reason = r;
    out.detail = detail;
    return false;
}

bool RowConverter::position(const SourceReader &row, ConvertedRow &out, PointXY &p)
{
    static const QString xName = QStringLiteral("x"), yName = QStringLiteral("y");
    if (m_mapping.hasColumn(xName) && m_mapping.hasColumn(yName)) {
        const std::string_view xs = field(row, xName), ys = field(row, yName);
        if (xs.empty() || ys.empty())
            return reject(out, RejectReason::NoPosition, QStringLiteral("The coordinate columns are empty."));
        const auto x = parseNumber(xs), y = parseNumber(ys);
        if (!x || !y)
            return reject(out, RejectReason::BadCoordinates,
                          QStringLiteral("Coordinates %1, %2 are not numbers.").arg(quotedText(xs), quotedText(ys)));
        p = m_mapping.swapAxes ? PointXY{*y, *x} : PointXY{*x, *y};
    } else if (row.geometryKind() == SourceGeometry::Point) {
        p = row.point();
    } else if (row.geometryKind() == SourceGeometry::None) {
        return reject(out, RejectReason::NoPosition, QStringLiteral("The row has no geometry."));
    } else {
        return reject(out, RejectReason::WrongGeometry, QStringLiteral("The geometry is not a point."));
    }
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return reject(out, RejectReason::BadCoordinates,
                      QStringLiteral("Coordinates %1, %2 are not finite numbers.").arg(p.x).arg(p.y));
    const PointXY source = p;
    p = m_transform->transform(p);
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return reject(out, RejectReason::TransformFailed,
                      QStringLiteral("%1, %2 cannot be transformed from EPSG:%3.")
                          .arg(source.x, 0, 'g', 12)
                          .arg(source.y, 0, 'g', 12)
                          .arg(m_setup.sourceEpsg));
    if (m_mapping.keepOutside) {
        if (!withinKeptRange(p))
            return reject(out, RejectReason::OutsideCrsArea,
                          QStringLiteral("%1, %2 (EPSG:%3) lies far outside the area of use of EPSG:%4, where no "
                                         "position is kept, not even with --keep-outside.")
                              .arg(source.x, 0, 'g', 12)
                              .arg(source.y, 0, 'g', 12)
                              .arg(m_setup.sourceEpsg)
                              .arg(m_store.epsg()));
        return true;
    }
    if (!m_setup.crsAreaInStore.isEmpty() && !m_setup.crsAreaInStore.contains(p))
        return reject(out, RejectReason::OutsideCrsArea,
                      QStringLiteral("%1, %2 (EPSG:%3) lies outside the area of use of EPSG:%4.")
                          .arg(source.x, 0, 'g', 12)
                          .arg(source.y, 0, 'g', 12)
                          .arg(m_setup.sourceEpsg)
                          .arg(m_store.epsg()));
    if (!m_setup.municipality.isEmpty() && !m_setup.municipality.contains(p))
        return reject(out, RejectReason::OutsideMunicipality,
                      QStringLiteral("%1, %2 (EPSG:%3) lies outside the municipality.")
                          .arg(source.x, 0, 'g', 12)
                          .arg(source.y, 0, 'g', 12)
                          .arg(m_setup.sourceEpsg));
    return true;
}

const RowConverter::Code &RowConverter::mapCode(std::string_view raw, bool findingKind, bool &known)
{
    Q_UNUSED(findingKind);
    const std::string key(raw);
    auto it = m_codeCache.find(key);
    if (it == m_codeCache.end()) {
        const QString norm = normalisedValue(decodeText(raw));
        QString code = m_mapping.valueMap.value(norm);
        // A mapping entry must name a real code; otherwise the value stays unknown.
        if (!code.isEmpty() && !m_codes.contains(normalisedValue(code)))
            code.clear();
        else if (!code.isEmpty())
            code = m_codes.value(normalisedValue(code));
        if (code.isEmpty())
            code = m_codes.value(norm);
        if (code.isEmpty())
            code = m_folded.value(foldedName(norm));
        it = m_codeCache.emplace(key, Code{code, code.toUtf8()}).first;
    }
    known = !it->second.text.isEmpty();
    return it->second;
}

namespace {

// True when the bytes are text that QString's trimmed() (or simplified()) would leave as it is, in
// UTF-8: printable ASCII, single spaces inside, and the two-byte letters U+00C0 to U+00FF (å, ä,
// ö, é ...), none of which is a space. Anything else takes the QString route.
bool plainText(std::string_view v, bool simplified)
{
    if (v.empty())
        return true;
    if (v.front() == ' ' || v.back() == ' ')
        return false;
    bool space = false;
    for (size_t k = 0; k < v.size(); ++k) {
        const auto c = static_cast<unsigned char>(v[k]);
        if (c == ' ') {
            if (space && simplified)
                return false;
            space = true;
            continue;
        }
        space = false;
        if (c >= 0x21 && c <= 0x7E)
            continue;
        if (c == 0xC3 && k + 1 < v.size() && (static_cast<unsigned char>(v[k + 1]) & 0xC0) == 0x80) {
            ++k;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

void RowConverter::utf8Field(const SourceReader &row, const QString &name, Spaces spaces, QByteArray &out) const
{
    const std::string_view v = field(row, name);
    if (plainText(v, spaces == Spaces::Simplify)) {
        // resize() keeps the buffer of the row this one reuses.
        out.resize(static_cast<qsizetype>(v.size()));
        if (!v.empty())
            std::memcpy(out.data(), v.data(), v.size());
        return;
    }
    const QString text = decodeText(v);
    out = (spaces == Spaces::Simplify ? text.simplified() : text.trimmed()).toUtf8();
}

void RowConverter::hashParts(std::initializer_list<QByteArrayView> parts, QByteArray &out)
{
    m_hasher.reset();
    for (QByteArrayView p : parts) {
        m_hasher.addData(p);
        m_hasher.addData(QByteArrayView("\x1f", 1));
    }
    // 64 bits of SHA-1: a chance collision among a million records is about one in 10^7.
    out.resize(8);
    std::memcpy(out.data(), m_hasher.resultView().data(), 8);
}

void RowConverter::countOccurrence(ConvertedRow &out)
{
    out.occurrence = out.hash.size() == 8 ? m_occurrences.add(out.hash.constData()) : 1;
    // The first copy keeps the hash it always had, so the records of earlier imports are still
    // recognised; the n-th copy hashes the first copy's hash with n. Importing the file again
    // gives the same hashes, and a later export with k copies where the store has j adds k - j.
    if (out.occurrence > 1 && !out.hasRef) {
        const QByteArray first = out.hash;
        hashParts({first, QByteArray::number(out.occurrence)}, out.hash);
    }
}

std::int64_t RowConverter::surveyId(const QString &name, int year)
{
    const QString key = normalisedValue(name) + QLatin1Char('\n') + QString::number(year);
    if (auto it = m_surveys.constFind(key); it != m_surveys.constEnd())
        return *it;
    if (!m_create || !m_writable)
        return 0;
    auto id = m_writable->insertSurvey(Survey{0, name.simplified(), year, QString()});
    if (!id)
        return 0;
    m_surveys.insert(key, *id);
    return *id;
}

std::int64_t RowConverter::walkId(const QString &name, const QDate &date)
{
    const QString key = normalisedValue(name);
    if (auto it = m_walks.constFind(key); it != m_walks.constEnd())
        return *it;
    if (!m_create || !m_writable)
        return 0;
    Walk w;
    w.name = name.simplified();
    w.date = date.isValid() ? date : QDate::currentDate();
    auto id = m_writable->insertWalk(w);
    if (!id)
        return 0;
    m_walks.insert(key, *id);
    return *id;
}

void RowConverter::convert(const SourceReader &row, ConvertedRow &out)
{
    out.ok = false;
    out.detail.clear();
    out.unknownValue.clear();
    out.occurrence = 1;
    out.hasRef = false;
    out.repaired = false;
    if (!row.rowProblem().isEmpty()) {
        reject(out, RejectReason::BadRow, row.rowProblem());
        return;
    }
    switch (m_mapping.kind) {
    case ImportKind::Incidents:
        return convertIncident(row, out);
    case ImportKind::Pins:
        return convertPin(row, out);
    case ImportKind::Answers:
        return convertAnswer(row, out);
    case ImportKind::Findings:
        return convertFinding(row, out);
    case ImportKind::Areas:
        return convertArea(row, out);
    }
}

} // namespace lb::io
