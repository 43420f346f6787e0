// The record decoders — SipDomain, SipEndpoint and the SIP authentication
// records' fromJson — on any JSON object, and the way back: what fromJson
// read, toJson must write and a second fromJson must read the same.

#include "tests/fuzz/fuzzcommon.h"

#include "models/records/sipauth.h"
#include "models/records/sipdomain.h"
#include "models/records/sipendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

template<typename Record>
void checkRoundTrip(const QJsonObject &object)
{
    const QJsonObject json = Record::fromJson(object).toJson();
    FUZZ_CHECK(Record::fromJson(json).toJson() == json,
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    checkRoundTrip<SipDomain>(object);
    checkRoundTrip<SipEndpoint>(object);
    checkRoundTrip<CredentialList>(object);
    checkRoundTrip<SipCredential>(object);
    checkRoundTrip<IpAccessControlList>(object);
    checkRoundTrip<IpAddress>(object);
    checkRoundTrip<AuthMapping>(object);
    return 0;
}
