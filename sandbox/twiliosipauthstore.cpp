#include "sandbox/twiliosipauthstore.h"

#include "models/validation/rules.h"

using namespace Qt::StringLiterals;

QString TwilioSipAuthStore::Account::authType(const QString &domainSid) const
{
    const auto it = m_domains.constFind(domainSid);
    if (it == m_domains.constEnd())
        return {};
    const bool ipAcl = it->of(MappingKind::CallsIpAccessControlLists).size() > 0;
    const bool credentials = it->of(MappingKind::CallsCredentialLists).size() > 0;
    if (ipAcl && credentials)
        return u"IP_ACL,CREDENTIAL_LIST"_s;
    if (ipAcl)
        return u"IP_ACL"_s;
    if (credentials)
        return u"CREDENTIAL_LIST"_s;
    return {};
}

const TwilioSipAuthStore::DomainMappings &TwilioSipAuthStore::Account::mappings(
    const QString &domainSid) const
{
    static const DomainMappings none;
    const auto it = m_domains.constFind(domainSid);
    return it == m_domains.constEnd() ? none : *it;
}

QString TwilioSipAuthStore::Account::listName(const QString &listSid) const
{
    if (const CredentialListEntry *entry = credentialLists.find(listSid))
        return entry->list.friendlyName;
    if (const IpAccessControlListEntry *entry = ipAccessControlLists.find(listSid))
        return entry->list.friendlyName;
    return {};
}

bool TwilioSipAuthStore::Account::map(
    const QString &domainSid, MappingKind kind, const QString &listSid, const QDateTime &when)
{
    SequencedRecords<AuthMapping> &set = m_domains[domainSid].of(kind);
    if (set.contains(listSid))
        return false;
    AuthMapping mapping;
    mapping.sid = listSid;
    mapping.accountSid = accountSid;
    mapping.dateCreated = mapping.dateUpdated = when;
    set.insert(listSid, std::move(mapping));
    m_domainsByList[listSid].insert(domainSid);
    return true;
}

bool TwilioSipAuthStore::Account::unmap(
    const QString &domainSid, MappingKind kind, const QString &listSid)
{
    const auto it = m_domains.find(domainSid);
    if (it == m_domains.end() || !it->of(kind).remove(listSid))
        return false;
    // The credential list may still be mapped to this domain for the other kind.
    const bool stillMapped = std::any_of(it->byKind.begin(), it->byKind.end(),
        [&listSid](const SequencedRecords<AuthMapping> &set) { return set.contains(listSid); });
    if (!stillMapped) {
        auto domains = m_domainsByList.find(listSid);
        if (domains != m_domainsByList.end()) {
            domains->remove(domainSid);
            if (domains->isEmpty())
                m_domainsByList.erase(domains);
        }
    }
    if (std::all_of(it->byKind.begin(), it->byKind.end(),
            [](const SequencedRecords<AuthMapping> &set) { return set.size() == 0; }))
        m_domains.erase(it);
    return true;
}

void TwilioSipAuthStore::Account::dropDomain(const QString &domainSid)
{
    const auto it = m_domains.find(domainSid);
    if (it == m_domains.end())
        return;
    for (const SequencedRecords<AuthMapping> &set : it->byKind) {
        for (auto row = set.rows.begin(); row != set.rows.end(); ++row) {
            auto domains = m_domainsByList.find(row->second.sid);
            if (domains == m_domainsByList.end())
                continue;
            domains->remove(domainSid);
            if (domains->isEmpty())
                m_domainsByList.erase(domains);
        }
    }
    m_domains.erase(it);
}

void TwilioSipAuthStore::Account::dropList(const QString &listSid)
{
    const QSet<QString> domains = m_domainsByList.take(listSid);
    for (const QString &domainSid : domains) {
        const auto it = m_domains.find(domainSid);
        if (it == m_domains.end())
            continue;
        for (SequencedRecords<AuthMapping> &set : it->byKind)
            set.remove(listSid);
        if (std::all_of(it->byKind.begin(), it->byKind.end(),
                [](const SequencedRecords<AuthMapping> &set) { return set.size() == 0; }))
            m_domains.erase(it);
    }
    if (!credentialLists.remove(listSid))
        ipAccessControlLists.remove(listSid);
}

TwilioSipAuthStore::Account &TwilioSipAuthStore::account(const QString &accountSid)
{
    std::unique_ptr<Account> &slot = m_accounts[accountSid];
    if (!slot) {
        slot = std::make_unique<Account>();
        slot->accountSid = accountSid;
    }
    return *slot;
}

const TwilioSipAuthStore::Account *TwilioSipAuthStore::findAccount(const QString &accountSid) const
{
    const auto it = m_accounts.find(accountSid);
    return it == m_accounts.end() ? nullptr : it->second.get();
}
