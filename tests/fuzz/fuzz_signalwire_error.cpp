// SignalWireSipEndpointsClient::readError on an error body (both of its
// shapes), and what the user is shown from it.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/signalwiresipendpointsclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiError error(ApiError::Kind::Validation, QStringLiteral("HTTP 422"));
    error.setHttpStatus(422);
    SignalWireSipEndpointsClient::readError(
        error, QJsonDocument::fromJson(Fuzz::bytes(data, size)));
    const QUrl help = error.moreInfo();
    FUZZ_CHECK(help.isEmpty() || help.scheme() == QLatin1String("https"), help.toString());
    for (const ApiError::FieldError &field : error.fieldErrors())
        FUZZ_CHECK(field.message.size() <= 401, field.message);
    error.redact({ QStringLiteral("secret-token-0123456789") });
    (void)error.userMessage();
    return 0;
}
