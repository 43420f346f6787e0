#pragma once

#include "sandbox/twiliosipauthstore.h"

#include "models/records/sipdomain.h"

#include <vector>

// Deterministic demo credential lists, IP access control lists and domain
// mappings for one Twilio account: the same seed gives the same records.
namespace DemoSipAuth {

// Adds a handful of credential lists (usernames only) and IP ACLs (addresses
// from the documentation ranges), then maps them so that each domain's
// derived auth_type is the authType DemoData drew for it: an IP ACL for
// "IP_ACL", a credential list for "CREDENTIAL_LIST", both for both, nothing
// for none. About two in three domains with sip_registration get a
// registrations credential-list mapping; the rest have none.
void addDemoAuth(
    TwilioSipAuthStore::Account &account, const std::vector<SipDomain> &domains, quint32 seed);

} // namespace DemoSipAuth
