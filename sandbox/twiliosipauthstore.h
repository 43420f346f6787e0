#pragma once

#include "sandbox/sequencedrecords.h"

#include "models/records/sipauth.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <map>
#include <memory>

// The SIP authentication records of every Twilio account of the sandbox:
// credential lists and their credentials, IP access control lists and their
// addresses, and which lists are mapped to which SIP domain. The services of
// these resources write it; TwilioSipDomains reads each domain's auth_type
// from it (one hash lookup) and drops a deleted domain's mappings.
class TwilioSipAuthStore
{
public:
    // Twilio's documented account limits.
    static constexpr int kMaxCredentialLists = 100;
    static constexpr int kMaxCredentialsPerList = 1000;
    static constexpr int kMaxIpAccessControlLists = 1000;
    static constexpr int kMaxIpAddressesPerList = 100;

    // What a domain can have mapped. The older per-domain CredentialListMappings
    // and IpAccessControlListMappings are the Calls sets under another path.
    enum class MappingKind { CallsCredentialLists, CallsIpAccessControlLists, Registrations };
    static constexpr int kMappingKinds = 3;
    static bool mapsCredentialLists(MappingKind kind)
    {
        return kind != MappingKind::CallsIpAccessControlLists;
    }

    struct CredentialListEntry
    {
        CredentialList list;
        // Usernames only: the sandbox authenticates no SIP traffic, so no
        // password (nor a hash of one) is kept anywhere.
        SequencedRecords<SipCredential> credentials;
        QSet<QString> usernames;
    };
    struct IpAccessControlListEntry
    {
        IpAccessControlList list;
        SequencedRecords<IpAddress> addresses;
    };
    // The mappings of one domain; a mapping's sid is the mapped list's sid.
    struct DomainMappings
    {
        std::array<SequencedRecords<AuthMapping>, kMappingKinds> byKind;
        SequencedRecords<AuthMapping> &of(MappingKind kind) { return byKind[size_t(kind)]; }
        const SequencedRecords<AuthMapping> &of(MappingKind kind) const
        {
            return byKind[size_t(kind)];
        }
    };

    struct Account
    {
        QString accountSid;
        SequencedRecords<CredentialListEntry> credentialLists;
        SequencedRecords<IpAccessControlListEntry> ipAccessControlLists;

        // The domain's auth_type, derived from its Calls mappings:
        // "IP_ACL", "CREDENTIAL_LIST", "IP_ACL,CREDENTIAL_LIST", or null.
        QString authType(const QString &domainSid) const;
        // Empty mappings for a domain that has none.
        const DomainMappings &mappings(const QString &domainSid) const;
        // The list's friendly name (credential list or IP ACL by its prefix);
        // null if there is no such list.
        QString listName(const QString &listSid) const;

        // false if the list is mapped to the domain for this kind already.
        bool map(const QString &domainSid, MappingKind kind, const QString &listSid,
            const QDateTime &when);
        bool unmap(const QString &domainSid, MappingKind kind, const QString &listSid);
        void dropDomain(const QString &domainSid);
        // Deletes a credential list or IP ACL and its mappings on every domain.
        void dropList(const QString &listSid);

    private:
        QHash<QString, DomainMappings> m_domains; // by domain SID, only with mappings
        QHash<QString, QSet<QString>> m_domainsByList; // list SID -> domain SIDs
    };

    Account &account(const QString &accountSid);
    const Account *findAccount(const QString &accountSid) const;

private:
    std::map<QString, std::unique_ptr<Account>> m_accounts; // by account SID
};
