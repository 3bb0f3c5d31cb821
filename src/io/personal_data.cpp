#include "io/personal_data.h"

#include <QCoreApplication>

#include <algorithm>

namespace lb::io {

namespace {

bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') < 10;
}

bool isLetter(char c)
{
    return (static_cast<unsigned>(static_cast<unsigned char>(c)) | 0x20u) - static_cast<unsigned>('a') < 26u;
}

// Letters, digits and any byte of a multi-byte character (å, ä, ö ...): a number glued to one of
// these is part of a longer token, such as a reference id.
bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return isDigit(c) || isLetter(c) || u == '_' || u >= 0x80;
}

// Characters that join numbers into dates, decimals, times and ranges.
bool isJoiner(char c)
{
    return c == '-' || c == '.' || c == '/' || c == ':' || c == ',' || c == '+';
}

// A number may start at `i` when it is not the continuation of another token.
bool startsToken(std::string_view s, size_t i)
{
    if (i == 0)
        return true;
    const char p = s[i - 1];
    if (isWordByte(p))
        return false;
    return !(isJoiner(p) && i >= 2 && isDigit(s[i - 2]));
}

// A number may end before `i` when the text does not go on with the same token.
bool endsToken(std::string_view s, size_t i)
{
    if (i >= s.size())
        return true;
    const char c = s[i];
    if (isWordByte(c))
        return false;
    return !(isJoiner(c) && i + 1 < s.size() && isDigit(s[i + 1]));
}

size_t digitRun(std::string_view s, size_t i)
{
    size_t n = 0;
    while (i + n < s.size() && isDigit(s[i + n]))
        ++n;
    return n;
}

int number(std::string_view s, size_t at, size_t len)
{
    int v = 0;
    for (size_t k = 0; k < len; ++k)
        v = v * 10 + (s[at + k] - '0');
    return v;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// A personal identity or coordination number starting at i; its length, 0 when there is none.
size_t identityNumber(std::string_view s, size_t i, PersonalDataKind &kind)
{
    const size_t run = digitRun(s, i);
    std::string ten;
    size_t length = 0;
    int year = -1; // with the century, when given
    if (run == 12 || run == 10) {
        if (run == 12)
            year = number(s, i, 4);
        ten.assign(s.substr(i + run - 10, 10));
        length = run;
    } else if ((run == 8 || run == 6) && i + run + 5 <= s.size() && (s[i + run] == '-' || s[i + run] == '+') &&
               digitRun(s, i + run + 1) == 4) {
        if (run == 8)
            year = number(s, i, 4);
        ten.assign(s.substr(i + run - 6, 6));
        ten.append(s.substr(i + run + 1, 4));
        length = run + 5;
    } else {
        return 0;
    }
    if (!endsToken(s, i + length))
        return 0;
    if (year >= 0 && (year < 1800 || year > 2099))
        return 0;
    const int month = number(ten, 2, 2);
    int day = number(ten, 4, 2);
    kind = PersonalDataKind::PersonalNumber;
    if (day > 60) {
        day -= 60;
        kind = PersonalDataKind::CoordinationNumber;
    }
    // Without the century, 29 February is allowed: some century makes it a leap year.
    const int y = year >= 0 ? year : 2000;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month))
        return 0;
    return luhnValid(ten) ? length : 0;
}

