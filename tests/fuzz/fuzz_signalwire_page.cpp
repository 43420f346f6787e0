// SignalWireSipEndpointsClient::readPage, then the record decoder on its
// items, then the next-link peek: a SignalWire list page end to end.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apilistjob.h"
#include "models/api/signalwiresipendpointsclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const ApiListJob::Page page =
        SignalWireSipEndpointsClient::readPage(QJsonDocument::fromJson(body));
    if (page.problem.isEmpty()) {
        const QList<SipEndpoint> endpoints =
            SignalWireSipEndpointsClient::endpointsFrom(page.items);
        FUZZ_CHECK(endpoints.size() <= page.items.size(), QString::number(endpoints.size()));
        for (const SipEndpoint &endpoint : endpoints)
            (void)endpoint.toJson();
    } else {
        FUZZ_CHECK(page.items.isEmpty() && page.next.isEmpty(), page.problem);
    }
    (void)ApiListJob::peekStringValue(body, "next");
    return 0;
}
