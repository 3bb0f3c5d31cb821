#include "core/time_span.h"

namespace lb {

TimeSpan TimeSpan::years(int firstYear, int lastYear, const QTimeZone &zone)
{
    const QDateTime b(QDate(firstYear, 1, 1), QTime(0, 0), zone);
    const QDateTime e(QDate(lastYear + 1, 1, 1), QTime(0, 0), zone);
    return {toInstant(b), toInstant(e)};
}

QString toString(TimePrecision p)
{
    switch (p) {
    case TimePrecision::Exact:
        return QStringLiteral("exact");
    case TimePrecision::Day:
        return QStringLiteral("day");
    case TimePrecision::Month:
        return QStringLiteral("month");
    case TimePrecision::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("exact");
}

std::optional<TimePrecision> timePrecisionFromString(const QString &s)
{
    if (s == QLatin1String("exact"))
        return TimePrecision::Exact;
    if (s == QLatin1String("day"))
        return TimePrecision::Day;
    if (s == QLatin1String("month"))
        return TimePrecision::Month;
    if (s == QLatin1String("year"))
        return TimePrecision::Year;
    return std::nullopt;
}

std::int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    // Howard Hinnant's algorithm: eras of 400 years, March-based years.
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, int &year, unsigned &month, unsigned &day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void formatUtc(Instant t, char buf[20])
{
    std::int64_t days = t / 86400;
    std::int64_t secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const auto put = [&](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, static_cast<int>(m), 2);
    buf[7] = '-';
    put(8, static_cast<int>(d), 2);
    buf[10] = 'T';
    put(11, static_cast<int>(secs / 3600), 2);
    buf[13] = ':';
    put(14, static_cast<int>(secs / 60 % 60), 2);
    buf[16] = ':';
    put(17, static_cast<int>(secs % 60), 2);
    buf[19] = 'Z';
}

QString formatUtc(Instant t)
{
    char buf[20];
    formatUtc(t, buf);
    return QString::fromLatin1(buf, 20);
}

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

std::optional<Instant> parseUtc(std::string_view s)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
        !digits(s, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    size_t pos = 10;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
        if (!digits(s, pos + 1, 2, hour) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, minute))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                    ++pos;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    std::int64_t offset = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            pos = s.size();
        } else if ((s[pos] == '+' || s[pos] == '-') && pos + 3 <= s.size()) {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size() && !digits(s, next, 2, om))
                return std::nullopt;
            offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
            pos = s.size();
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::optional<Instant> parseUtc(const QString &s)
{
    const QByteArray latin = s.trimmed().toLatin1();
    return parseUtc(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
}

Instant toInstant(const QDateTime &dt)
{
    return dt.toSecsSinceEpoch();
}

QDateTime toDateTime(Instant t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone);
}

} // namespace lb