// A Swedish phone number starting at i (a '0', "+46" or "0046"); its length, 0 when there is none.
size_t phoneNumber(std::string_view s, size_t i)
{
    size_t p = i;
    bool international = false;
    const auto separator = [&](size_t at) {
        return at < s.size() && (s[at] == ' ' || s[at] == '-');
    };
    if (s.substr(i, 3) == "+46" || s.substr(i, 4) == "0046") {
        international = true;
        p += s[i] == '+' ? 3 : 4;
        if (separator(p) && p + 1 < s.size() && (isDigit(s[p + 1]) || s[p + 1] == '('))
            ++p;
        if (s.substr(p, 3) == "(0)") {
            p += 3;
            if (separator(p))
                ++p;
        }
    } else if (s[i] == '0') {
        ++p;
    } else {
        return 0;
    }
    // The national significant number: 7 to 9 digits in groups, the first digit not 0.
    if (p >= s.size() || !isDigit(s[p]) || s[p] == '0')
        return 0;
    const bool mobile = s[p] == '7';
    size_t digits = 0, groups = 0, hyphens = 0, end = p;
    size_t sizes[8] = {};
    while (true) {
        const size_t run = digitRun(s, p);
        // A later group of one digit, or one that would make the number too long, ends it.
        if (run == 0 || (groups > 0 && run < 2) || digits + run > 9)
            break;
        if (groups < 8)
            sizes[groups] = run + (groups == 0 && !international ? 1 : 0);
        digits += run;
        ++groups;
        end = p + run;
        if (separator(end) && end + 1 < s.size() && isDigit(s[end + 1])) {
            hyphens += s[end] == '-';
            p = end + 1;
            continue;
        }
        break;
    }
    if (digits < 7 || (mobile && digits != 9) || !endsToken(s, end))
        return 0;
    // 08-12-2023 and 01-02-03 are dates, not numbers.
    if (!international && hyphens == 2 && groups == 3 && sizes[0] == 2 && sizes[1] == 2 &&
        (sizes[2] == 2 || sizes[2] == 4))
        return 0;
    return end - i;
}

bool isLocalByte(std::string_view s, size_t at)
{
    const char c = s[at];
    if (isDigit(c) || isLetter(c))
        return true;
    if (c == '.' || c == '_' || c == '%' || c == '+' || c == '-')
        return true;
    // The second byte of å, ä, ö, é and the other Latin-1 letters.
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 && u < 0xC0)
        return at > 0 && static_cast<unsigned char>(s[at - 1]) == 0xC3;
    return u == 0xC3;
}

bool isDomainByte(char c)
{
    return isDigit(c) || isLetter(c) || c == '-' || c == '.';
}

void findEmails(std::string_view s, std::vector<PersonalDataMatch> &out)
{
    for (size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
        size_t start = at;
        while (start > 0 && isLocalByte(s, start - 1))
            --start;
        while (start < at && s[start] == '.')
            ++start;
        size_t end = at + 1;
        while (end < s.size() && isDomainByte(s[end]))
            ++end;
        while (end > at + 1 && (s[end - 1] == '.' || s[end - 1] == '-'))
            --end;
        if (start == at)
            continue;
        const std::string_view domain = s.substr(at + 1, end - at - 1);
        const size_t dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0 || domain.find("..") != std::string_view::npos)
            continue;
        const std::string_view tld = domain.substr(dot + 1);
        if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), [](char c) { return isLetter(c); }))
            continue;
        out.push_back({static_cast<qsizetype>(start), static_cast<qsizetype>(end - start), PersonalDataKind::Email});
        at = end - 1;
    }
}

// The markers in UTF-8, made once: a redacting import writes one for every match.
const QByteArray &markerUtf8(PersonalDataKind kind)
{
    static const QByteArray markers[kPersonalDataKindCount] = {
        personalDataMarker(PersonalDataKind::PersonalNumber).toUtf8(),
        personalDataMarker(PersonalDataKind::CoordinationNumber).toUtf8(),
        personalDataMarker(PersonalDataKind::Phone).toUtf8(), personalDataMarker(PersonalDataKind::Email).toUtf8()};
    return markers[static_cast<int>(kind)];
}

} // namespace

QString personalDataCode(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::PersonalNumber:
        return QStringLiteral("personnummer");
    case PersonalDataKind::CoordinationNumber:
        return QStringLiteral("samordningsnummer");
    case PersonalDataKind::Phone:
        return QStringLiteral("telefonnummer");
    case PersonalDataKind::Email:
        return QStringLiteral("e-post");
    }
    return {};
}

QString personalDataLabel(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::PersonalNumber:
        return QCoreApplication::translate("lb::io::PersonalData", "personal identity numbers");
    case PersonalDataKind::CoordinationNumber:
        return QCoreApplication::translate("lb::io::PersonalData", "coordination numbers");
    case PersonalDataKind::Phone:
        return QCoreApplication::translate("lb::io::PersonalData", "phone numbers");
    case PersonalDataKind::Email:
        return QCoreApplication::translate("lb::io::PersonalData", "e-mail addresses");
    }
    return {};
}

