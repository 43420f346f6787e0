#pragma once

#include "models/accounts/account.h"

#include <QList>

class RecordKind;

namespace RecordKinds {
// Every kind SipDesk knows, in the order their pages are offered.
const QList<const RecordKind *> &all();
// The first kind an account of the service holds (its first page).
const RecordKind *firstOf(Account::Service service);
} // namespace RecordKinds
