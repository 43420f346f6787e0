#include "sandbox/demosipauth.h"

#include "sandbox/demodata.h"

using namespace Qt::StringLiterals;

namespace DemoSipAuth {

namespace {

const QString kCredentialListNames[] = {
    u"Scranton desk phones"_s,
    u"Warehouse handsets"_s,
    u"Sales floor softphones"_s,
    u"Night shift"_s,
    u"Remote staff"_s,
    u"Reception"_s,
};
const QString kUsernames[] = {
    u"jhalpert"_s,
    u"dschrute"_s,
    u"pbeesly"_s,
    u"mscott"_s,
    u"amartin"_s,
    u"kmalone"_s,
    u"omartinez"_s,
    u"rhoward"_s,
    u"dphilbin"_s,
    u"sanders"_s,
};
const QString kAclNames[] = {
    u"Office gateways"_s,
    u"Carrier SBCs"_s,
    u"HQ PBX"_s,
    u"Branch routers"_s,
};
// The documentation ranges of RFC 5737.
const QString kNetworks[] = { u"192.0.2"_s, u"198.51.100"_s, u"203.0.113"_s };

QString accountPath(const QString &accountSid)
{
    return u"/2010-04-01/Accounts/%1/SIP/"_s.arg(accountSid);
}

QDateTime listDate(DemoData::Random &random)
{
    static const QDateTime start(QDate(2014, 6, 1), QTime(10, 0), Qt::UTC);
    return start.addSecs(qint64(random.bounded(300)) * 86400 + random.bounded(86400));
}

void addCredentialLists(TwilioSipAuthStore::Account &account, DemoData::Random &random)
{
    const int count = 3 + random.bounded(4); // 3–6
    const QString base = accountPath(account.accountSid) + u"CredentialLists/"_s;
    for (int i = 0; i < count; ++i) {
        TwilioSipAuthStore::CredentialListEntry entry;
        CredentialList &list = entry.list;
        list.sid = u"CL"_s + random.hex(32);
        list.accountSid = account.accountSid;
        list.friendlyName = kCredentialListNames[i];
        list.dateCreated = list.dateUpdated = listDate(random);
        list.uri = base + list.sid + u".json"_s;
        list.subresourceUris.insert(u"credentials"_s, base + list.sid + u"/Credentials.json"_s);
        const int users = 2 + random.bounded(5);
        for (int u = 0; u < users; ++u) {
            SipCredential credential;
            credential.sid = u"CR"_s + random.hex(32);
            credential.accountSid = account.accountSid;
            credential.credentialListSid = list.sid;
            credential.username = random.pick(kUsernames) + QString::number(100 + u * 7 + i);
            credential.dateCreated = credential.dateUpdated =
                list.dateCreated.addSecs(qint64(u + 1) * 3600);
            credential.uri = base + list.sid + u"/Credentials/"_s + credential.sid + u".json"_s;
            entry.usernames.insert(credential.username);
            entry.credentials.insert(credential.sid, credential);
        }
        const QString sid = list.sid;
        account.credentialLists.insert(sid, std::move(entry));
    }
}

void addIpAccessControlLists(TwilioSipAuthStore::Account &account, DemoData::Random &random)
{
    const int count = 2 + random.bounded(3); // 2–4
    const QString base = accountPath(account.accountSid) + u"IpAccessControlLists/"_s;
    for (int i = 0; i < count; ++i) {
        TwilioSipAuthStore::IpAccessControlListEntry entry;
        IpAccessControlList &list = entry.list;
        list.sid = u"AL"_s + random.hex(32);
        list.accountSid = account.accountSid;
        list.friendlyName = kAclNames[i];
        list.dateCreated = list.dateUpdated = listDate(random);
        list.uri = base + list.sid + u".json"_s;
        list.subresourceUris.insert(u"ip_addresses"_s, base + list.sid + u"/IpAddresses.json"_s);
        const int addresses = 1 + random.bounded(4);
        for (int a = 0; a < addresses; ++a) {
            IpAddress address;
            address.sid = u"IP"_s + random.hex(32);
            address.accountSid = account.accountSid;
            address.ipAccessControlListSid = list.sid;
            const QString &network = kNetworks[(i + a) % std::size(kNetworks)];
            switch (random.bounded(3)) {
            case 0:
                address.ipAddress = network + u".0"_s;
                address.cidrPrefixLength = 24;
                break;
            case 1:
                address.ipAddress = network + u".%1"_s.arg(16 * (1 + random.bounded(14)));
                address.cidrPrefixLength = 28;
                break;
            default:
                address.ipAddress = network + u".%1"_s.arg(1 + random.bounded(254));
                break;
            }
            address.friendlyName = u"%1 %2"_s.arg(list.friendlyName).arg(a + 1);
            address.dateCreated = address.dateUpdated =
                list.dateCreated.addSecs(qint64(a + 1) * 600);
            address.uri = base + list.sid + u"/IpAddresses/"_s + address.sid + u".json"_s;
            entry.addresses.insert(address.sid, address);
        }
        const QString sid = list.sid;
        account.ipAccessControlLists.insert(sid, std::move(entry));
    }
}

// The sid of one of the lists, picked at random.
template<typename Lists>
QString pickSid(const Lists &lists, DemoData::Random &random)
{
    auto it = lists.rows.begin();
    std::advance(it, random.bounded(lists.size()));
    return it->second.list.sid;
}

} // namespace

void addDemoAuth(
    TwilioSipAuthStore::Account &account, const std::vector<SipDomain> &domains, quint32 seed)
{
    // Its own stream, so that the domains stay what they were before mappings existed.
    DemoData::Random random(quint64(seed) ^ 0x5A17A0u);
    if (account.credentialLists.size() == 0)
        addCredentialLists(account, random);
    if (account.ipAccessControlLists.size() == 0)
        addIpAccessControlLists(account, random);
    using Kind = TwilioSipAuthStore::MappingKind;
    for (const SipDomain &domain : domains) {
        const QDateTime when = domain.dateCreated.addSecs(60);
        if (domain.authType.contains(u"IP_ACL"_s))
            account.map(domain.sid, Kind::CallsIpAccessControlLists,
                pickSid(account.ipAccessControlLists, random), when);
        if (domain.authType.contains(u"CREDENTIAL_LIST"_s))
            account.map(domain.sid, Kind::CallsCredentialLists,
                pickSid(account.credentialLists, random), when);
        if (domain.sipRegistration && random.chance(65))
            account.map(
                domain.sid, Kind::Registrations, pickSid(account.credentialLists, random), when);
    }
}

} // namespace DemoSipAuth
