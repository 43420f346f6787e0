#pragma once

#include <QList>
#include <QString>

// Twilio's known processing regions and edge locations, offered as choices
// in a profile's form (any other value that passes Rules::dnsLabelProblem
// can still be typed: Interconnect edges such as "ashburn-ix", or regions
// Twilio opens later).
//
// Source, checked 2026-11-30:
// - regions: twilio.com/docs/global-infrastructure/using-the-twilio-rest-api-in-a-non-us-region
//   (the REST API's FQDN is {product}.{edge}.{region}.twilio.com; US1 is the
//   default, AU1 and IE1 the others), as in /work/shared/docs/api-notes.md
//   ("api.{edge}.{region}.twilio.com", e.g. api.dublin.ie1.twilio.com);
// - edges: twilio.com/docs/global-infrastructure/edge-locations (public
//   edges; "roaming" is left out because Twilio says it is not available
//   for SIP Domains, and the private "-ix" edges need an Interconnect).
namespace TwilioLocations {

struct Location
{
    QString id; // as it goes into the host name: "ie1", "sao-paulo"
    QString place; // translated: "Ireland", "Brazil (São Paulo)"
};

QList<Location> regions();
QList<Location> edges();

} // namespace TwilioLocations
