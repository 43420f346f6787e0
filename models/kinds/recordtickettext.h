#pragma once

#include "models/kinds/recorddetails.h"

#include <QList>
#include <QString>
#include <QVariant>

struct Account;
class RecordKind;

// Records as plain text for a support ticket (Copy details): each as
// RecordDetails::plainText() words it, headed "SIP domain: Dispatch", with
// the account's name and SID (or project) it belongs to; several separated
// by a line of dashes. Nothing secret: the account's secret is never read.
namespace RecordTicketText {

// One record as the page shows it: its warning ("Receives no traffic: …"),
// and what the detail pane loaded beside its fields (a domain's mapped lists).
struct Item
{
    QVariant record;
    QString warning;
    QList<DetailGroup> extraGroups;
};

QString of(const RecordKind &kind, const Account &account, const QList<Item> &items);

} // namespace RecordTicketText
