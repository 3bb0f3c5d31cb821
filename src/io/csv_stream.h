#pragma once

// A fast reader for the rows of a CSV or TSV file, used by SourceReader after GDAL's CSV driver
// has opened the file and named its columns. GDAL builds a feature object per row, which costs
// more than the rest of an import together on million-row files; this reader cuts fields out of
// a read buffer instead. It follows the same dialect rules as GDAL: the separator is the one of
// ',', ';', tab or '|' that the header line uses most (tab for .tsv), a UTF-8 byte order mark is
// skipped, fields may be quoted with "" as an escaped quote and may hold separators and newlines,
// and empty lines are skipped.
//
// Broken input never swallows the rest of the file. A record is broken (next() still returns
// it, with no fields and problem() saying why) when
//  - it is longer than maxRecordBytes(): the rest of its line is skipped without being kept, so
//    memory stays bounded whatever the file holds;
//  - a quoted value runs over several lines and does not close, or closes with text after the
//    quote, or leaves the record with another number of fields than the header: a stray quote
//    would otherwise pair with one many rows further on. Reading then goes on at the line after
//    the one the record started on;
//  - it holds a NUL byte, which no text does.
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
    // Longer records are refused: 4 MiB, far more than any row of a table a person fills in.
    static constexpr size_t kDefaultMaxRecordBytes = size_t{4} << 20;

    CsvStream() = default;
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    void setMaxRecordBytes(size_t bytes) { m_maxRecordBytes = bytes; }
    size_t maxRecordBytes() const { return m_maxRecordBytes; }

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
    // Why the current record could not be read (English, for the rejects table); empty when it
    // was read.
    const QString &problem() const { return m_problem; }

private:
    bool fill();
    bool readRecord(std::vector<std::string_view> &out);
    bool peek(char &c);
    void seekTo(std::uint64_t offset);
    void skipLine();
    bool broken(std::vector<std::string_view> &out, const QString &why, std::uint64_t restartAt);

    std::FILE *m_file = nullptr;
    std::vector<char> m_buf;
    size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    std::uint64_t m_consumed = 0; // the file offset of m_buf[m_pos]
    std::uint64_t m_dataStart = 0;
    size_t m_maxRecordBytes = kDefaultMaxRecordBytes;
    char m_sep = ',';
    std::string m_record; // unquoted field bytes of the current record
    std::vector<std::string_view> m_fields;
    std::vector<std::pair<size_t, size_t>> m_spans; // field offsets into m_record
    std::vector<std::string> m_header;
    QString m_problem;
};

} // namespace lb::io
