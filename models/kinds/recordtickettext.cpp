#include "models/kinds/recordtickettext.h"

#include "models/accounts/account.h"
#include "models/kinds/recordkind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace RecordTicketText {

QString of(const RecordKind &kind, const Account &account, const QVariantList &records)
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
    for (const QVariant &record : records)
        texts.append(
            RecordDetails::plainText(QCoreApplication::translate("RecordTicketText", "%1: %2")
                                         .arg(kind.singular(), kind.titleOf(record)),
                context, kind.detailsOf(record)));
    return texts.join(u"\n\n"_s + QString(40, u'-') + u"\n\n"_s);
}

} // namespace RecordTicketText
