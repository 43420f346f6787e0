// FaultInjector::setFromJson, the sandbox's fault-plan JSON: a plan it takes
// must survive toJson and setFromJson again unchanged, and taking faults
// from it must stay within the plan.

#include "tests/fuzz/fuzzcommon.h"

#include "sandbox/faultinjector.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject plan = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    FaultInjector faults;
    if (!faults.setFromJson(plan).isEmpty()) {
        FUZZ_CHECK(faults.isEmpty(), QStringLiteral("a refused plan changed the injector"));
        return 0;
    }
    const QJsonObject written = faults.toJson();
    FaultInjector again;
    FUZZ_CHECK(again.setFromJson(written).isEmpty(),
        QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact)));
    FUZZ_CHECK(again.toJson() == written,
        QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact)));
    for (const char *method : { "GET", "POST", "PUT", "DELETE" }) {
        for (int i = 0; i < 4; ++i) {
            if (const auto rule = faults.take(method, QStringLiteral("/SIP/Domains.json")))
                FUZZ_CHECK(rule->rate >= 0 && rule->rate <= 1, QString::number(rule->rate));
        }
    }
    return 0;
}
