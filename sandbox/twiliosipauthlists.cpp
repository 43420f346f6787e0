#include "sandbox/twiliosipauthlists.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TwilioSipAuthLists {

QString collectionPath(const Shape &shape, const QString &accountSid)
{
    return u"/2010-04-01/Accounts/%1/SIP/%2"_s.arg(accountSid, shape.segment);
}

QString memberPath(const Shape &shape, const QString &accountSid, const QString &listSid)
{
    return collectionPath(shape, accountSid) + u'/' + listSid + u'/' + shape.memberSegment;
}

QString friendlyName(const Shape &shape, const QHash<QString, QString> &form,
    std::optional<SandboxResponse> *refusal)
{
    const QString name = form.value(u"FriendlyName"_s);
    if (name.isEmpty())
        *refusal = TwilioApi::missingParameter("FriendlyName"_L1);
    else if (const QString problem = shape.nameProblem(name); !problem.isEmpty())
        *refusal = TwilioApi::invalidParameter("FriendlyName"_L1, problem);
    return name;
}

QDateTime nextUpdate(const QDateTime &lastUpdated)
{
    return std::max(QDateTime::currentDateTimeUtc(), lastUpdated.addSecs(1));
}

SandboxResponse limitReached(const QString &rule)
{
    return TwilioApi::error(400, TwilioApi::kInvalidParameter, u"Limit reached: "_s + rule);
}

} // namespace TwilioSipAuthLists
