// Switching accounts hundreds of times while lists load and edits are being
// saved, against a sandbox that answers slowly: no row of one account may
// ever appear under another, and no write may reach the service with one
// account's credentials for another account's data.

#include "editformsfixture.h"

#include "forms/sipdomainform.h"
#include "forms/sipendpointform.h"
#include "lists/recordfilterproxymodel.h"

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
    void cleanup() { closeWindow(); }

    void switchingDuringLoadsAndEditsNeverCrossesAccounts();

private:
    void watchRows(RecordListPage *page);
    bool rowBelongsToOpenAccount(const QModelIndex &row) const;
    void startAnEdit();
    void answerGuardIfAsked();

    QStringList m_violations;
};

bool TestAccountRace::rowBelongsToOpenAccount(const QModelIndex &row) const
{
    const int current = window()->currentAccount();
    if (current < 0)
        return false;
    const Account &account = window()->accounts().at(current);
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
    watchRows(window()->sipDomainsPage());
    watchRows(window()->sipEndpointsPage());
    QRandomGenerator random(20261123);
    QElapsedTimer clock;
    clock.start();
    int switches = 0;
    for (; switches < 300 && clock.elapsed() < 60000; ++switches) {
        if (random.bounded(3) == 0) {
            // Some saves finish, some are cut off by the switch.
            QTRY_VERIFY_WITH_TIMEOUT(rowCount() > 0, 5000);
            startAnEdit();
            QTest::qWait(int(random.bounded(40)));
        } else {
            QTest::qWait(int(random.bounded(25)));
        }
        window()->openAccount(int(random.bounded(4)));
        answerGuardIfAsked();
        QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
    }
    QVERIFY2(switches >= 100, "enough switches within the time limit");

    // Settle on the first account: all of its rows and only its rows.
    window()->openAccount(0);
    answerGuardIfAsked();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 20, 10000);
    QTest::qWait(100); // any late answer would arrive now
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u", "_s)));
    QCOMPARE(rowCount(), 20);

    // Every request used the credentials of the account its path names.
    static const QRegularExpression twilioPath(u"/Accounts/(AC[0-9a-f]{32})/"_s);
    static const QRegularExpression endpointPath(u"/endpoints/sip/([0-9a-f-]{36})"_s);
    int writeCount = 0;
    for (const RequestLog::Entry &entry : server().requestLog().entries()) {
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
    QVERIFY2(writeCount >= 10, "the race included saves");
    qInfo("%d switches, %d writes in %lld ms", switches, writeCount, clock.elapsed());
}

QTEST_MAIN(TestAccountRace)
#include "tst_accountrace.moc"
