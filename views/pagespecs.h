#pragma once

#include "views/recordlistpage.h"

// The SIP Domains (Twilio) and SIP Endpoints (SignalWire) pages.
RecordPageSpec sipDomainsPageSpec();
RecordPageSpec sipEndpointsPageSpec();
