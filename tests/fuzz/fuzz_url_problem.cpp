// ApiRequest::urlProblem and Rules::isLoopbackHost: which addresses a
// request (and its credentials) may go to. Plain http must never pass for a
// host that is not this computer.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apirequest.h"
#include "models/validation/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    for (const QUrl &url : { QUrl(text), QUrl::fromEncoded(bytes), QUrl(text, QUrl::StrictMode) }) {
        const QString problem = ApiRequest::urlProblem(url);
        if (problem.isEmpty()) {
            const QString scheme = url.scheme().toLower();
            FUZZ_CHECK(scheme == QLatin1String("https")
                    || (scheme == QLatin1String("http") && Rules::isLoopbackHost(url.host())),
                url.toString());
            FUZZ_CHECK(url.userInfo().isEmpty() && !url.host().isEmpty(), url.toString());
        }
        (void)Rules::isLoopbackHost(url.host());
    }
    (void)Rules::isLoopbackHost(text);
    (void)Rules::urlProblem(text);
    return 0;
}
