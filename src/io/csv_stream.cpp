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
    if (!readRecord(fields))
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
}

bool CsvStream::readRecord(std::vector<std::string_view> &out)
{
    out.clear();
    m_record.clear();
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
    size_t start = 0;
    bool inQuotes = false;
    bool fieldQuoted = false;
    while (true) {
        if (m_pos >= m_end && !fill()) {
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
            m_record.append(begin, static_cast<size_t>(p - begin));
            m_pos += static_cast<size_t>(p - begin);
            m_consumed += static_cast<size_t>(p - begin);
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
            } else {
                inQuotes = false;
            }
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
    for (const auto &[b, e] : spans)
        out.emplace_back(m_record.data() + b, e - b);
    return true;
}

bool CsvStream::next()
{
    return readRecord(m_fields);
}

} // namespace lb::io
