// TwilioClient::readPage, then the record decoder on its items,
// then the next-link peek on the same bytes: a Twilio list page end to end.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apilistjob.h"
#include "models/api/twilioclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const ApiListJob::Page page = TwilioClient::readDomainsPage(QJsonDocument::fromJson(body));
    if (page.problem.isEmpty()) {
        const QList<SipDomain> domains = TwilioClient::domainsFrom(page.items);
        FUZZ_CHECK(domains.size() <= page.items.size(), QString::number(domains.size()));
        for (const SipDomain &domain : domains)
            (void)domain.toJson();
    } else {
        FUZZ_CHECK(page.items.isEmpty() && page.next.isEmpty(), page.problem);
    }
    (void)ApiListJob::peekStringValue(body, "next_page_uri");
    return 0;
}
