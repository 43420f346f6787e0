// The compact form the domain table keeps its rows in: it gives back the
// record it was made of, null and "" apart, for real pages of the sandbox
// and for every value that has not the usual form; the table reads it in
// place and shows what the full record would.

#include "models/kinds/recorddetails.h"
#include "models/kinds/sipdomainkind.h"
#include "models/lists/kindtablemodel.h" // shownDate
#include "models/lists/sipdomaintablemodel.h"
#include "models/records/compactsipdomain.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/jsonfixture.h"
#include "tests/sandboxfixture.h"
#include "tests/sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

namespace {

// Equal field by field, null and "" told apart (SipDomain's operator==
// takes them for equal).
void compareExactly(const SipDomain &actual, const SipDomain &expected)
{
    QCOMPARE(actual, expected);
    const QString SipDomain::*texts[] = { &SipDomain::sid, &SipDomain::accountSid,
        &SipDomain::apiVersion, &SipDomain::authType, &SipDomain::uri };
    for (const auto member : texts)
        QCOMPARE((actual.*member).isNull(), (expected.*member).isNull());
    for (const auto &field : SipDomain::writableTextFields())
        QVERIFY2((actual.*field.member).isNull() == (expected.*field.member).isNull(),
            field.jsonKey);
    QCOMPARE(actual.toJson(), expected.toJson());
}

const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kSid = u"SD00112233445566778899aabbccddeeff"_s;

QString pathOf(const QString &account, const QString &sid)
{
    return u"/2010-04-01/Accounts/"_s + account + u"/SIP/Domains/"_s + sid;
}

// A domain as Twilio answers it: the URIs derived from its account and SID.
SipDomain usualDomain(const QString &sid = kSid)
{
    SipDomain domain;
    domain.sid = sid;
    domain.accountSid = kAccount;
    domain.apiVersion = u"2010-04-01"_s;
    domain.authType = u"IP_ACL"_s;
    domain.domainName = u"scranton-1.sip.twilio.com"_s;
    domain.friendlyName = u"Scranton"_s;
    domain.dateCreated = QDateTime(QDate(2015, 7, 20), QTime(17, 27, 10), Qt::UTC);
    domain.dateUpdated = QDateTime(QDate(2016, 1, 2), QTime(3, 4, 5), Qt::UTC);
    domain.voiceUrl = u"https://example.com/voice"_s;
    domain.voiceMethod = domain.voiceFallbackMethod = domain.voiceStatusCallbackMethod = u"POST"_s;
    domain.sipRegistration = true;
    domain.secure = true;
    const QString path = pathOf(domain.accountSid, domain.sid);
    domain.uri = path + u".json"_s;
    domain.subresourceUris = {
        { u"credential_list_mappings"_s, path + u"/CredentialListMappings.json"_s },
        { u"ip_access_control_list_mappings"_s, path + u"/IpAccessControlListMappings.json"_s },
    };
    return domain;
}

SipDomain everyTextSet(const QString &text)
{
    SipDomain domain = usualDomain();
    for (const auto &field : SipDomain::writableTextFields())
        domain.*field.member = text + QLatin1String(field.jsonKey);
    for (QString *member : { &domain.sid, &domain.accountSid, &domain.apiVersion,
             &domain.authType, &domain.uri })
        *member = text + *member;
    domain.subresourceUris = { { text, text + u"/x"_s } };
    domain.emergencyCallingEnabled = true;
    return domain;
}

} // namespace

class TestCompactSipDomain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void sandboxPagesRoundTrip();
    void sharesWhatRepeatsWithinAPage();
    void searchTextAsTheFullRecord();
    void indexOfId_data();
    void indexOfId();
    void staysSmall();
    void tableShowsWhatTheRecordHolds();
};

