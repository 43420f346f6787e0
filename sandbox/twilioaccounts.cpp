#include "sandbox/twilioaccounts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

void TwilioAccounts::add(const TwilioAccount &account)
{
    m_accounts[account.accountSid] = account;
}

bool TwilioAccounts::contains(const QString &accountSid) const
{
    return m_accounts.find(accountSid) != m_accounts.end();
}

QString TwilioAccounts::authenticate(const SandboxRequest &request) const
{
    static const QRegularExpression accountPath(u"^/2010-04-01/Accounts/([^/]+)(/.*)?$"_s);
    const QRegularExpressionMatch match = accountPath.match(request.path);
    const auto it = match.hasMatch() ? m_accounts.find(match.captured(1)) : m_accounts.end();
    if (it == m_accounts.end() || !request.hasBasicAuth)
        return {};
    const TwilioAccount &account = it->second;
    const bool authorized = request.authUser == account.accountSid
        ? request.authPassword == account.authToken
        : !account.apiKeySid.isEmpty() && request.authUser == account.apiKeySid
            && request.authPassword == account.apiKeySecret;
    return authorized ? account.accountSid : QString();
}
