#pragma once

// Turns one source row into a record of the mapped kind, in the store's CRS, or into a reject
// with a reason: reads numbers and times, maps category values through the mapping table and the
// taxonomy, reprojects through PROJ, checks the CRS's area of use and the municipality boundary,
// and computes the hash that recognises the record when the same file comes again.
//
// Created by the Importer for one source and one store; used on the store's thread.

#include "core/crs.h"
#include "core/records.h"
#include "io/area_mask.h"
#include "io/field_mapping.h"
#include "io/occurrence_counter.h"
#include "io/reject_reason.h"
#include "io/value_parser.h"
#include "store/record_writer.h"
#include "store/store_reader.h"

#include <QCryptographicHash>
#include <QHash>

#include <memory>
#include <string>
#include <unordered_map>

namespace lb::store {
class Store;
} // namespace lb::store

namespace lb::io {

class SourceReader;

struct ConvertedRow {
    bool ok = false;
    RejectReason reason = RejectReason::MissingValue;
    QString detail;        // English, names the value and what was expected
    QString unknownValue;  // the category value when reason is UnknownCategory
    bool repaired = false; // an invalid polygon was repaired (FieldMapping::repairGeometry)
    Incident incident;
    SurveyPin pin;
    SurveyAnswer answer;
    WalkFinding finding;
    Area area;
    QByteArray hash; // dedup key, 8 bytes (empty for survey answers)
    // An incident: how often its identity (source and reference id, or without a reference its
    // values) has occurred in the file so far, this row included. The n-th copy of a row without a
    // reference is an incident of its own and its hash says which copy it is; a repeated reference
    // id is the same incident again.
    std::uint32_t occurrence = 1;
    bool hasRef = false;
    // An accepted incident as the bulk writer binds it, when the converter encodes (see
    // setEncodeFor()); the incident's text fields then stay empty.
    store::EncodedIncident encoded;
};

struct ConverterSetup {
    int sourceEpsg = 0;
    AreaMask municipality; // in the store's CRS; empty when the store has no municipality area
    Extent crsAreaInStore; // the store CRS's area of use in store coordinates
};

class RowConverter {
public:
    // Reads the taxonomy, finding kinds and area names from the store; loads the joined table.
    // `writable` is the GeoPackage store the conversion may add survey rounds and walks to (and
    // reads finding kinds from); null for a store that takes incidents only.
    static Result<std::unique_ptr<RowConverter>> create(const store::StoreReader &store, store::Store *writable,
                                                        const SourceReader &reader, const FieldMapping &mapping,
                                                        ConverterSetup setup);
    ~RowConverter();

    // When false, surveys and walks named in the data are looked up but not created (previews).
    void setCreateReferencedRecords(bool create) { m_create = create; }
    // Accepted incidents are encoded for the bulk writer of a store in `epsg` (0: not). Their text
    // goes from the file's bytes to the UTF-8 the store binds without a round trip through
    // QString when it needs no change, which is most of the time a large load spends converting.
    void setEncodeFor(int epsg) { m_encodeEpsg = epsg; }

    void convert(const SourceReader &row, ConvertedRow &out);

private:
    RowConverter(const store::StoreReader &store, store::Store *writable, const FieldMapping &mapping,
                 ConverterSetup setup);
    struct Join;

    std::string_view field(const SourceReader &row, const QString &name) const;
    QString fieldText(const SourceReader &row, const QString &name) const;
    bool position(const SourceReader &row, ConvertedRow &out, PointXY &p);
    bool reject(ConvertedRow &out, RejectReason r, const QString &detail);
    // Whether a position in store coordinates may be stored at all, even with keepOutside.
    bool withinKeptRange(PointXY p) const;
    // A source value's taxonomy code ("" when unknown), also in UTF-8.
    struct Code {
        QString text;
        QByteArray utf8;
    };
    const Code &mapCode(std::string_view raw, bool findingKind, bool &known);
    enum class Spaces { Trim, Simplify };
    // The field's text in UTF-8, trimmed or simplified as QString would.
    void utf8Field(const SourceReader &row, const QString &name, Spaces spaces, QByteArray &out) const;
    std::int64_t surveyId(const QString &name, int year);
    std::int64_t walkId(const QString &name, const QDate &date);
    // The first 8 bytes of the SHA-1 of the parts (each followed by 0x1F): the store's content hash.
    void hashParts(std::initializer_list<QByteArrayView> parts, QByteArray &out);
    // Counts the row's identity in the file; from the second copy on, a row without a reference
    // gets a hash of its own (see occurrenceHash()).
    void countOccurrence(ConvertedRow &out);

    void convertIncident(const SourceReader &row, ConvertedRow &out);
    void convertPin(const SourceReader &row, ConvertedRow &out);
    void convertAnswer(const SourceReader &row, ConvertedRow &out);
    void convertFinding(const SourceReader &row, ConvertedRow &out);
    void convertArea(const SourceReader &row, ConvertedRow &out);

    const store::StoreReader &m_store;
    store::Store *m_writable = nullptr;
    FieldMapping m_mapping;
    ConverterSetup m_setup;
    std::unique_ptr<CoordinateTransform> m_transform;
    TimeParser m_time;
    bool m_create = true;
    int m_encodeEpsg = 0;
    struct FieldSource {
        int column = -1;      // main column, -1 when none
        int joinColumn = -1;  // column of the joined table, -1 when none
        std::string constant; // used when the column is empty or absent
    };
    QHash<QString, FieldSource> m_fields; // target field -> where its value comes from
    // The names passed to field() are literals, so their data pointer identifies them; a pointer
    // lookup is much cheaper than hashing the string for every value of every row.
    mutable QHash<const QChar *, const FieldSource *> m_fieldByLiteral;
    QHash<QString, QString> m_codes;                   // normalised label or code -> taxonomy code
    QHash<QString, QString> m_folded;                  // the same without diacritics or punctuation
    std::unordered_map<std::string, Code> m_codeCache; // raw bytes -> code ("" when unknown)
    QHash<QString, FeatureId> m_areas;                 // normalised area name -> id
    QHash<QString, std::int64_t> m_surveys;            // "name\nyear" -> id
    QHash<QString, FeatureId> m_walks;                 // normalised walk name -> id
    std::unique_ptr<Join> m_join;
    QCryptographicHash m_hasher{QCryptographicHash::Sha1};
    OccurrenceCounter m_occurrences;
};

} // namespace lb::io
