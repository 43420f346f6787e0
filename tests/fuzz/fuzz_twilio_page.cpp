// TwilioClient::readPage, then the record decoder on its items,
// then the next-link peek on the same bytes: a Twilio list page end to end.
// And FastListPage on the same bytes: whatever it reads, the ordinary path
// reads the same domains from.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apilistjob.h"
#include "models/api/fastlistpage.h"
#include "models/api/twilioclient.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const ApiListJob::Page page = TwilioClient::readDomainsPage(QJsonDocument::fromJson(body));
    const auto fast = FastListPage::readTwilioDomains(body, QStringLiteral("domains"));
    if (page.problem.isEmpty()) {
        const QList<SipDomain> domains = TwilioClient::domainsFrom(page.items);
        FUZZ_CHECK(domains.size() <= page.items.size(), QString::number(domains.size()));
        for (const SipDomain &domain : domains)
            (void)domain.toJson();
        FUZZ_CHECK(!fast || (fast->records == domains && fast->next == page.next),
            QStringLiteral("the fast reader read other domains"));
    } else {
        FUZZ_CHECK(page.items.isEmpty() && page.next.isEmpty(), page.problem);
        FUZZ_CHECK(!fast, QStringLiteral("the fast reader read a page that is not one"));
    }
    (void)ApiListJob::peekStringValue(body, "next_page_uri");
    return 0;
}
