// The record-kind descriptions: what pages, the delete flow and export rely
// on, for every kind, without a display.

#include "models/accounts/accountclient.h"
#include "models/api/apilistjob.h"
#include "models/api/apirequest.h"
#include "models/api/serviceclient.h"
#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"
#include "models/lists/pagedtablemodel.h"
#include "tests/builders.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A client of the service that is never reached.
Account unreachableAccount(Account::Service service)
{
    return service == Account::Service::Twilio
        ? Builders::twilioAccount(u"Acme"_s, Builders::kTwilioSid, u"secret"_s)
        : Builders::signalWireAccount(u"Initech"_s, Builders::kProjectId, u"PTsecret"_s);
}

SipDomain domain(const QString &friendlyName)
{
    SipDomain domain;
    domain.sid = u"SD"_s + QString(32, u'1');
    domain.domainName = u"dispatch.sip.twilio.com"_s;
    domain.friendlyName = friendlyName;
    return domain;
}

} // namespace

class TestRecordKinds : public QObject
{
    Q_OBJECT

private slots:
    void kindsHaveDistinctKeysAndWords();
    void kindsWorkThroughTheirServiceOnly_data();
    void kindsWorkThroughTheirServiceOnly();
    void recordWords_data();
    void recordWords();

private:
    QNetworkAccessManager m_network;
};

void TestRecordKinds::kindsHaveDistinctKeysAndWords()
{
    QSet<QString> keys;
    for (const RecordKind *kind : RecordKinds::all()) {
        QVERIFY(!kind->key().isEmpty());
        QVERIFY2(!keys.contains(kind->key()), qPrintable(kind->key()));
        keys.insert(kind->key());
        QVERIFY(!kind->singular().isEmpty());
        QVERIFY(kind->countText(2) != kind->countText(1));
        QVERIFY(!kind->emptyText().isEmpty());
        std::unique_ptr<PagedTableModel> table(kind->createModel(nullptr));
        // Every column says in its header's tooltip what it holds.
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString title = table->headerData(column, Qt::Horizontal).toString();
            const QString tip =
                table->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(!title.isEmpty() && tip.size() > title.size(), qPrintable(title));
        }
        for (const RecordKind::CopyColumn &copy : kind->copyColumns())
            QVERIFY(copy.column >= 0 && copy.column < table->columnCount());
        for (const RecordKind::QuickFilter &filter : kind->quickFilters())
            QVERIFY(filter.role >= PagedTableModel::FirstCustomRole);
    }
    QCOMPARE(keys.size(), RecordKinds::all().size());
}

// A well-formed id of a parent record of the kind, or "" for a top-level kind.
static QString memberParentId(const RecordKind &kind)
{
    if (!kind.parentKind())
        return {};
    const QString key = kind.parentKind()->key();
    const QString prefix = key == u"credentialLists"_s ? u"CL"_s : u"AL"_s;
    return prefix + u"0123456789abcdef0123456789abcdef"_s;
}

void TestRecordKinds::kindsWorkThroughTheirServiceOnly_data()
{
    QTest::addColumn<int>("kindIndex");
    QTest::addColumn<Account::Service>("service");
    QTest::addColumn<bool>("lists");
    for (int i = 0; i < RecordKinds::all().size(); ++i) {
        const RecordKind *kind = RecordKinds::all().at(i);
        for (const auto service : { Account::Service::Twilio, Account::Service::SignalWire }) {
            const QString name = kind->key()
                + (service == Account::Service::Twilio ? u" with Twilio"_s : u" with SignalWire"_s);
            QTest::newRow(qPrintable(name)) << i << service << (kind->service() == service);
        }
    }
}

