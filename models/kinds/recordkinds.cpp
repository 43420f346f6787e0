#include "models/kinds/recordkinds.h"

#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"

const QList<const RecordKind *> &RecordKinds::all()
{
    static const QList<const RecordKind *> kinds {
        &SipDomainKind::instance(),
        &SipEndpointKind::instance(),
    };
    return kinds;
}

const RecordKind *RecordKinds::firstOf(Account::Service service)
{
    for (const RecordKind *kind : all()) {
        if (kind->service() == service)
            return kind;
    }
    return nullptr;
}
