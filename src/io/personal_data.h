#pragma once

// Finds Swedish personal data in text: personal identity numbers (personnummer) and coordination
// numbers (samordningsnummer: the day of birth plus 60), both only with a valid check digit, in
// the forms YYYYMMDD-XXXX, YYMMDD-XXXX and YYMMDD+XXXX, with or without the separator; Swedish
// phone numbers (070-123 45 67, +46 70 123 45 67, 0046 …, 08-123 45 67, 031-12 34 56 …); and
// e-mail addresses. Matches can be masked for summaries, which never show a whole value, and
// replaced by markers such as "[personnummer]" when the user asks for redaction.
//
// Pure functions on UTF-8 bytes; any thread. mayHoldPersonalData() is the cheap pre-filter a large
// import runs on every value: text with fewer than eight digits and no '@' cannot hold a match.

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace lb::io {

enum class PersonalDataKind { PersonalNumber, CoordinationNumber, Phone, Email };
inline constexpr int kPersonalDataKindCount = static_cast<int>(PersonalDataKind::Email) + 1;

struct PersonalDataMatch {
    qsizetype start = 0;  // byte offset in the UTF-8 text
    qsizetype length = 0; // in bytes
    PersonalDataKind kind = PersonalDataKind::PersonalNumber;
};

// The Swedish word for the kind ("personnummer", "samordningsnummer", "telefonnummer", "e-post"),
// used in markers and as a stable code.
QString personalDataCode(PersonalDataKind kind);
// The translated, plural name of the kind for summaries ("personal identity numbers").
QString personalDataLabel(PersonalDataKind kind);
// What a redacted value is replaced with: "[personnummer]" and so on.
QString personalDataMarker(PersonalDataKind kind);

// False when the text cannot hold a match (fewer than eight digits and no '@').
bool mayHoldPersonalData(std::string_view utf8);

// The matches in the text, in order and not overlapping; `out` is cleared first.
void findPersonalData(std::string_view utf8, std::vector<PersonalDataMatch> &out);

// The match with every digit but the last two and every letter of an address's local part but
// the first replaced by '•', e.g. "••••••••-••12", "a•••@kommun.se".
QString maskPersonalData(std::string_view match, PersonalDataKind kind);

// Replaces every match by its marker; returns how many were replaced. `counts`, when given, has
// one entry per kind and is added to.
int redactPersonalData(QByteArray &utf8, int *counts = nullptr);
int redactPersonalData(QString &text, int *counts = nullptr);

// The Luhn check over the ten digits YYMMDDNNNC of a personal identity number.
bool luhnValid(std::string_view tenDigits);

} // namespace lb::io
