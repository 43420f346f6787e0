#include "models/kinds/recordkinds.h"

#include "models/kinds/credentiallistkind.h"
#include "models/kinds/ipaccesscontrollistkind.h"
#include "models/kinds/ipaddresskind.h"
#include "models/kinds/sipcredentialkind.h"
#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"

const QList<const RecordKind *> &RecordKinds::all()
{
    static const QList<const RecordKind *> kinds {
        &SipDomainKind::instance(),
        &CredentialListKind::instance(),
        &SipCredentialKind::instance(),
        &IpAccessControlListKind::instance(),
        &IpAddressKind::instance(),
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
