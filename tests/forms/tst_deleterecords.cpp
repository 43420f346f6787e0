// Deleting from the list: a confirmation that names the account, the count
// typed for several rows, 204 removes the rows, 404 is "already deleted".

#include "tests/forms/editformsfixture.h"

#include "models/api/twilioclient.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/records/sipdomain.h"
#include "views/widgets/deleteconfirmationdialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultInjector::Kind)

class TestDeleteRecords : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_deleterecords"_s); }
    void init() { openAccount(Account::Service::Twilio, 20); }
    void cleanup() { closeWindow(); }

    void singleDeleteNamesTheAccountAndRemovesTheRow();
    void cancelSendsNothing();
    void severalNeedTheCountTyped();
    void recordsWithTheSameNameAreToldApart();
    void alreadyDeletedIsReportedAndRemoved();
    void aRefusedDeleteKeepsTheRowAndSaysWhy_data();
    void aRefusedDeleteKeepsTheRowAndSaysWhy();
    void stopEndsAfterTheRequestInFlight();
    void endpointsToo();

private:
    DeleteConfirmationDialog *confirmation()
    {
        DeleteConfirmationDialog *dialog = nullptr;
        for (int attempt = 0; attempt < 50 && !dialog; ++attempt) {
            dialog = visibleTopLevel<DeleteConfirmationDialog>();
            if (!dialog)
                QTest::qWait(20);
        }
        return dialog;
    }
    QPushButton *deleteButton(DeleteConfirmationDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(u"deleteButton"_s);
    }
    // Selects the rows, presses Delete and confirms with the count typed.
    bool confirmDeletingRows(const QList<int> &rows)
    {
        selectRows(rows);
        QTest::keyClick(table(), Qt::Key_Delete);
        DeleteConfirmationDialog *dialog = confirmation();
        if (!dialog)
            return false;
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(u"countConfirmation"_s), QString::number(rows.size()));
        QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
        return true;
    }
    // How many of these domains still exist at the service; -1 unless each
    // has a row exactly when it exists there.
    int rowsOfRecordsThatExist(const QStringList &sids)
    {
        int existing = 0;
        for (const QString &sid : sids) {
            const bool exists = server().twilio().domain(twilioAccountSid(), sid).has_value();
            if ((rowOf(sid) >= 0) != exists)
                return -1;
            existing += exists ? 1 : 0;
        }
        return existing;
    }
};

