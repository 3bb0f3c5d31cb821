// Fuzzes the CSV/TSV reader (separator choice, byte order mark, quoting, line ends) and the
// encoding detection and decoding that every CSV value goes through.
// Input: one control byte (bit 0: name the file .tsv; bit 7: refuse records over 64 bytes; all
// but bit 0: how many bytes the encoding sniffer may look at, so that it cuts multi-byte
// sequences), then the file's bytes.
//
// Properties: a file sniffed whole is called ASCII only when it is, UTF-8 only when it is valid
// UTF-8 (or starts with a byte order mark) and Windows-1252 only when it is not; valid UTF-8
// decodes without loss; Windows-1252 gives one character per byte; the reader never reports more
// bytes than the file has; a broken record has a reason and no fields, any other at least one
// field; and reading again after rewind() gives the same records.

#include "fuzz_check.h"
#include "io/csv_stream.h"
#include "io/text_codec.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <string>

using namespace lb;
using namespace lb::io;

namespace {

QString scratchPath(bool tsv)
{
    return QDir::tempPath() + QStringLiteral("/lb-fuzz-csv-%1.%2")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(tsv ? QStringLiteral("tsv") : QStringLiteral("csv"));
}

void checkDecoding(std::string_view bytes)
{
    const QString text = decodeText(bytes);
    if (isValidUtf8(bytes)) {
        // Qt drops a byte order mark at the start of the text, and only that.
        const QByteArray back = text.toUtf8();
        const std::string_view expected = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
        LB_FUZZ_CHECK(std::string_view(back.constData(), static_cast<size_t>(back.size())) == expected);
    } else {
        LB_FUZZ_CHECK(text.size() == static_cast<qsizetype>(bytes.size()));
    }
    if (isAscii(bytes))
        LB_FUZZ_CHECK(isValidUtf8(bytes));
}

// Every record's fields in one string, with lengths, so two reads can be compared.
std::string readAll(CsvStream &csv, int &records)
{
    std::string all;
    records = 0;
    while (csv.next() && records < 100000) {
        ++records;
        // A broken record comes with a reason and no fields; any other has at least one field.
        if (csv.problem().isEmpty()) {
            LB_FUZZ_CHECK(csv.fieldCount() >= 1);
        } else {
            LB_FUZZ_CHECK(csv.fieldCount() == 0);
            all += csv.problem().toStdString();
        }
        for (int i = 0; i < csv.fieldCount(); ++i) {
            const std::string_view f = csv.field(i);
            all += std::to_string(f.size());
            all += ':';
            all += f;
            checkDecoding(f);
        }
        all += '\n';
    }
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool tsv = data[0] & 1;
    const qint64 sniffLimit = 1 + (data[0] >> 1);
    const std::string_view bytes = fuzz::asText(data + 1, size - 1);

    const QString path = scratchPath(tsv);
    {
        std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
        if (!f)
            return 0;
        std::fwrite(bytes.data(), 1, bytes.size(), f);
        std::fclose(f);
    }

    checkDecoding(bytes);
    const TextEncoding whole = sniffFileEncoding(path, static_cast<qint64>(bytes.size()) + 1);
    const bool bom = bytes.starts_with("\xEF\xBB\xBF");
    if (whole == TextEncoding::Ascii)
        LB_FUZZ_CHECK(isAscii(bytes));
    else if (whole == TextEncoding::Utf8)
        LB_FUZZ_CHECK(bom || isValidUtf8(bytes));
    else
        LB_FUZZ_CHECK(!bom && !isValidUtf8(bytes));
    (void)sniffFileEncoding(path, sniffLimit);

    CsvStream csv;
    if (data[0] & 0x80)
        csv.setMaxRecordBytes(64); // so that short inputs reach the refusal of long records
    if (csv.open(path)) {
        LB_FUZZ_CHECK(!csv.header().empty());
        if (tsv)
            LB_FUZZ_CHECK(csv.separator() == '\t');
        int first = 0, second = 0;
        const std::string pass1 = readAll(csv, first);
        LB_FUZZ_CHECK(csv.bytesRead() <= bytes.size());
        csv.rewind();
        const std::string pass2 = readAll(csv, second);
        LB_FUZZ_CHECK(first == second && pass1 == pass2);
        LB_FUZZ_CHECK(csv.bytesRead() <= bytes.size());
    }
    return 0;
}
