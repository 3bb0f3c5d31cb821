// Fuzzes the guess of a table's coordinate columns and CRS from column names and sample values.
// Input: a small table, one row per line and ';' between fields: the first line names the
// columns, the others are sample values (at most 64 rows and 16 columns are used).
//
// Properties: the guessed columns are columns of the table; a guessed CRS is one of
// guessableCrs(); every guess comes with an explanation for the user.

#include "fuzz_check.h"
#include "io/crs_guess.h"
#include "io/value_parser.h"

#include <algorithm>

using namespace lb;
using namespace lb::io;

namespace {

QStringList splitFields(std::string_view line)
{
    QStringList out;
    size_t start = 0;
    while (out.size() < 16) {
        const size_t end = line.find(';', start);
        const std::string_view f = line.substr(start, end == std::string_view::npos ? line.npos : end - start);
        out.append(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return out;
}

void checkGuess(const CrsGuess &g)
{
    const auto &crs = guessableCrs();
    LB_FUZZ_CHECK(g.epsg == 0 || std::find(crs.begin(), crs.end(), g.epsg) != crs.end());
    LB_FUZZ_CHECK(!g.explanation.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text = fuzz::asText(data, size);
    std::vector<QStringList> rows;
    while (!text.empty() && rows.size() < 65) {
        const size_t end = text.find('\n');
        rows.push_back(splitFields(text.substr(0, end)));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
    if (rows.empty())
        return 0;
    const QStringList columns = rows.front();
    std::vector<QStringList> samples(static_cast<size_t>(columns.size()));
    for (size_t r = 1; r < rows.size(); ++r)
        for (qsizetype c = 0; c < columns.size(); ++c)
            samples[static_cast<size_t>(c)].append(c < rows[r].size() ? rows[r][c] : QString());

    const CoordinateColumns guess = guessCoordinateColumns(columns, samples);
    int xi = 0, yi = columns.size() > 1 ? 1 : 0;
    if (guess.isValid()) {
        xi = static_cast<int>(columns.indexOf(guess.x));
        yi = static_cast<int>(columns.indexOf(guess.y));
        LB_FUZZ_CHECK(xi >= 0 && yi >= 0);
    }

    // The points as an import reads them from the two columns, unreadable values left out.
    std::vector<PointXY> points;
    for (size_t r = 0; r + 1 < rows.size(); ++r) {
        const QByteArray xs = samples[static_cast<size_t>(xi)][static_cast<qsizetype>(r)].toUtf8();
        const QByteArray ys = samples[static_cast<size_t>(yi)][static_cast<qsizetype>(r)].toUtf8();
        const auto x = parseNumber(std::string_view(xs.constData(), static_cast<size_t>(xs.size())));
        const auto y = parseNumber(std::string_view(ys.constData(), static_cast<size_t>(ys.size())));
        if (x && y)
            points.push_back({*x, *y});
    }
    // Each guess of projected coordinates opens PROJ's database some thirty times, so one guess
    // per input: with Stockholm's centre as the municipality when the table has an even number of
    // sample rows, without a municipality otherwise.
    if (rows.size() % 2 == 1)
        checkGuess(guessCrs(points, PointXY{18.0686, 59.3293}));
    else
        checkGuess(guessCrs(points));
    return 0;
}