void TestDeleteRecords::singleDeleteNamesTheAccountAndRemovesTheRow()
{
    const QString sid = idAt(5);
    selectRows({ 5 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    const QString account = dialog->findChild<QLabel *>(u"accountLabel"_s)->text();
    QVERIFY2(account.contains(twilioAccountSid()), qPrintable(account));
    QVERIFY(!dialog->requiresTypedCount());
    QVERIFY(!deleteButton(dialog)->isDefault());
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(sid), -1, 10000);
    QCOMPARE(lastWrite().method, QByteArray("DELETE"));
    QVERIFY(lastWrite().path.endsWith(sid + u".json"_s));
    QVERIFY(!server().twilio().domain(twilioAccountSid(), sid));
    QTRY_VERIFY(page()->messageText().contains(u"Deleted"_s));
    // Counted without the deleted one, and nothing is "shown of" more.
    QCOMPARE(page()->statusText(), u"19 SIP domain(s)"_s);
}

void TestDeleteRecords::cancelSendsNothing()
{
    selectRows({ 0, 1 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QTest::qWait(50); // a delete sent anyway would be logged within this window
    QCOMPARE(writesSent(), 0);
    QCOMPARE(rowCount(), 20);
}

void TestDeleteRecords::severalNeedTheCountTyped()
{
    const QStringList sids { idAt(2), idAt(3), idAt(4) };
    selectRows({ 2, 3, 4 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->requiresTypedCount());
    auto *count = dialog->findChild<QLineEdit *>(u"countConfirmation"_s);
    QVERIFY(!deleteButton(dialog)->isEnabled());
    QTest::keyClicks(count, u"2"_s);
    QVERIFY(!deleteButton(dialog)->isEnabled());
    count->clear();
    QTest::keyClicks(count, u"3"_s);
    QVERIFY(deleteButton(dialog)->isEnabled());
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 17, 10000);
    for (const QString &sid : sids)
        QCOMPARE(rowOf(sid), -1);
    QCOMPARE(writesSent(), 3);
}

void TestDeleteRecords::recordsWithTheSameNameAreToldApart()
{
    // Three domains of one customer, all called alike.
    auto *model = qobject_cast<SipDomainTableModel *>(page()->proxy()->sourceModel());
    QVERIFY(model);
    QList<SipDomain> alike;
    for (int row : { 2, 3, 4 }) {
        SipDomain domain =
            model->index(row, 0).data(PagedTableModel::RecordRole).value<SipDomain>();
        domain.friendlyName = u"Cyberdyne Clinics – Branch 2"_s;
        model->upsert(domain);
        alike.append(domain);
    }
    selectRows({ 2, 3, 4 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    const QStringList lines = dialog->findChild<QLabel *>(u"namesLabel"_s)->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), 3);
    for (const SipDomain &domain : std::as_const(alike)) {
        const auto line = std::find_if(lines.begin(), lines.end(),
            [&domain](const QString &text) { return text.contains(domain.sid); });
        QVERIFY2(line != lines.end(), qPrintable(domain.sid));
        QVERIFY2(line->contains(domain.domainName), qPrintable(*line));
        QVERIFY2(line->contains(domain.friendlyName), qPrintable(*line));
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestDeleteRecords::alreadyDeletedIsReportedAndRemoved()
{
    const QString sid = idAt(7);
    // Someone else deletes it first.
    QNetworkAccessManager network;
    TwilioConnection connection;
    connection.baseUrl = server().twilioBaseUrl();
    connection.accountSid = connection.authUser = twilioAccountSid();
    connection.secret = DemoCredentials::kTwilioAuthToken.toString();
    TwilioClient elsewhere(&network, connection);
    ApiRequest *gone = elsewhere.removeDomain(sid);
    QSignalSpy done(gone, &ApiRequest::finished);
    QVERIFY(done.wait(10000));

    selectRows({ 7 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(sid), -1, 10000);
    QTRY_VERIFY2(
        page()->messageText().contains(u"already deleted"_s), qPrintable(page()->messageText()));
}

void TestDeleteRecords::endpointsToo()
{
    window()->openAccount(2);
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 20, 10000);
    const QString id = idAt(0);
    selectRows({ 0 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = confirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(u"accountLabel"_s)
                ->text()
                .contains(DemoCredentials::kSignalWireProjectId.toString()));
    // Named by username and id.
    const QString names = dialog->findChild<QLabel *>(u"namesLabel"_s)->text();
    QVERIFY2(names.contains(id), qPrintable(names));
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(id), -1, 10000);
    QCOMPARE(lastWrite().method, QByteArray("DELETE"));
    QCOMPARE(page()->statusText(), u"19 SIP endpoint(s)"_s);
}

void TestDeleteRecords::aRefusedDeleteKeepsTheRowAndSaysWhy_data()
{
    QTest::addColumn<FaultInjector::Kind>("fault");
    QTest::addColumn<int>("deletesSent"); // of three selected
    QTest::addColumn<QString>("reason");
    // A server error is about one record: the others are still tried.
    QTest::newRow("500") << FaultInjector::Kind::ServerError << 3 << u"HTTP 500"_s;
    // Refused credentials refuse every record alike: the rest are not tried.
    QTest::newRow("403") << FaultInjector::Kind::Forbidden << 1 << u"not allowed"_s;
    QTest::newRow("401") << FaultInjector::Kind::Unauthorized << 1 << u"credentials"_s;
}

void TestDeleteRecords::aRefusedDeleteKeepsTheRowAndSaysWhy()
{
    QFETCH(FaultInjector::Kind, fault);
    QFETCH(int, deletesSent);
    QFETCH(QString, reason);
    const QStringList sids { idAt(2), idAt(3), idAt(4) };
    FaultInjector::Rule refusal;
    refusal.kind = fault;
    refusal.count = 1; // the first delete only
    refusal.method = "DELETE";
    server().faults().addRule(refusal);

    QVERIFY(confirmDeletingRows({ 2, 3, 4 }));
    QTRY_VERIFY_WITH_TIMEOUT(page()->messageText().contains(u"could not be deleted"_s), 10000);

    QCOMPARE(writesSent(), deletesSent);
    // The refused one stays, and with refused credentials the ones not attempted.
    QCOMPARE(rowsOfRecordsThatExist(sids), deletesSent == 1 ? 3 : 1);
    const QString message = page()->messageText();
    QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
    if (deletesSent == 1)
        QVERIFY2(message.contains(u"not attempted"_s), qPrintable(message));
}

void TestDeleteRecords::stopEndsAfterTheRequestInFlight()
{
    const QStringList sids { idAt(2), idAt(3), idAt(4) };
    server().faults().latencyMs = 300;
    QVERIFY(confirmDeletingRows({ 2, 3, 4 }));
    QTRY_VERIFY(page()->messageText().contains(u"Deleting 1 of 3"_s));
    auto *stop = page()->findChild<QAbstractButton *>(u"messageAction"_s);
    QVERIFY(stop && stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(page()->messageText().contains(u"not attempted"_s), 10000);
    QCOMPARE(writesSent(), 1); // the one in flight answered; the queue was emptied
    QCOMPARE(rowsOfRecordsThatExist(sids), 2);
}

QTEST_MAIN(TestDeleteRecords)
#include "tst_deleterecords.moc"