void TestCompactSipDomain::roundTrip_data()
{
    QTest::addColumn<SipDomain>("domain");
    QTest::newRow("fixture") << SipDomain::fromJson(loadFixture("twilio_sip_domain.json"));
    QTest::newRow("default") << SipDomain();
    QTest::newRow("usual") << usualDomain();
    QTest::newRow("every text set, non-ASCII") << everyTextSet(u"Zoë Müller – 東京 "_s);
    SipDomain empty;
    for (const auto &field : SipDomain::writableTextFields())
        empty.*field.member = u""_s;
    for (QString *member :
        { &empty.sid, &empty.accountSid, &empty.apiVersion, &empty.authType, &empty.uri })
        *member = u""_s;
    QTest::newRow("every text empty, not null") << empty;
    QTest::newRow("bools off") << [] {
        SipDomain domain = usualDomain();
        domain.sipRegistration = domain.secure = false;
        domain.emergencyCallingEnabled = true;
        return domain;
    }();

    // SIDs that the 16 bytes would not give back as they were.
    for (const QString &sid : { u"SD00112233445566778899AABBCCDDEEFF"_s,
             u"SD00112233445566778899aabbccddeef"_s, u"SD00112233445566778899aabbccddeeff0"_s,
             u"sd00112233445566778899aabbccddeeff"_s, u"CL00112233445566778899aabbccddeeff"_s,
             u"SD00112233445566778899aabbccddeefg"_s, u"SDXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s,
             u"SD"_s, u""_s, QString() }) {
        QTest::addRow("SID %s", sid.isNull() ? "null" : qPrintable(sid)) << usualDomain(sid);
    }

    // URIs that are not the derived ones are kept as they are.
    SipDomain absolute = usualDomain();
    absolute.uri = u"https://api.twilio.com"_s + absolute.uri;
    QTest::newRow("absolute uri") << absolute;
    SipDomain nullUri = usualDomain();
    nullUri.uri = QString();
    QTest::newRow("null uri") << nullUri;
    SipDomain emptyUri = usualDomain();
    emptyUri.uri = u""_s;
    QTest::newRow("empty uri") << emptyUri;
    SipDomain noMap = usualDomain();
    noMap.subresourceUris.clear();
    QTest::newRow("no subresource URIs") << noMap;
    SipDomain oneMore = usualDomain();
    oneMore.subresourceUris.insert(u"auth"_s, oneMore.uri);
    QTest::newRow("another subresource") << oneMore;
    SipDomain otherVersion = usualDomain();
    otherVersion.uri.replace(u"2010-04-01"_s, u"2008-08-01"_s);
    QTest::newRow("another version in the uri") << otherVersion;
    SipDomain otherAccount = usualDomain();
    otherAccount.accountSid = u"ACffffffffffffffffffffffffffffffff"_s;
    QTest::newRow("uri of another account") << otherAccount;
    SipDomain noAccount = usualDomain();
    noAccount.accountSid = QString();
    QTest::newRow("no account") << noAccount;

    // Text that UTF-8 cannot carry, and values of every size.
    SipDomain surrogate = usualDomain();
    surrogate.friendlyName = u"a"_s + QChar(0xd800) + u"b"_s;
    surrogate.domainName = QString(QChar(0xdc00));
    QTest::newRow("lone surrogates") << surrogate;
    SipDomain longTexts = usualDomain();
    longTexts.friendlyName = QString(200, u'n');
    longTexts.voiceUrl = u"https://example.com/"_s + QString(70000, u'ü');
    QTest::newRow("long texts") << longTexts;

    SipDomain noDates = usualDomain();
    noDates.dateCreated = QDateTime();
    QTest::newRow("no created date") << noDates;
    noDates.dateUpdated = QDateTime();
    QTest::newRow("no dates") << noDates;
    SipDomain milliseconds = usualDomain();
    milliseconds.dateUpdated = milliseconds.dateUpdated.addMSecs(7);
    milliseconds.dateCreated = QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC);
    QTest::newRow("milliseconds, before 1970") << milliseconds;
}

