#pragma once

// A fast reader for the rows of a CSV or TSV file, used by SourceReader after GDAL's CSV driver
// has opened the file and named its columns. GDAL builds a feature object per row, which costs
// more than the rest of an import together on million-row files; this reader cuts fields out of
// a read buffer instead. It follows the same dialect rules as GDAL: the separator is the one of
// ',', ';', tab or '|' that the header line uses most (tab for .tsv), a UTF-8 byte order mark is
// skipped, fields may be quoted with "" as an escaped quote and may hold separators and newlines,
// and empty lines are skipped.
//
// One thread; the views returned by field() are valid until the next call to next().

#include <QString>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace lb::io {

class CsvStream {
public:
    CsvStream() = default;
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    // Opens the file and reads the header line.
    bool open(const QString &path);
    void rewind();

    char separator() const { return m_sep; }
    const std::vector<std::string> &header() const { return m_header; }

    // Reads the next record; false at the end of the file.
    bool next();
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    std::string_view field(int i) const { return m_fields[static_cast<size_t>(i)]; }
    std::uint64_t bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool readRecord(std::vector<std::string_view> &out);

    std::FILE *m_file = nullptr;
    std::vector<char> m_buf;
    size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_dataStart = 0;
    char m_sep = ',';
    std::string m_record; // unquoted field bytes of the current record
    std::vector<std::string_view> m_fields;
    std::vector<std::pair<size_t, size_t>> m_spans; // field offsets into m_record
    std::vector<std::string> m_header;
};

} // namespace lb::io
