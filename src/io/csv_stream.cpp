#include "io/csv_stream.h"

#include <QFile>

#include <array>
#include <cstring>

namespace lb::io {

namespace {
constexpr size_t kChunk = 1 << 20;
}

CsvStream::~CsvStream()
{
    if (m_file)
        std::fclose(m_file);
}

bool CsvStream::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buf.size() < m_end + kChunk)
        m_buf.resize(m_end + kChunk);
    const size_t n = std::fread(m_buf.data() + m_end, 1, kChunk, m_file);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

bool CsvStream::open(const QString &path)
{
    m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file)
        return false;
    m_buf.resize(kChunk);
    fill();
    if (m_end >= 3 && std::memcmp(m_buf.data(), "\xEF\xBB\xBF", 3) == 0) {
        m_pos = 3;
        m_consumed = 3;
    }
    // The separator the header line uses most, as GDAL decides it.
    std::array<int, 4> counts{};
    const char seps[4] = {',', ';', '\t', '|'};
    bool quoted = false;
    for (size_t i = m_pos; i < m_end && (quoted || (m_buf[i] != '\n' && m_buf[i] != '\r')); ++i) {
        if (m_buf[i] == '"')
            quoted = !quoted;
        for (int k = 0; k < 4; ++k)
            counts[static_cast<size_t>(k)] += !quoted && m_buf[i] == seps[k];
    }
    if (path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive))
        m_sep = '\t';
    else {
        int best = 0;
        for (int k = 1; k < 4; ++k)
            if (counts[static_cast<size_t>(k)] > counts[static_cast<size_t>(best)])
                best = k;
        m_sep = seps[best];
    }
    std::vector<std::string_view> fields;
    if (!readRecord(fields) || !m_problem.isEmpty())
        return false;
    for (std::string_view f : fields)
        m_header.emplace_back(f);
    m_dataStart = m_consumed;
    return true;
}

void CsvStream::rewind()
{
    std::fseek(m_file, static_cast<long>(m_dataStart), SEEK_SET);
    m_pos = m_end = 0;
    m_eof = false;
    m_consumed = m_dataStart;
    m_problem.clear();
}

bool CsvStream::peek(char &c)
{
    if (m_pos >= m_end && !fill())
        return false;
    c = m_buf[m_pos];
    return true;
}

void CsvStream::seekTo(std::uint64_t offset)
{
    const std::uint64_t bufferStart = m_consumed - m_pos; // the file offset of m_buf[0]
    if (offset >= bufferStart && offset <= bufferStart + m_end) {
        m_pos = static_cast<size_t>(offset - bufferStart);
        m_consumed = offset;
        return;
    }
    std::fseek(m_file, static_cast<long>(offset), SEEK_SET);
    m_pos = m_end = 0;
    m_eof = false;
    m_consumed = offset;
}

void CsvStream::skipLine()
{
    while (m_pos < m_end || fill()) {
        const char *begin = m_buf.data() + m_pos;
        const auto n = m_end - m_pos;
        const char *nl = static_cast<const char *>(std::memchr(begin, '\n', n));
        const char *cr = static_cast<const char *>(std::memchr(begin, '\r', nl ? static_cast<size_t>(nl - begin) : n));
        const char *lineEnd = cr ? cr : nl;
        const size_t skip = lineEnd ? static_cast<size_t>(lineEnd - begin) + 1 : n;
        m_pos += skip;
        m_consumed += skip;
        if (!lineEnd)
            continue;
        char next = 0;
        if (*lineEnd == '\r' && peek(next) && next == '\n') {
            ++m_pos;
            ++m_consumed;
        }
        return;
    }
}

bool CsvStream::broken(std::vector<std::string_view> &out, const QString &why, std::uint64_t restartAt)
{
    m_problem = why;
    m_record.clear();
    m_spans.clear();
    out.clear();
    if (restartAt > 0)
        seekTo(restartAt);
    return true;
}

