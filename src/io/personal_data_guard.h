#pragma once

// What an import does about personal data. Every column of every source row, mapped or not, is
// scanned (io/personal_data.h) and counted per column and kind. What reaches the store depends on
// the user's choice:
//   Ask    — nothing is decided: an import whose mapped columns hold personal data is refused,
//            with the findings, so that the user chooses;
//   Redact — every match in the values the store keeps is replaced by its marker ("[personnummer]");
//   Keep   — the values are stored as they are.
// Unmapped columns never reach the store, whatever the choice: the rejects table keeps only the
// mapped columns (and the geometry) of a rejected row, since those are what fixing it needs and
// what the import would have stored; a column the mapping leaves out is by that decision not
// wanted in the store. Their findings are reported all the same.
//
// A guard belongs to one import run and is used by one thread at a time (the converting thread).

#include "io/field_mapping.h"
#include "io/personal_data.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace lb::io {

class SourceReader;
struct ConvertedRow;

enum class PersonalDataChoice { Ask, Redact, Keep };
QString toString(PersonalDataChoice c); // "ask", "redact", "keep"
std::optional<PersonalDataChoice> personalDataChoiceFromString(const QString &s);

struct PersonalDataColumn {
    QString column;
    bool mapped = false;                                     // its values go into the store
    std::array<std::int64_t, kPersonalDataKindCount> rows{}; // rows with at least one match, per kind
    QString example;                                         // the first match, masked
};

struct PersonalDataReport {
    std::int64_t rowsScanned = 0;
    std::vector<PersonalDataColumn> columns; // those with findings, in the file's order
    std::int64_t valuesRedacted = 0;         // matches replaced in stored values and rejects

    bool any() const { return !columns.empty(); }
    bool inMappedColumns() const;
    // One translated line per column, values masked:
    // "Anmälare (not imported): phone numbers in 3 row(s) (e.g. •••-••• •• 67)".
    QStringList describe() const;
};

class PersonalDataGuard {
public:
    PersonalDataGuard(const SourceReader &reader, const FieldMapping &mapping, PersonalDataChoice choice);

    PersonalDataChoice choice() const { return m_choice; }
    // Scans every column of the reader's current row and counts what it finds. Under Redact,
    // replaces the matches in the text the converted row would store (or, for a rejected row, in
    // its reason and unknown value). Call after converting the row: its identity hash stays that
    // of the source values, so a file imported once redacted and once kept is the same records.
    void inspect(const SourceReader &row, ConvertedRow &converted);
    // The current row for the rejects table: mapped columns and the geometry, as JSON; redacted
    // under Redact.
    QString rejectJson(const SourceReader &row);

    const PersonalDataReport &report() const { return m_report; }

private:
    void redact(ConvertedRow &c);
    int redactText(QString &text);
    int redactText(QByteArray &text);

    PersonalDataChoice m_choice;
    std::vector<bool> m_mapped;     // per source column
    std::vector<int> m_slot;        // per source column: index in m_report.columns, -1 when none yet
    std::vector<int> m_keptColumns; // the columns a reject keeps
    QStringList m_names;
    PersonalDataReport m_report;
    std::vector<PersonalDataMatch> m_matches;
};

} // namespace lb::io
