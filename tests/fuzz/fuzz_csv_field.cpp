// CsvExport::field: one RFC 4180 field. Read back by the RFC's rules it must
// give the text, behind a ' when the text starts like a formula.

#include "tests/fuzz/fuzzcommon.h"

#include "models/lists/csvexport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QByteArray field = CsvExport::field(text);
    const bool formula = CsvExport::startsLikeFormula(text);
    const QByteArray expected = (formula ? QByteArray("'") : QByteArray()) + text.toUtf8();
    QByteArray read;
    if (field.startsWith('"')) {
        FUZZ_CHECK(field.size() >= 2 && field.endsWith('"'), QString::fromUtf8(field));
        read = field.mid(1, field.size() - 2);
        // Inside quotes every quote is doubled.
        for (qsizetype i = 0; i < read.size(); ++i) {
            if (read.at(i) == '"') {
                FUZZ_CHECK(i + 1 < read.size() && read.at(i + 1) == '"', QString::fromUtf8(field));
                read.remove(i, 1);
            }
        }
    } else {
        FUZZ_CHECK(!field.contains(',') && !field.contains('"') && !field.contains('\r')
                && !field.contains('\n'),
            QString::fromUtf8(field));
        read = field;
    }
    FUZZ_CHECK(read == expected, QString::fromUtf8(field));
    FUZZ_CHECK(!formula || field.startsWith("\"'"), QString::fromUtf8(field));
    return 0;
}
