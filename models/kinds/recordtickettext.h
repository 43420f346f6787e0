#pragma once

#include <QString>
#include <QVariantList>

struct Account;
class RecordKind;

// Records as plain text for a support ticket (Copy details): each as
// RecordDetails::plainText() words it, headed "SIP domain: Dispatch", with
// the account's name and SID (or project) it belongs to; several separated
// by a line of dashes. Nothing secret: the account's secret is never read.
namespace RecordTicketText {

QString of(const RecordKind &kind, const Account &account, const QVariantList &records);

} // namespace RecordTicketText
