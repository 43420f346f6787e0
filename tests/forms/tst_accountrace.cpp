// Switching accounts hundreds of times while lists load and edits are being
// saved, against a sandbox that answers slowly: no row of one account may
// ever appear under another, and no write may reach the service with one
// account's credentials for another account's data.

#include "tests/builders.h"
#include "tests/forms/editformsfixture.h"

#include "models/lists/recordfilterproxymodel.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "views/forms/sipdomainform.h"
#include "views/forms/sipendpointform.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountRace : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_accountrace"_s); }
    void init() { openAccount(Account::Service::Twilio, 20); }
    void cleanup()
    {
        closeWindow();
        m_profiles.reset();
        m_secrets.reset();
    }

    void switchingDuringLoadsAndEditsNeverCrossesAccounts();
    void profileChangesDuringSwitchesNeverCrossAccounts();
    void editingTheOpenProfileReopensIt();

private:
    void watchRows(RecordListPage *page);
    bool rowBelongsToOpenAccount(const QModelIndex &row) const;
    void startAnEdit();
    void answerGuardIfAsked();

    void addProfiles();
    Profile twilioProfile(const QString &name, QStringView sid) const;
    Profile signalWireProfile(const QString &name, QStringView project) const;
    void saveWithSecret(const Profile &profile, const QString &secret);
    void checkRequestLog(int minimumWrites);

    QStringList m_violations;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
};

Profile TestAccountRace::twilioProfile(const QString &name, QStringView sid) const
{
    return Builders::twilioProfile(name, sid.toString(), server().twilioBaseUrl());
}

Profile TestAccountRace::signalWireProfile(const QString &name, QStringView project) const
{
    return Builders::signalWireProfile(name, project.toString(), server().signalWireBaseUrl());
}

namespace {

// The default run stays short; CTest's tst_accountrace_long (label "long") sets
// SIPDESK_ACCOUNTRACE_LONG for 1,050 switches in all.
int switchCount(int shortRun, int longRun)
{
    return qEnvironmentVariableIsSet("SIPDESK_ACCOUNTRACE_LONG") ? longRun : shortRun;
}

} // namespace

void TestAccountRace::saveWithSecret(const Profile &profile, const QString &secret)
{
    QString error;
    QVERIFY2(m_profiles->save(profile, &error), qPrintable(error));
    bool stored = false;
    m_profiles->storeSecret(profile, secret, ProfileStore::SecretScope::Keychain, this,
        [&stored](const SecretStore::Result &result) {
            stored = result.status == SecretStore::Status::Ok;
        });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
}

void TestAccountRace::addProfiles()
{
    using namespace DemoCredentials;
    m_secrets = std::make_unique<MemorySecretStore>();
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
    saveWithSecret(twilioProfile(u"Acme"_s, kTwilioAccountSid), kTwilioAuthToken.toString());
    saveWithSecret(
        twilioProfile(u"Globex"_s, kTwilioOtherAccountSid), kTwilioOtherAuthToken.toString());
    saveWithSecret(
        signalWireProfile(u"Initech"_s, kSignalWireProjectId), kSignalWireApiToken.toString());
    saveWithSecret(signalWireProfile(u"Hooli"_s, kSignalWireOtherProjectId),
        kSignalWireOtherApiToken.toString());
    window()->setProfileStore(m_profiles.get());
    QCOMPARE(window()->accounts().size(), 8); // four fixed accounts, four profiles
}

bool TestAccountRace::rowBelongsToOpenAccount(const QModelIndex &row) const
{
    if (window()->currentAccount() < 0)
        return false;
    const Account &account = window()->openedAccount();
    const QVariant record = row.data(PagedTableModel::RecordRole);
    if (account.service == Account::Service::Twilio)
        return record.canConvert<SipDomain>()
            && record.value<SipDomain>().accountSid == account.twilio.accountSid;
    return record.canConvert<SipEndpoint>()
        && server().signalWire().endpoint(
            account.signalWire.projectId, record.value<SipEndpoint>().id);
}

void TestAccountRace::watchRows(RecordListPage *page)
{
    QAbstractItemModel *model = page->proxy()->sourceModel();
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this, model](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                if (!rowBelongsToOpenAccount(model->index(row, 0)))
                    m_violations.append(
                        model->index(row, 0).data(PagedTableModel::IdRole).toString());
        });
}

void TestAccountRace::startAnEdit()
{
    if (rowCount() == 0 || !window()->editing())
        return;
    selectRows({ 0 });
    QTest::keyClick(table(), Qt::Key_F2);
    RecordForm *form = window()->editing()->openForm();
    if (!form)
        return;
    const bool twilio = qobject_cast<SipDomainForm *>(form);
    auto *field =
        qobject_cast<QLineEdit *>(form->editorFor(twilio ? u"FriendlyName"_s : u"caller_id"_s));
    field->setText(u"race %1"_s.arg(QRandomGenerator::global()->generate() % 1000));
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
}

