#include "models/kinds/recordtickettext.h"

#include "models/accounts/account.h"
#include "models/kinds/recordkind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace RecordTicketText {

QString of(const RecordKind &kind, const Account &account, const QList<Item> &items)
{
    const bool twilio = account.service == Account::Service::Twilio;
    const QList<DetailField> context {
        { QCoreApplication::translate("RecordTicketText", "Account"),
            RecordDetails::text(account.name) },
        { twilio ? QCoreApplication::translate("RecordTicketText", "Account SID")
                 : QCoreApplication::translate("RecordTicketText", "Project"),
            RecordDetails::text(account.identifier()), true },
    };
    QStringList texts;
    for (const Item &item : items) {
        QList<DetailField> itemContext = context;
        if (!item.warning.isEmpty())
            itemContext.append(
                { QCoreApplication::translate("RecordTicketText", "Warning"), item.warning });
        texts.append(
            RecordDetails::plainText(QCoreApplication::translate("RecordTicketText", "%1: %2")
                                         .arg(kind.singular(), kind.titleOf(item.record)),
                itemContext, kind.detailsOf(item.record) + item.extraGroups));
    }
    return texts.join(u"\n\n"_s + QString(40, u'-') + u"\n\n"_s);
}

} // namespace RecordTicketText
