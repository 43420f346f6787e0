// ApiError::cleanServiceText and ApiError::helpLink: a service's message
// made safe to show, and a more-info link only to the service's own https
// site. The whole input is the text, and the link for both services' domains.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/apierror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString clean = ApiError::cleanServiceText(text);
    FUZZ_CHECK(clean.size() <= 401, QString::number(clean.size()));
    for (QChar c : clean) {
        FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
            QString::number(c.unicode(), 16));
    }
    for (const QString &domain :
        { QStringLiteral("twilio.com"), QStringLiteral("signalwire.com") }) {
        const QUrl link = ApiError::helpLink(text, domain);
        if (link.isEmpty())
            continue;
        const QString host = link.host().toLower();
        FUZZ_CHECK(link.scheme() == QLatin1String("https") && link.userInfo().isEmpty()
                && (host == domain || host.endsWith(QLatin1Char('.') + domain)),
            link.toString());
    }
    return 0;
}