void TestAccountRace::answerGuardIfAsked()
{
    if (QMessageBox *guard = visibleTopLevel<QMessageBox>(u"unsavedChangesBox"_s))
        QTest::mouseClick(guard->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
}

void TestAccountRace::switchingDuringLoadsAndEditsNeverCrossesAccounts()
{
    server().faults().latencyMs = 15;
    watchRows(window()->recordPage(u"sipDomains"));
    watchRows(window()->recordPage(u"sipEndpoints"));
    QRandomGenerator random(20261123);
    QElapsedTimer clock;
    clock.start();
    // A fixed number of switches, however long a loaded or sanitizer build
    // takes for them: the test checks where rows and requests go, not speed.
    const int kSwitches = switchCount(300, 750);
    for (int switch_ = 0; switch_ < kSwitches; ++switch_) {
        // The random waits are the race itself: they let answers arrive
        // before, during or after the next switch. They assert nothing.
        if (random.bounded(3) == 0) {
            // Some saves finish, some are cut off by the switch.
            QTRY_VERIFY_WITH_TIMEOUT(rowCount() > 0, 30000);
            startAnEdit();
            QTest::qWait(int(random.bounded(40)));
        } else {
            QTest::qWait(int(random.bounded(25)));
        }
        window()->openAccount(int(random.bounded(4)));
        answerGuardIfAsked();
        QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
    }

    // Settle on the first account: all of its rows and only its rows.
    window()->openAccount(0);
    answerGuardIfAsked();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 20, 30000);
    // No event marks "no late answer": answers delayed by the sandbox's
    // latency (15 ms) would arrive within this window.
    QTest::qWait(100);
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
    QCOMPARE(rowCount(), 20);

    checkRequestLog(10);
    qInfo("%d switches in %lld ms", kSwitches, clock.elapsed());
}

void TestAccountRace::checkRequestLog(int minimumWrites)
{
    // Every request used the credentials of the account its path names.
    static const QRegularExpression twilioPath(u"/Accounts/(AC[0-9a-f]{32})/"_s);
    static const QRegularExpression endpointPath(u"/endpoints/sip/([0-9a-f-]{36})"_s);
    int writeCount = 0;
    for (const RequestLog::Entry &entry : server().requestLog().entries()) {
        // Every account's secret is right here: a 401 means one account's
        // secret went with another account's requests.
        QVERIFY2(entry.status != 401, qPrintable(entry.authUser + u' ' + entry.path));
        const QRegularExpressionMatch twilio = twilioPath.match(entry.path);
        if (twilio.hasMatch())
            QCOMPARE(entry.authUser, twilio.captured(1));
        const QRegularExpressionMatch endpoint = endpointPath.match(entry.path);
        if (endpoint.hasMatch())
            QVERIFY2(server().signalWire().endpoint(entry.authUser, endpoint.captured(1)),
                qPrintable(entry.path));
        if (entry.method != "GET") {
            ++writeCount;
            QVERIFY2(entry.status / 100 == 2,
                qPrintable(u"%1 %2 answered %3"_s.arg(QString::fromLatin1(entry.method), entry.path)
                               .arg(entry.status)));
        }
    }
    QVERIFY2(writeCount >= minimumWrites, "the race included saves");
}

void TestAccountRace::profileChangesDuringSwitchesNeverCrossAccounts()
{
    addProfiles();
    server().faults().latencyMs = 10;
    watchRows(window()->recordPage(u"sipDomains"));
    watchRows(window()->recordPage(u"sipEndpoints"));
    auto *switcher = window()->findChild<QComboBox *>(u"accountSwitcher"_s);
    QRandomGenerator random(4242);
    // Bounded by count, not by time: see the test above.
    const int kSwitches = switchCount(200, 300);
    for (int switches = 0; switches < kSwitches; ++switches) {
        window()->openAccount(int(random.bounded(int(window()->accounts().size()))));
        // While the secret is read or the rows load, the profiles change.
        QList<Profile> profiles = m_profiles->profiles();
        Profile changed = profiles.at(int(random.bounded(int(profiles.size()))));
        switch (random.bounded(3)) {
        case 0:
            m_profiles->move(changed.id, int(random.bounded(int(profiles.size()))));
            break;
        case 1:
            changed.name = u"%1 %2"_s.arg(changed.name.section(u' ', 0, 0)).arg(switches);
            QVERIFY(m_profiles->save(changed));
            break;
        case 2: {
            // Removed, then added again as a new profile of the same account.
            QString secret;
            m_profiles->readSecret(changed, this,
                [&secret](const SecretStore::Result &result) { secret = result.secret; });
            QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty(), 30000);
            bool removed = false;
            m_profiles->remove(
                changed.id, this, [&removed](const SecretStore::Result &) { removed = true; });
            answerGuardIfAsked();
            QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
            changed.id = Profile::newId();
            saveWithSecret(changed, secret);
            break;
        }
        }
        answerGuardIfAsked();
        QTest::qWait(int(random.bounded(20))); // the race: answers land at random moments
        QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
        QCOMPARE(switcher->currentIndex(), window()->currentAccount());
    }
    // No event marks "no late answer": the last answers (10 ms of latency)
    // and secret reads would arrive within this window.
    QTest::qWait(200);
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
    checkRequestLog(0);
}

void TestAccountRace::editingTheOpenProfileReopensIt()
{
    using namespace DemoCredentials;
    addProfiles();
    const Profile acme = m_profiles->profiles().constFirst();
    window()->openAccount(4); // the first profile
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 20, 10000);
    QCOMPARE(window()->openedAccount().identifier(), kTwilioAccountSid.toString());

    // The profile now names the other account, with that account's token.
    Profile moved = acme;
    moved.accountSid = kTwilioOtherAccountSid.toString();
    saveWithSecret(moved, kTwilioOtherAuthToken.toString());
    QTRY_COMPARE_WITH_TIMEOUT(
        window()->openedAccount().identifier(), kTwilioOtherAccountSid.toString(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 3, 10000); // the other account has three domains
    for (int row = 0; row < rowCount(); ++row)
        QCOMPARE(recordAt<SipDomain>(row).accountSid, kTwilioOtherAccountSid.toString());
    QVERIFY(window()->windowTitle().contains(kTwilioOtherAccountSid.toString()));
    const RequestLog::Entry last = server().requestLog().entries().constLast();
    QCOMPARE(last.authUser, kTwilioOtherAccountSid.toString());
    QCOMPARE(last.status, 200);
}

QTEST_MAIN(TestAccountRace)
#include "tst_accountrace.moc"
