// The record decoders, SipDomain::fromJson and SipEndpoint::fromJson, on any
// JSON object, and the way back: what fromJson read, toJson must write and
// a second fromJson must read the same.

#include "tests/fuzz/fuzzcommon.h"

#include "models/records/sipdomain.h"
#include "models/records/sipendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    const SipDomain domain = SipDomain::fromJson(object);
    const QJsonObject domainJson = domain.toJson();
    FUZZ_CHECK(SipDomain::fromJson(domainJson).toJson() == domainJson,
        QString::fromUtf8(QJsonDocument(domainJson).toJson(QJsonDocument::Compact)));
    const SipEndpoint endpoint = SipEndpoint::fromJson(object);
    const QJsonObject endpointJson = endpoint.toJson();
    FUZZ_CHECK(SipEndpoint::fromJson(endpointJson).toJson() == endpointJson,
        QString::fromUtf8(QJsonDocument(endpointJson).toJson(QJsonDocument::Compact)));
    return 0;
}