bool CsvStream::readRecord(std::vector<std::string_view> &out)
{
    out.clear();
    m_record.clear();
    m_problem.clear();
    std::vector<std::pair<size_t, size_t>> &spans = m_spans;
    spans.clear();
    while (true) {
        if (m_pos >= m_end && !fill())
            return false;
        // Skip empty lines between records.
        if (m_buf[m_pos] == '\n' || m_buf[m_pos] == '\r') {
            ++m_pos;
            ++m_consumed;
            continue;
        }
        break;
    }
    // The file offset just after the first line end inside a quoted value: where reading goes on
    // when the record turns out to be broken. 0 while the record lies on one line.
    std::uint64_t lineAfterStart = 0;
    const auto tooLong = [this] {
        return QStringLiteral("The row is longer than the limit of %1 bytes (%2 MiB).")
            .arg(m_maxRecordBytes)
            .arg(static_cast<double>(m_maxRecordBytes) / (1 << 20), 0, 'g', 3);
    };
    size_t start = 0;
    bool inQuotes = false;
    bool fieldQuoted = false;
    while (true) {
        if (m_pos >= m_end && !fill()) {
            if (inQuotes && lineAfterStart > 0)
                return broken(out,
                              QStringLiteral("A quoted value starts in this row and is not closed before the end of "
                                             "the file."),
                              lineAfterStart);
            spans.emplace_back(start, m_record.size());
            break;
        }
        // Ordinary bytes are copied a run at a time; only quotes, separators and line ends stop
        // the run.
        const char *begin = m_buf.data() + m_pos;
        const char *end = m_buf.data() + m_end;
        const char *p = begin;
        if (inQuotes) {
            p = static_cast<const char *>(std::memchr(begin, '"', static_cast<size_t>(end - begin)));
            if (!p)
                p = end;
        } else {
            while (p < end && *p != m_sep && *p != '\n' && *p != '\r' && *p != '"')
                ++p;
        }
        if (p > begin) {
            const auto n = static_cast<size_t>(p - begin);
            if (inQuotes && lineAfterStart == 0) {
                const char *nl = static_cast<const char *>(std::memchr(begin, '\n', n));
                const char *cr = static_cast<const char *>(std::memchr(begin, '\r', nl ? size_t(nl - begin) : n));
                if (const char *lineEnd = cr ? cr : nl)
                    lineAfterStart = m_consumed + static_cast<std::uint64_t>(lineEnd - begin) + 1;
            }
            m_record.append(begin, n);
            m_pos += n;
            m_consumed += n;
            if (m_record.size() > m_maxRecordBytes) {
                // Nothing more of the record is kept: a quoted value that spans lines gives up
                // its lines, anything else the rest of its line.
                if (inQuotes && lineAfterStart > 0)
                    return broken(out, tooLong(), lineAfterStart);
                skipLine();
                return broken(out, tooLong(), 0);
            }
            continue;
        }
        const char c = m_buf[m_pos++];
        ++m_consumed;
        if (inQuotes) {
            // c is a quote: a doubled one stands for itself, a single one ends the quoted part.
            if (m_pos >= m_end)
                fill();
            if (m_pos < m_end && m_buf[m_pos] == '"') {
                m_record.push_back('"');
                ++m_pos;
                ++m_consumed;
                continue;
            }
            inQuotes = false;
            // A value that ran over lines must end with its quote; text after it means the quote
            // paired with a stray one further on.
            char after = 0;
            if (lineAfterStart > 0 && peek(after) && after != m_sep && after != '\n' && after != '\r')
                return broken(out,
                              QStringLiteral("A quoted value starts in this row, runs over several lines and is "
                                             "followed by text after its closing quote; the quote is probably not "
                                             "closed."),
                              lineAfterStart);
            continue;
        }
        if (c == m_sep) {
            spans.emplace_back(start, m_record.size());
            start = m_record.size();
            fieldQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && (m_pos < m_end || fill()) && m_buf[m_pos] == '\n') {
                ++m_pos;
                ++m_consumed;
            }
            spans.emplace_back(start, m_record.size());
            break;
        } else if (m_record.size() == start && !fieldQuoted) {
            // c is a quote opening the field.
            inQuotes = true;
            fieldQuoted = true;
        } else {
            m_record.push_back(c); // a quote inside an unquoted field is kept as it is
        }
    }
    if (lineAfterStart > 0 && !m_header.empty() && spans.size() != m_header.size())
        return broken(out,
                      QStringLiteral("A quoted value starts in this row and runs over several lines, which leaves "
                                     "the row with %1 values where the header has %2; the quote is probably not "
                                     "closed.")
                          .arg(spans.size())
                          .arg(m_header.size()),
                      lineAfterStart);
    if (!m_record.empty() && std::memchr(m_record.data(), 0, m_record.size()))
        return broken(out,
                      QStringLiteral("The row holds a NUL byte (code 0), which no text contains; the file may be "
                                     "damaged or not a text file."),
                      0);
    for (const auto &[b, e] : spans)
        out.emplace_back(m_record.data() + b, e - b);
    return true;
}

bool CsvStream::next()
{
    return readRecord(m_fields);
}

} // namespace lb::io
