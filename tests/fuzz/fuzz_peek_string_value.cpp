// ApiListJob::peekStringValue, the next-link hint read from raw bytes before
// they are parsed. The first line of the input is the key, the rest the body.
// When the body is compact JSON whose top-level object has the key as its
// only string-valued match, the peek must agree with the parser.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apilistjob.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray key = newline < 0 ? QByteArray("next_page_uri") : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const QString peeked = ApiListJob::peekStringValue(body, key);
    // The peek is a hint: whatever it finds must at least be a string that
    // occurs as a value somewhere, so an empty body gives nothing.
    FUZZ_CHECK(!body.isEmpty() || peeked.isEmpty(), peeked);
    // On the compact JSON the services send, with the key once, it is exact.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && !key.contains('"') && !key.contains('\\')
        && body.count('"' + key + "\":") == 1) {
        const QJsonValue value = document.object().value(QString::fromUtf8(key));
        if (value.isString() && body == document.toJson(QJsonDocument::Compact))
            FUZZ_CHECK(
                peeked == value.toString(), peeked + QLatin1String(" vs ") + value.toString());
    }
    return 0;
}
