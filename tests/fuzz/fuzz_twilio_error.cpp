// TwilioClient::readError on an error body, and what the user is
// shown from it.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/twilioclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiError error(ApiError::Kind::Validation, QStringLiteral("HTTP 400"));
    error.setHttpStatus(400);
    TwilioClient::readError(error, QJsonDocument::fromJson(Fuzz::bytes(data, size)));
    const QUrl help = error.moreInfo();
    FUZZ_CHECK(help.isEmpty() || help.scheme() == QLatin1String("https"), help.toString());
    FUZZ_CHECK(error.serviceMessage().size() <= 401, error.serviceMessage());
    error.redact({ QStringLiteral("secret-token-0123456789") });
    (void)error.userMessage();
    return 0;
}