void TestRecordKinds::kindsWorkThroughTheirServiceOnly()
{
    QFETCH(int, kindIndex);
    QFETCH(Account::Service, service);
    QFETCH(bool, lists);
    const RecordKind *kind = RecordKinds::all().at(kindIndex);
    std::unique_ptr<ServiceClient> client =
        makeAccountClient(&m_network, unreachableAccount(service));
    std::unique_ptr<PagedTableModel> table(kind->createModel(nullptr));
    table->setServiceClient(client.get());
    // A member kind lists the members of one parent record, and nothing
    // without one.
    const QString parentId = memberParentId(*kind);
    if (!parentId.isEmpty()) {
        table->refresh();
        QCOMPARE(table->state(), PagedTableModel::State::Empty);
        table->setParentId(parentId);
    }
    table->refresh();
    QCOMPARE(
        table->state(), lists ? PagedTableModel::State::Loading : PagedTableModel::State::Empty);
    // Letting go of the client stops the list and leaves nothing behind,
    // not even the parent: it belongs to the account that closed.
    table->setServiceClient(nullptr);
    QCOMPARE(table->state(), PagedTableModel::State::Empty);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(table->parentId().isEmpty());

    // A malformed id is refused before anything is sent; the point here is
    // only whether the kind's client took the call at all.
    QCOMPARE(kind->remove(client.get(), u"not-an-id"_s, parentId) != nullptr, lists);
    QCOMPARE(kind->remove(nullptr, u"not-an-id"_s, parentId), nullptr);
    QCOMPARE(kind->list(client.get(), 1, parentId) != nullptr, lists);
}

void TestRecordKinds::recordWords_data()
{
    QTest::addColumn<QString>("kindKey");
    QTest::addColumn<QVariant>("record");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("identity");

    const QString domains = SipDomainKind::instance().key();
    const QString sid = domain({}).sid;
    QTest::newRow("domain without friendly name")
        << domains << QVariant::fromValue(domain({})) << sid << u"dispatch.sip.twilio.com"_s
        << u"dispatch.sip.twilio.com"_s << u"dispatch.sip.twilio.com (%1)"_s.arg(sid);
    QTest::newRow("domain named as its domain")
        << domains << QVariant::fromValue(domain(u"dispatch.sip.twilio.com"_s)) << sid
        << u"dispatch.sip.twilio.com"_s << u"dispatch.sip.twilio.com"_s
        << u"dispatch.sip.twilio.com (%1)"_s.arg(sid);
    QTest::newRow("domain with friendly name")
        << domains << QVariant::fromValue(domain(u"Cyberdyne Clinics"_s)) << sid
        << u"dispatch.sip.twilio.com"_s << u"Cyberdyne Clinics"_s
        << u"dispatch.sip.twilio.com (%1) — Cyberdyne Clinics"_s.arg(sid);
    const QString longName = QString(50, u'x');
    QTest::newRow("domain with long friendly name")
        << domains << QVariant::fromValue(domain(longName)) << sid << u"dispatch.sip.twilio.com"_s
        << longName << u"dispatch.sip.twilio.com (%1) — %2…"_s.arg(sid, QString(39, u'x'));

    SipEndpoint endpoint;
    endpoint.id = u"2f2bb1c1-8d3c-4c4e-9d2a-1b1f2f3e4d5c"_s;
    endpoint.username = u"alice"_s;
    QTest::newRow("endpoint") << SipEndpointKind::instance().key() << QVariant::fromValue(endpoint)
                              << endpoint.id << u"alice"_s << u"alice"_s
                              << u"alice (%1)"_s.arg(endpoint.id);
}

void TestRecordKinds::recordWords()
{
    QFETCH(QString, kindKey);
    QFETCH(QVariant, record);
    const RecordKind *kind = nullptr;
    for (const RecordKind *candidate : RecordKinds::all())
        if (candidate->key() == kindKey)
            kind = candidate;
    QVERIFY(kind);
    QTEST(kind->idOf(record), "id");
    QTEST(kind->nameOf(record), "name");
    QTEST(kind->titleOf(record), "title");
    QTEST(kind->identityOf(record), "identity");
    QCOMPARE(kind->jsonOf(record).value(u"username"_s).toString()
            + kind->jsonOf(record).value(u"domain_name"_s).toString(),
        kind->nameOf(record));
}

QTEST_GUILESS_MAIN(TestRecordKinds)
#include "tst_recordkinds.moc"
