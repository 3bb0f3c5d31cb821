// The personal-data scanner: check digits worked out by hand, the written forms of Swedish
// identity numbers, phone numbers and e-mail addresses, and the look-alikes (dates, decimals,
// organisation numbers, reference ids) that must not be taken for them.

#include "io/personal_data.h"

#include <catch2/catch.hpp>

#include <string>

using namespace lb::io;

namespace {

struct Found {
    std::string text;
    PersonalDataKind kind;
};

std::vector<Found> scan(const std::string &s)
{
    std::vector<PersonalDataMatch> matches;
    findPersonalData(s, matches);
    std::vector<Found> out;
    for (const PersonalDataMatch &m : matches)
        out.push_back({s.substr(static_cast<size_t>(m.start), static_cast<size_t>(m.length)), m.kind});
    return out;
}

bool isOnly(const std::string &s, PersonalDataKind kind)
{
    const auto found = scan(s);
    return found.size() == 1 && found[0].text == s && found[0].kind == kind;
}

} // namespace

TEST_CASE("Luhn check digits of personal identity numbers, computed by hand", "[io][personal_data]")
{
    // 19121212-1212, the Swedish Tax Agency's example: digits 1212121212 weighted 2,1,2,1,...
    // give 2+2+2+2+2+2+2+2+2+2 = 20, a multiple of ten.
    CHECK(luhnValid("1212121212"));
    CHECK_FALSE(luhnValid("1212121213")); // sum 21
    // 900101-0017: 9·2=18→1+8=9, 0, 0, 1, 0, 1, 0, 0, 1·2=2, 7: 9+1+1+2+7 = 20.
    CHECK(luhnValid("9001010017"));
    CHECK_FALSE(luhnValid("9001010018"));
    // The coordination number 701063-2391 (born the 3rd, day 3 + 60 = 63):
    // 7·2=14→5, 0, 1·2=2, 0, 6·2=12→3, 3, 2·2=4, 3, 9·2=18→9, 1: 5+2+3+3+4+3+9+1 = 30.
    CHECK(luhnValid("7010632391"));
    CHECK_FALSE(luhnValid("7010632392"));
    CHECK_FALSE(luhnValid("121212121"));  // nine digits
    CHECK_FALSE(luhnValid("12121212x2")); // not a digit
}

TEST_CASE("personal identity numbers in every written form", "[io][personal_data]")
{
    for (const char *s : {"19121212-1212", "121212-1212", "121212+1212", "1212121212", "191212121212"})
        CHECK(isOnly(s, PersonalDataKind::PersonalNumber));
    // Coordination numbers: the day plus 60.
    for (const char *s : {"701063-2391", "197010632391", "7010632391"})
        CHECK(isOnly(s, PersonalDataKind::CoordinationNumber));

    // In free text, at the right place.
    const auto found = scan("Anmälaren (19121212-1212) ringde.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "19121212-1212");

    // A wrong check digit is not a personal identity number (nor a phone number).
    CHECK(scan("19121212-1213").empty());
    CHECK(scan("121212-1213").empty());
    // 121232-1218 passes the check digit (2+2+2+2+6+2+2+2+2 = 22, plus 8) but has day 32.
    CHECK(luhnValid("1212321218"));
    CHECK(scan("121232-1218").empty());
    // 29 February: 000229-1235 passes the check digit (0+0+0+2+4+9+2+2+6 = 25, plus 5); 2000 was a
    // leap year, 1900 was not.
    CHECK(isOnly("20000229-1235", PersonalDataKind::PersonalNumber));
    CHECK(scan("19000229-1235").empty());
    // An organisation number has a month of 20 or more: 556016-0680 is not a person.
    CHECK(scan("556016-0680").empty());
    // Glued to other characters it is part of something else, e.g. a reference id.
    CHECK(scan("P19121212-1212").empty());
    CHECK(scan("1912121212120").empty());
    CHECK(scan("19121212-12125").empty());
}

TEST_CASE("Swedish phone numbers", "[io][personal_data]")
{
    for (const char *s : {"070-123 45 67", "0701234567", "073-1234567", "+46 70 123 45 67", "+46701234567",
                          "+46 (0)70-123 45 67", "0046 70 123 45 67", "08-123 456 78", "08-12 34 56", "08 123 45 67",
                          "031-12 34 56", "0480-123 45", "+46 8 123 456 78"})
        CHECK(isOnly(s, PersonalDataKind::Phone));

    const auto found = scan("Ring 070-123 45 67 eller 08-12 34 56.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "070-123 45 67");
    CHECK(found[1].text == "08-12 34 56");

    // Look-alikes: dates, times, decimals, coordinates, amounts, reference ids, too few digits.
    for (const char *s :
         {"2023-08-12", "08-12-2023", "2023-08-12 08:15", "0,12345678", "6580743.01", "674571.87", "1 000 000 kr",
          "P0000123", "K123456-23", "070-123 45", "08-123", "5000-K12345-23", "12:00 2023-01-05", "0.5 1234567"})
        CHECK(scan(s).empty());
}

TEST_CASE("e-mail addresses", "[io][personal_data]")
{
    CHECK(isOnly("anna.svensson@example.se", PersonalDataKind::Email));
    CHECK(isOnly("åsa.öberg@exempel.se", PersonalDataKind::Email));
    const auto found = scan("Skriv till anna@kommun.se.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "anna@kommun.se");
    CHECK(scan("a@b").empty());
    CHECK(scan("user@localhost").empty());
    CHECK(scan("@example.se").empty());
    // The digits of an address belong to the address.
    const auto sms = scan("0701234567@sms.example.com");
    REQUIRE(sms.size() == 1);
    CHECK(sms[0].kind == PersonalDataKind::Email);
}

TEST_CASE("redaction replaces each value with its marker; masks never show a whole value", "[io][personal_data]")
{
    QString text =
        QStringLiteral("Anmälare 19121212-1212, tel 070-123 45 67, anna@example.se, samordningsnr 701063-2391");
    int counts[kPersonalDataKindCount] = {};
    CHECK(redactPersonalData(text, counts) == 4);
    CHECK(text == QStringLiteral("Anmälare [personnummer], tel [telefonnummer], [e-post], samordningsnr "
                                 "[samordningsnummer]"));
    CHECK(counts[static_cast<int>(PersonalDataKind::PersonalNumber)] == 1);
    CHECK(counts[static_cast<int>(PersonalDataKind::CoordinationNumber)] == 1);
    CHECK(counts[static_cast<int>(PersonalDataKind::Phone)] == 1);
    CHECK(counts[static_cast<int>(PersonalDataKind::Email)] == 1);

    QString plain = QStringLiteral("Klotter på busskuren vid skolan 2023-08-12 kl 08:15");
    CHECK(redactPersonalData(plain) == 0);
    CHECK(plain == QStringLiteral("Klotter på busskuren vid skolan 2023-08-12 kl 08:15"));

    CHECK(maskPersonalData("19121212-1212", PersonalDataKind::PersonalNumber) == QStringLiteral("••••••••-••12"));
    CHECK(maskPersonalData("070-123 45 67", PersonalDataKind::Phone) == QStringLiteral("•••-••• •• 67"));
    CHECK(maskPersonalData("anna@kommun.se", PersonalDataKind::Email) == QStringLiteral("a•••@kommun.se"));

    CHECK_FALSE(mayHoldPersonalData("Klotter vid skolan 2023-08"));
    CHECK(mayHoldPersonalData("0701234567"));
    CHECK(mayHoldPersonalData("a@b"));
}
