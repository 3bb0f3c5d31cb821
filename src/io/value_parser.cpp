#include "io/value_parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace lb::io {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '"'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at pos.
bool readInt(std::string_view s, size_t &pos, int maxDigits, int &value)
{
    value = 0;
    int n = 0;
    while (pos < s.size() && isDigit(s[pos]) && n < maxDigits) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    return n > 0;
}

int daysIn(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool validDate(int y, int m, int d)
{
    return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

// Month names in Swedish and English, full and abbreviated, lower case ASCII or UTF-8.
int monthFromName(std::string_view word)
{
    std::string w;
    for (char c : word)
        if (c != '.')
            w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    struct Name {
        const char *name;
        int month;
    };
    static constexpr std::array<Name, 34> names = {{
        {"januari", 1}, {"january", 1},   {"jan", 1},      {"februari", 2}, {"february", 2},  {"feb", 2},
        {"mars", 3},    {"march", 3},     {"mar", 3},      {"april", 4},    {"apr", 4},       {"maj", 5},
        {"may", 5},     {"juni", 6},      {"june", 6},     {"jun", 6},      {"juli", 7},      {"july", 7},
        {"jul", 7},     {"augusti", 8},   {"august", 8},   {"aug", 8},      {"september", 9}, {"sep", 9},
        {"sept", 9},    {"oktober", 10},  {"october", 10}, {"okt", 10},     {"oct", 10},      {"november", 11},
        {"nov", 11},    {"december", 12}, {"dec", 12},     {"mars", 3},
    }};
    for (const Name &n : names)
        if (w == n.name)
            return n.month;
    return 0;
}

} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    text = trim(text);
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    char buf[72];
    size_t n = 0;
    size_t lastComma = std::string_view::npos, lastPoint = std::string_view::npos;
    int commas = 0, points = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\'' || c == 0xA0)
            continue; // thousands separators (0xA0: no-break space in Windows-1252)
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i; // no-break space in UTF-8
            continue;
        }
        if (c == ',') {
            lastComma = n;
            ++commas;
        } else if (c == '.') {
            lastPoint = n;
            ++points;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x88 &&
                   static_cast<unsigned char>(text[i + 2]) == 0x92) {
            i += 2; // U+2212 minus sign
            buf[n++] = '-';
            continue;
        }
        buf[n++] = static_cast<char>(c);
    }
    // One separator kind alone is the decimal mark unless it repeats; with both, the last one is.
    char decimal = 0;
    if (commas && points)
        decimal = lastComma > lastPoint ? ',' : '.';
    else if (commas == 1)
        decimal = ',';
    else if (points == 1)
        decimal = '.';
    size_t m = 0;
    for (size_t i = 0; i < n; ++i) {
        if (buf[i] == ',' || buf[i] == '.') {
            if (buf[i] == decimal)
                buf[m++] = '.';
            continue;
        }
        buf[m++] = buf[i];
    }
    const char *begin = buf;
    if (m > 0 && buf[0] == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, buf + m, value);
    // from_chars also reads "nan", "inf" and "infinity", which no table means as a number.
    if (ec != std::errc() || ptr != buf + m || !std::isfinite(value))
        return std::nullopt;
    return value;
}

