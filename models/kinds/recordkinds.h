#pragma once

#include <QList>

class RecordKind;

namespace RecordKinds {
// Every kind SipDesk knows, in the order their pages are offered.
const QList<const RecordKind *> &all();
} // namespace RecordKinds