QString personalDataMarker(PersonalDataKind kind)
{
    return QLatin1Char('[') + personalDataCode(kind) + QLatin1Char(']');
}

bool mayHoldPersonalData(std::string_view s)
{
    unsigned digits = 0;
    for (const char c : s) {
        digits += isDigit(c);
        if (c == '@')
            return true;
    }
    return digits >= 8;
}

bool luhnValid(std::string_view ten)
{
    if (ten.size() != 10)
        return false;
    int sum = 0;
    for (size_t k = 0; k < 10; ++k) {
        if (!isDigit(ten[k]))
            return false;
        int d = ten[k] - '0';
        if (k % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

void findPersonalData(std::string_view s, std::vector<PersonalDataMatch> &out)
{
    out.clear();
    if (!mayHoldPersonalData(s))
        return;
    if (s.find('@') != std::string_view::npos)
        findEmails(s, out);
    const size_t emails = out.size();
    size_t nextEmail = 0;
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (!isDigit(c) && c != '+') {
            ++i;
            continue;
        }
        // Numbers inside an address belong to the address.
        while (nextEmail < emails && static_cast<size_t>(out[nextEmail].start + out[nextEmail].length) <= i)
            ++nextEmail;
        if (nextEmail < emails && static_cast<size_t>(out[nextEmail].start) <= i) {
            i = static_cast<size_t>(out[nextEmail].start + out[nextEmail].length);
            continue;
        }
        if (startsToken(s, i)) {
            PersonalDataKind kind = PersonalDataKind::PersonalNumber;
            size_t length = isDigit(c) ? identityNumber(s, i, kind) : 0;
            if (length == 0) {
                length = phoneNumber(s, i);
                kind = PersonalDataKind::Phone;
            }
            const bool overlapsEmail =
                length > 0 && nextEmail < emails && static_cast<size_t>(out[nextEmail].start) < i + length;
            if (length > 0 && !overlapsEmail) {
                out.push_back({static_cast<qsizetype>(i), static_cast<qsizetype>(length), kind});
                i += length;
                continue;
            }
        }
        // Not a match here: skip the rest of this number.
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    if (emails > 0)
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
}

QString maskPersonalData(std::string_view match, PersonalDataKind kind)
{
    const QString text = QString::fromUtf8(match.data(), static_cast<qsizetype>(match.size()));
    QString out;
    out.reserve(text.size());
    if (kind == PersonalDataKind::Email) {
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        return text.left(1) + QStringLiteral("•••") + text.mid(at);
    }
    qsizetype digitsLeft = std::count_if(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
    for (const QChar ch : text) {
        if (ch.isDigit())
            out += --digitsLeft < 2 ? ch : QChar(u'•');
        else
            out += ch;
    }
    return out;
}

int redactPersonalData(QByteArray &utf8, int *counts)
{
    if (!mayHoldPersonalData(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))))
        return 0;
    thread_local std::vector<PersonalDataMatch> matches;
    findPersonalData(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), matches);
    if (matches.empty())
        return 0;
    QByteArray out;
    out.reserve(utf8.size());
    qsizetype from = 0;
    for (const PersonalDataMatch &m : matches) {
        out.append(utf8.constData() + from, m.start - from);
        out.append(markerUtf8(m.kind));
        from = m.start + m.length;
        if (counts)
            ++counts[static_cast<int>(m.kind)];
    }
    out.append(utf8.constData() + from, utf8.size() - from);
    utf8 = std::move(out);
    return static_cast<int>(matches.size());
}

int redactPersonalData(QString &text, int *counts)
{
    // Most text has nothing to find; checking the UTF-16 first avoids converting it.
    int digits = 0;
    bool at = false;
    for (const QChar c : text) {
        digits += c.unicode() >= u'0' && c.unicode() <= u'9';
        at = at || c.unicode() == u'@';
    }
    if (digits < 8 && !at)
        return 0;
    QByteArray utf8 = text.toUtf8();
    const int n = redactPersonalData(utf8, counts);
    if (n > 0)
        text = QString::fromUtf8(utf8);
    return n;
}

} // namespace lb::io