TimeParser::TimeParser(QTimeZone zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

Instant TimeParser::localToUtc(int year, int month, int day, int secondsOfDay)
{
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    auto it = m_offsets.find(days);
    if (it == m_offsets.end()) {
        const QDate date(year, month, day);
        const int start = m_zone.offsetFromUtc(QDateTime(date, QTime(0, 0), m_zone));
        const int end = m_zone.offsetFromUtc(QDateTime(date, QTime(23, 59, 59), m_zone));
        it = m_offsets.insert(days, {start, end});
    }
    // Days with a daylight-saving change ask Qt for the exact answer; all others use the cache.
    if (it->first != it->second)
        return QDateTime(QDate(year, month, day), QTime(0, 0).addSecs(secondsOfDay), m_zone).toSecsSinceEpoch();
    return days * 86400 + secondsOfDay - it->first;
}

std::optional<int> TimeParser::parseClock(std::string_view text)
{
    text = trim(text);
    if (text.starts_with("kl") || text.starts_with("Kl"))
        text = trim(text.substr(text.size() > 3 && text[2] == '.' ? 3 : 2));
    if (text.empty())
        return std::nullopt;
    size_t pos = 0;
    int h = 0, m = 0, s = 0;
    // An Excel time is a day fraction such as 0.5868.
    if (text.size() > 2 && text[0] == '0' && (text[1] == '.' || text[1] == ',')) {
        const auto f = parseNumber(text);
        if (!f || *f < 0 || *f >= 1)
            return std::nullopt;
        return static_cast<int>(*f * 86400.0 + 0.5) % 86400;
    }
    if (text.size() == 4 && std::all_of(text.begin(), text.end(), isDigit)) {
        h = (text[0] - '0') * 10 + (text[1] - '0');
        m = (text[2] - '0') * 10 + (text[3] - '0');
    } else {
        if (!readInt(text, pos, 2, h) || pos >= text.size() || (text[pos] != ':' && text[pos] != '.'))
            return std::nullopt;
        ++pos;
        if (!readInt(text, pos, 2, m))
            return std::nullopt;
        if (pos < text.size() && (text[pos] == ':' || text[pos] == '.')) {
            ++pos;
            if (!readInt(text, pos, 2, s))
                return std::nullopt;
            while (pos < text.size() && (isDigit(text[pos]) || text[pos] == '.' || text[pos] == ','))
                ++pos; // fractions of a second
        }
        if (pos != text.size())
            return std::nullopt;
    }
    if (h > 24 || m > 59 || s > 59 || (h == 24 && (m || s)))
        return std::nullopt;
    return (h * 3600 + m * 60 + s) % 86400;
}

std::optional<ParsedTime> TimeParser::parse(std::string_view text, std::string_view clockText)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    std::optional<int> clock;
    if (!trim(clockText).empty()) {
        clock = parseClock(clockText);
        if (!clock)
            return std::nullopt;
    }
    const auto result = [&](int y, int mo, int d, std::optional<int> secs,
                            TimePrecision p) -> std::optional<ParsedTime> {
        if (!validDate(y, mo, d))
            return std::nullopt;
        if (!secs && clock && p == TimePrecision::Day)
            secs = clock;
        const TimePrecision precision = secs ? TimePrecision::Exact : p;
        return ParsedTime{localToUtc(y, mo, d, secs.value_or(0)), precision};
    };

    size_t pos = 0;
    int a = 0;
    const bool leadingDigits = readInt(text, pos, 8, a);
    const size_t firstLen = pos;

    // ISO 8601 and the Y/M/D forms GDAL's spreadsheet drivers write.
    if (leadingDigits && firstLen == 4 && pos < text.size() && (text[pos] == '-' || text[pos] == '/')) {
        const char sep = text[pos];
        int mo = 0, d = 0;
        ++pos;
        if (!readInt(text, pos, 2, mo))
            return std::nullopt;
        if (pos == text.size())
            return result(a, mo, 1, std::nullopt, TimePrecision::Month);
        if (text[pos] != sep || !readInt(text, ++pos, 2, d))
            return std::nullopt;
        if (pos == text.size())
            return result(a, mo, d, std::nullopt, TimePrecision::Day);
        // A time with an offset is absolute; without one it is local.
        std::string iso(text);
        std::replace(iso.begin(), iso.begin() + std::min<std::ptrdiff_t>(10, std::ptrdiff_t(iso.size())), '/', '-');
        const size_t tail = iso.find_first_of("Z+-", 11);
        if (tail != std::string::npos && iso.size() >= 11) {
            if (!validDate(a, mo, d))
                return std::nullopt;
            if (auto t = parseUtc(std::string_view(iso)))
                return ParsedTime{*t, TimePrecision::Exact};
            return std::nullopt;
        }
        if (text[pos] != 'T' && text[pos] != ' ')
            return std::nullopt;
        const auto secs = parseClock(text.substr(pos + 1));
        if (!secs)
            return std::nullopt;
        return result(a, mo, d, secs, TimePrecision::Exact);
    }
    if (leadingDigits && pos == text.size()) {
        if (firstLen == 4)
            return result(a, 1, 1, std::nullopt, TimePrecision::Year);
        if (firstLen == 8)
            return result(a / 10000, a / 100 % 100, a % 100, std::nullopt, TimePrecision::Day);
    }
    // Excel serial dates: days since 1899-12-30, the fraction is the time of day. 10000 is 1927.
    if (leadingDigits && firstLen == 5 && (pos == text.size() || text[pos] == '.' || text[pos] == ',')) {
        const auto serial = parseNumber(text);
        if (!serial || *serial < 10000 || *serial > 120000)
            return std::nullopt;
        const auto whole = static_cast<qint64>(*serial);
        int y = 0;
        unsigned mo = 0, d = 0;
        civilFromDays(whole + daysFromCivil(1899, 12, 30), y, mo, d);
        const double frac = *serial - static_cast<double>(whole);
        std::optional<int> secs;
        if (frac > 0)
            secs = static_cast<int>(frac * 86400.0 + 0.5) % 86400;
        return result(y, static_cast<int>(mo), static_cast<int>(d), secs, TimePrecision::Day);
    }
    // Day first: 29/3/2023, 29.3.2023, 29-03-2023, optionally followed by a time.
    if (leadingDigits && firstLen <= 2 && pos < text.size() &&
        (text[pos] == '/' || text[pos] == '.' || text[pos] == '-')) {
        const char sep = text[pos];
        int mo = 0, y = 0;
        if (!readInt(text, ++pos, 2, mo) || pos >= text.size() || text[pos] != sep || !readInt(text, ++pos, 4, y) ||
            y < 1000)
            return std::nullopt;
        if (pos == text.size())
            return result(y, mo, a, std::nullopt, TimePrecision::Day);
        const auto secs = parseClock(text.substr(pos + 1));
        if (!secs || (text[pos] != ' ' && text[pos] != 'T'))
            return std::nullopt;
        return result(y, mo, a, secs, TimePrecision::Exact);
    }
    // Month names: "29 mars 2023", "mars 2023", "29 March 2023 14:05".
    {
        int day = 0;
        size_t p = 0;
        if (leadingDigits && firstLen <= 2) {
            day = a;
            p = firstLen;
            while (p < text.size() && (text[p] == ' ' || text[p] == '.'))
                ++p;
        }
        size_t wordEnd = p;
        while (wordEnd < text.size() && text[wordEnd] != ' ' && !isDigit(text[wordEnd]))
            ++wordEnd;
        const int month = monthFromName(text.substr(p, wordEnd - p));
        if (month == 0)
            return std::nullopt;
        size_t q = wordEnd;
        while (q < text.size() && text[q] == ' ')
            ++q;
        int year = 0;
        const size_t yearStart = q;
        if (!readInt(text, q, 4, year) || q - yearStart != 4)
            return std::nullopt;
        std::optional<int> secs;
        if (q < text.size()) {
            secs = parseClock(text.substr(q));
            if (!secs)
                return std::nullopt;
        }
        if (day == 0)
            return secs ? std::nullopt : result(year, month, 1, std::nullopt, TimePrecision::Month);
        return result(year, month, day, secs, TimePrecision::Day);
    }
}

} // namespace lb::io