void TestCompactSipDomain::roundTrip()
{
    QFETCH(SipDomain, domain);
    compareExactly(CompactSipDomain(domain).expanded(), domain);
    CompactSipDomain::Pool pool;
    compareExactly(CompactSipDomain(domain, &pool).expanded(), domain);
    const CompactSipDomain compact(domain);
    QCOMPARE(compact.sid(), domain.sid);
    QCOMPARE(compact.sid().isNull(), domain.sid.isNull());
    QCOMPARE(compact.domainName(), domain.domainName);
    QCOMPARE(compact.friendlyName(), domain.friendlyName);
    QCOMPARE(compact.friendlyName().isNull(), domain.friendlyName.isNull());
    QCOMPARE(compact.voiceUrl(), domain.voiceUrl);
    QCOMPARE(compact.voiceMethod(), domain.voiceMethod);
    QCOMPARE(compact.authType(), domain.authType);
    QCOMPARE(compact.hasAuthMapping(), domain.hasAuthMapping());
    QCOMPARE(compact.sipRegistration(), domain.sipRegistration);
    QCOMPARE(compact.secure(), domain.secure);
    QCOMPARE(compact.dateUpdated(), domain.dateUpdated);
}

void TestCompactSipDomain::sandboxPagesRoundTrip()
{
    // Real pages as the app reads them, JSON and all.
    const auto server = SandboxFixture::start(300, 0);
    QVERIFY(server);
    SandboxTestClient http(server->twilioBaseUrl());
    http.setBasicAuth(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    const HttpResult page = http.get(
        u"/2010-04-01/Accounts/%1/SIP/Domains.json?PageSize=1000"_s.arg(kTwilioAccountSid));
    QCOMPARE(page.status, 200);
    QJsonArray items = page.object().value(u"domains"_s).toArray();
    QCOMPARE(items.size(), 300);
    items.append(u"not an object"_s);
    items.append(loadFixture("twilio_sip_domain.json"));

    const QList<CompactSipDomain> decoded = CompactSipDomain::decode(items);
    QCOMPARE(decoded.size(), 301);
    for (qsizetype index = 0; index < decoded.size(); ++index) {
        const QJsonObject json = items.at(index < 300 ? index : index + 1).toObject();
        compareExactly(decoded.at(index).expanded(), SipDomain::fromJson(json));
        QCOMPARE(decoded.at(index).expanded().toJson(), json);
    }
}

void TestCompactSipDomain::sharesWhatRepeatsWithinAPage()
{
    QJsonObject first = usualDomain().toJson();
    QJsonObject second = usualDomain(u"SDffeeddccbbaa99887766554433221100"_s).toJson();
    second.insert(u"friendly_name"_s, u"Stamford"_s);
    const QList<CompactSipDomain> page = CompactSipDomain::decode(QJsonArray { first, second });
    QCOMPARE(page.size(), 2);
    QVERIFY(page[0].sharesTextsWith(page[1]));
    QCOMPARE(page[0].authType().constData(), page[1].authType().constData());
    QCOMPARE(page[0].voiceMethod().constData(), page[1].voiceMethod().constData());
    const SipDomain a = page[0].expanded();
    const SipDomain b = page[1].expanded();
    QCOMPARE(a.accountSid.constData(), b.accountSid.constData());
    QCOMPARE(b.friendlyName, u"Stamford"_s);
    QCOMPARE(b.sid, u"SDffeeddccbbaa99887766554433221100"_s);

    // A different shape is not shared.
    second.insert(u"auth_type"_s, u"CREDENTIAL_LIST"_s);
    const QList<CompactSipDomain> other = CompactSipDomain::decode(QJsonArray { first, second });
    QCOMPARE(other[0].authType(), u"IP_ACL"_s);
    QCOMPARE(other[1].authType(), u"CREDENTIAL_LIST"_s);
}

void TestCompactSipDomain::searchTextAsTheFullRecord()
{
    for (const SipDomain &domain : { usualDomain(), everyTextSet(u"ÄÖ-"_s), SipDomain(),
             usualDomain(u"SDXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s) })
        QCOMPARE(SipDomainKind::searchText(CompactSipDomain(domain)),
            SipDomainKind::searchText(domain));
}

void TestCompactSipDomain::indexOfId_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<int>("row");
    QTest::newRow("canonical") << kSid << 1;
    QTest::newRow("upper case") << kSid.toUpper().replace(0, 2, u"SD"_s) << 2;
    QTest::newRow("not a SID") << u"legacy-7"_s << 0;
    QTest::newRow("missing SID") << u"SDffffffffffffffffffffffffffffffff"_s << -1;
    QTest::newRow("missing text") << u"legacy"_s << -1;
    QTest::newRow("empty") << u""_s << -1;
}

void TestCompactSipDomain::indexOfId()
{
    QFETCH(QString, sid);
    QFETCH(int, row);
    QList<CompactSipDomain> domains;
    for (const QString &each :
        { u"legacy-7"_s, kSid, kSid.toUpper().replace(0, 2, u"SD"_s) })
        domains.append(CompactSipDomain(usualDomain(each)));
    QCOMPARE(CompactSipDomain::indexOfId(domains, sid), qsizetype(row));
}

void TestCompactSipDomain::staysSmall()
{
    // What 10,000 rows cost in place; their texts are in their page's block.
    QVERIFY(sizeof(CompactSipDomain) <= 64);
}

void TestCompactSipDomain::tableShowsWhatTheRecordHolds()
{
    // Every cell the table shows, from the compact row, as the full record
    // gives it.
    const QList<SipDomain> domains { usualDomain(), everyTextSet(u"Zoë "_s), [] {
        SipDomain unusual = usualDomain(u"SD-legacy"_s);
        unusual.authType = QString();
        unusual.voiceUrl = QString();
        unusual.voiceMethod = u"GET"_s;
        unusual.sipRegistration = false;
        unusual.secure = false;
        unusual.dateUpdated = QDateTime();
        return unusual;
    }() };
    SipDomainTableModel model;
    for (const SipDomain &domain : domains)
        model.upsert(domain);
    QCOMPARE(model.rowCount(), domains.size());
    using Model = SipDomainTableModel;
    for (int row = 0; row < model.rowCount(); ++row) {
        const SipDomain &domain = domains.at(row);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(Model::FriendlyName).toString(), domain.friendlyName);
        QCOMPARE(cell(Model::DomainName).toString(), domain.domainName);
        QCOMPARE(cell(Model::Sid).toString(), domain.sid);
        QCOMPARE(cell(Model::AuthType).toString(), Model::authTypeText(domain.authType));
        QCOMPARE(cell(Model::Registration).toString(),
            RecordDetails::flagText(domain.sipRegistration));
        QCOMPARE(cell(Model::VoiceUrl).toString(), domain.voiceUrl);
        QCOMPARE(cell(Model::Secure).toString(), RecordDetails::flagText(domain.secure));
        QCOMPARE(cell(Model::Updated).toString(), shownDate(domain.dateUpdated).toString());
        QCOMPARE(cell(Model::Updated, Model::SortRole).toDateTime(), domain.dateUpdated);
        QCOMPARE(cell(Model::Secure, Model::SortRole).toInt(), int(domain.secure));
        QCOMPARE(cell(Model::Updated, Qt::ToolTipRole).toString(),
            ToolTip::plain(RecordDetails::dateText(domain.dateUpdated)));
        QCOMPARE(cell(Model::VoiceUrl, Qt::ToolTipRole).toString(),
            domain.voiceUrl.isEmpty()
                ? ToolTip::plain(QString())
                : ToolTip::plain(domain.voiceMethod + u' ' + domain.voiceUrl));
        QCOMPARE(cell(0, Model::IdRole).toString(), domain.sid);
        compareExactly(cell(0, Model::RecordRole).value<SipDomain>(), domain);
        QCOMPARE(cell(0, Model::NoAuthMappingRole).toBool(), !domain.hasAuthMapping());
        QCOMPARE(cell(0, Model::SipRegistrationRole).toBool(), domain.sipRegistration);
        QCOMPARE(cell(Model::Health).toString().contains(u"Receives no traffic"_s),
            !domain.hasAuthMapping());
        QCOMPARE(cell(Model::Health).toString().contains(u"not checked"_s),
            domain.sipRegistration);
        QCOMPARE(cell(0, Model::SearchTextRole).toString(), SipDomainKind::searchText(domain));
        QCOMPARE(model.rowForId(domain.sid), row);
    }
}

QTEST_MAIN(TestCompactSipDomain)
#include "tst_compactsipdomain.moc"
