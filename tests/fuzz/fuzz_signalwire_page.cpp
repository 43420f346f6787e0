// SignalWireSipEndpointsClient::readPage, then the record decoder on its
// items, then the next-link peek: a SignalWire list page end to end. And
// FastListPage on the same bytes: whatever it reads, the ordinary path reads
// the same records from.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apilistjob.h"
#include "models/api/fastlistpage.h"
#include "models/api/signalwiresipendpointsclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const ApiListJob::Page page =
        SignalWireSipEndpointsClient::readPage(QJsonDocument::fromJson(body));
    const auto fast = FastListPage::readSignalWireEndpoints(body);
    if (page.problem.isEmpty()) {
        const QList<SipEndpoint> endpoints =
            SignalWireSipEndpointsClient::endpointsFrom(page.items);
        FUZZ_CHECK(endpoints.size() <= page.items.size(), QString::number(endpoints.size()));
        for (const SipEndpoint &endpoint : endpoints)
            (void)endpoint.toJson();
        FUZZ_CHECK(!fast || (fast->records == endpoints && fast->next == page.next),
            QStringLiteral("the fast reader read other endpoints"));
    } else {
        FUZZ_CHECK(page.items.isEmpty() && page.next.isEmpty(), page.problem);
        FUZZ_CHECK(!fast, QStringLiteral("the fast reader read a page that is not one"));
    }
    (void)ApiListJob::peekStringValue(body, "next");
    return 0;
}
