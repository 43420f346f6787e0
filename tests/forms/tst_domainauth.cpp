// The Authentication section of the SIP domain form, driven like a user
// would against an in-process sandbox: what a save sends for the mappings,
// what the row shows after it, and what a partial failure leaves.

#include "tests/forms/editformsfixture.h"

#include "models/lists/sipdomaintablemodel.h"
#include "sandbox/twiliosipauthstore.h"
#include "views/forms/domainauthsection.h"
#include "views/forms/sipdomainform.h"
#include "views/widgets/messagebar.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using Mapping = DomainAuthMappings::Mapping;
using Kind = TwilioSipAuthStore::MappingKind;

class TestDomainAuth : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_domainauth"_s); }
    void init() { openAccount(Account::Service::Twilio, 20); }
    void cleanup() { closeWindow(); }

    void mappingACallsCredentialListClearsTheWarning();
    void unmappingSendsTheDelete();
    void registrationsGoToTheirOwnPath();
    void createWithMappings();
    void partialFailureKeepsTheFormOpenWithTheServiceState();
    void loadFailureLeavesTheFormSaveable();
    void guardCountsChangedMappings();
    void detailShowsMappedListsByName();
    void detailIgnoresAnswersForAnEarlierSelection();
    void detailFollowsASaveOfMappingsOnly();

private:
    TwilioSipAuthStore::Account &store()
    {
        return server().twilioAuth().account(twilioAccountSid());
    }
    // The first row whose domain has this auth_type ("" for none), or -1.
    int rowWithAuthType(const QString &authType) const
    {
        for (int row = 0; row < rowCount(); ++row)
            if (recordAt<SipDomain>(row).authType == authType
                && (authType.isEmpty() || recordAt<SipDomain>(row).hasAuthMapping()))
                return row;
        return -1;
    }
    QString authTypeTextAt(int row) const
    {
        return table()->model()->index(row, SipDomainTableModel::AuthType).data().toString();
    }
    static QListWidget *listOf(SipDomainForm *form, Mapping mapping)
    {
        return form->authSection()->listFor(mapping);
    }
    // Waits until the section has loaded the account's lists.
    static bool waitForLists(SipDomainForm *form)
    {
        return QTest::qWaitFor(
            [form] { return form->authSection()->mappings()->isLoaded(); }, 10000);
    }
    // Toggles an item from the keyboard, as a user tabbing through would.
    static void toggle(QListWidget *list, int row)
    {
        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Space);
    }
    QStringList namesMapped(const QString &domainSid, Kind kind)
    {
        QStringList names;
        for (const auto &[sequence, mapping] : store().mappings(domainSid).of(kind).rows)
            names.append(mapping.friendlyName);
        return names;
    }
    QString detailText() const
    {
        return page()->findChild<QTextBrowser *>(u"detailPane"_s)->toPlainText();
    }
    static QString sidAt(QListWidget *list, int row)
    {
        return list->item(row)->toolTip().section(u'\n', -1);
    }
};

void TestDomainAuth::mappingACallsCredentialListClearsTheWarning()
{
    const int row = rowWithAuthType(QString());
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    QVERIFY(indexAt(row).data(SipDomainTableModel::NoAuthMappingRole).toBool());
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QListWidget *calls = listOf(form, Mapping::CallsCredentialLists);
    QVERIFY(calls->count() > 0);
    QVERIFY(!saveButton(form)->isEnabled());
    toggle(calls, 0);
    QCOMPARE(calls->item(0)->checkState(), Qt::Checked);
    const QString listSid = sidAt(calls, 0);
    QVERIFY(listSid.startsWith(u"CL"_s));
    QVERIFY(saveButton(form)->isEnabled());

    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1); // no domain POST: no field changed
    QCOMPARE(sent.first().method, QByteArray("POST"));
    QVERIFY2(sent.first().path.endsWith(
                 u"/SIP/Domains/%1/Auth/Calls/CredentialListMappings.json"_s.arg(sid)),
        qPrintable(sent.first().path));
    QCOMPARE(sent.first().fields, QStringList { u"CredentialListSid"_s });
    QVERIFY(store().mappings(sid).of(Kind::CallsCredentialLists).contains(listSid));
    // The row shows the domain as fetched again: its derived auth_type changed.
    const int after = rowOf(sid);
    QVERIFY(!indexAt(after).data(SipDomainTableModel::NoAuthMappingRole).toBool());
    QVERIFY(indexAt(after).data(PagedTableModel::WarningRole).toString().isEmpty());
    QCOMPARE(authTypeTextAt(after), u"Credential list"_s);
}

void TestDomainAuth::unmappingSendsTheDelete()
{
    const int row = rowWithAuthType(u"CREDENTIAL_LIST"_s);
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QListWidget *calls = listOf(form, Mapping::CallsCredentialLists);
    QList<int> checked;
    for (int i = 0; i < calls->count(); ++i)
        if (calls->item(i)->checkState() == Qt::Checked)
            checked.append(i);
    QCOMPARE(checked.size(), store().mappings(sid).of(Kind::CallsCredentialLists).size());
    QVERIFY(!checked.isEmpty());
    const QString listSid = sidAt(calls, checked.first());
    toggle(calls, checked.first());

    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("DELETE"));
    QVERIFY2(sent.first().path.endsWith(
                 u"/Domains/%1/Auth/Calls/CredentialListMappings/%2.json"_s.arg(sid, listSid)),
        qPrintable(sent.first().path));
    QVERIFY(!store().mappings(sid).of(Kind::CallsCredentialLists).contains(listSid));
    QCOMPARE(recordAt<SipDomain>(rowOf(sid)).authType, store().authType(sid));
}

void TestDomainAuth::registrationsGoToTheirOwnPath()
{
    int row = -1;
    for (int i = 0; i < rowCount() && row < 0; ++i)
        if (store().mappings(idAt(i)).of(Kind::Registrations).size() == 0)
            row = i;
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    // With registration on and nothing checked, the hint says so.
    auto *registration = qobject_cast<QCheckBox *>(form->editorFor(u"SipRegistration"_s));
    auto *hint = form->findChild<QLabel *>(u"registrationHint"_s);
    registration->setChecked(false);
    QVERIFY(hint->isHidden());
    registration->setChecked(true);
    QVERIFY(!hint->isHidden());
    registration->setChecked(recordAt<SipDomain>(row).sipRegistration);

    QListWidget *registrations = listOf(form, Mapping::RegistrationsCredentialLists);
    toggle(registrations, 0);
    QVERIFY(hint->isHidden());
    const QString listSid = sidAt(registrations, 0);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().path.endsWith(
                 u"/Domains/%1/Auth/Registrations/CredentialListMappings.json"_s.arg(sid)),
        qPrintable(sent.first().path));
    QVERIFY(store().mappings(sid).of(Kind::Registrations).contains(listSid));
}

void TestDomainAuth::createWithMappings()
{
    const int before = rowCount();
    auto *form = openCreateForm<SipDomainForm>();
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QTest::keyClicks(form->editorFor(u"DomainName"_s), u"mapped.sip.twilio.com"_s);
    toggle(listOf(form, Mapping::CallsIpAccessControlLists), 0);
    toggle(listOf(form, Mapping::RegistrationsCredentialLists), 1);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    QTRY_COMPARE(rowCount(), before + 1);

    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 3);
    QVERIFY(sent.at(0).path.endsWith(u"/SIP/Domains.json"_s));
    const QString sid = page()->selectedId();
    QVERIFY(sid.startsWith(u"SD"_s));
    QVERIFY2(sent.at(1).path.endsWith(
                 u"/Domains/%1/Auth/Calls/IpAccessControlListMappings.json"_s.arg(sid)),
        qPrintable(sent.at(1).path));
    QCOMPARE(sent.at(1).fields, QStringList { u"IpAccessControlListSid"_s });
    QVERIFY2(sent.at(2).path.endsWith(
                 u"/Domains/%1/Auth/Registrations/CredentialListMappings.json"_s.arg(sid)),
        qPrintable(sent.at(2).path));
    QCOMPARE(authTypeTextAt(rowOf(sid)), u"IP access control list"_s);
    QVERIFY(!indexAt(rowOf(sid)).data(SipDomainTableModel::NoAuthMappingRole).toBool());
}

void TestDomainAuth::partialFailureKeepsTheFormOpenWithTheServiceState()
{
    const int row = rowWithAuthType(QString());
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QListWidget *calls = listOf(form, Mapping::CallsCredentialLists);
    QVERIFY(calls->count() >= 2);
    toggle(calls, 0);
    toggle(calls, 1);
    const QString goneName = calls->item(0)->text();
    const QString gone = sidAt(calls, 0);
    const QString kept = sidAt(calls, 1);
    appendText(form->editorFor(u"FriendlyName"_s), u" (mapped)"_s);
    // Deleted elsewhere while the form is open: the service refuses its mapping.
    store().dropList(gone);

    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isSaving(), 10000);
    QVERIFY(formIsOpen());
    const QString message = form->messageBar()->text();
    QVERIFY2(message.contains(goneName), qPrintable(message));
    QVERIFY2(message.contains(u"CredentialListSid"_s), qPrintable(message)); // the service's reason
    // The service's state: the refused one unchecked and marked, the other mapped.
    QCOMPARE(calls->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(calls->item(0)->text().contains(u"not saved"_s));
    QVERIFY(!calls->item(0)->icon().isNull());
    QCOMPARE(calls->item(1)->checkState(), Qt::Checked);
    QVERIFY(store().mappings(sid).of(Kind::CallsCredentialLists).contains(kept));
    // The other edit is still there, and saved; the row shows the domain as it now is.
    QVERIFY(qobject_cast<QLineEdit *>(form->editorFor(u"FriendlyName"_s))
                ->text()
                .endsWith(u" (mapped)"_s));
    QCOMPARE(writes().size(), 3);
    QCOMPARE(writes().first().fields, QStringList { u"FriendlyName"_s });
    QVERIFY(recordAt<SipDomain>(rowOf(sid)).friendlyName.endsWith(u" (mapped)"_s));
    QCOMPARE(authTypeTextAt(rowOf(sid)), u"Credential list"_s);
    QVERIFY(!form->hasUnsavedChanges());
}

void TestDomainAuth::loadFailureLeavesTheFormSaveable()
{
    FaultInjector::Rule refuse;
    refuse.kind = FaultInjector::Kind::Forbidden;
    refuse.count = 1;
    refuse.method = "GET";
    refuse.pathContains = u"/SIP/CredentialLists.json"_s;
    server().faults().addRule(refuse);
    auto *form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    auto *status = form->findChild<QLabel *>(u"authStatus"_s);
    auto *retry = form->findChild<QPushButton *>(u"authRetry"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY2(status->text().contains(u"could not be loaded"_s), qPrintable(status->text()));
    QVERIFY(!listOf(form, Mapping::CallsCredentialLists)->isEnabled());

    // Retry loads them.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitForLists(form));
    QVERIFY(!retry->isVisible());
    QVERIFY(listOf(form, Mapping::CallsCredentialLists)->count() > 0);

    // Without the lists, the domain's fields still save.
    server().faults().addRule(refuse);
    form->closeWithGuard();
    QTRY_VERIFY(!formIsOpen());
    form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QPushButton *>(u"authRetry"_s)->isVisible(), 10000);
    server().requestLog().clear();
    appendText(form->editorFor(u"FriendlyName"_s), u" (no lists)"_s);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().fields, QStringList { u"FriendlyName"_s });
}

void TestDomainAuth::guardCountsChangedMappings()
{
    auto *form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QVERIFY(!form->hasUnsavedChanges());
    QListWidget *acls = listOf(form, Mapping::CallsIpAccessControlLists);
    toggle(acls, 0);
    QVERIFY(form->hasUnsavedChanges());
    QTest::keyClick(form, Qt::Key_Escape);
    QMessageBox *guard = guardBox();
    QVERIFY(guard);
    QTest::mouseClick(guard->findChild<QPushButton *>(u"keepEditingButton"_s), Qt::LeftButton);
    QVERIFY(formIsOpen());
    toggle(acls, 0); // back as it was: nothing to ask about
    QVERIFY(!form->hasUnsavedChanges());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!formIsOpen());
    QCOMPARE(writesSent(), 0);
}

void TestDomainAuth::detailShowsMappedListsByName()
{
    int row = -1;
    for (int i = 0; i < rowCount() && row < 0; ++i)
        if (!namesMapped(idAt(i), Kind::CallsCredentialLists).isEmpty()
            && !namesMapped(idAt(i), Kind::CallsIpAccessControlLists).isEmpty())
            row = i;
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    server().faults().latencyMs = 200;
    selectRows({ row });
    QTRY_VERIFY_WITH_TIMEOUT(detailText().contains(u"Loading the mapped lists"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!detailText().contains(u"Loading the mapped lists"_s), 10000);
    const QString text = detailText();
    for (const QString &name : namesMapped(sid, Kind::CallsCredentialLists)
            + namesMapped(sid, Kind::CallsIpAccessControlLists))
        QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(u"Calls — IP access control lists"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"/Auth/Calls"_s), qPrintable(text)); // no raw subresource URIs

    // A failure says so.
    FaultInjector::Rule refuse;
    refuse.kind = FaultInjector::Kind::Forbidden;
    refuse.method = "GET";
    refuse.pathContains = u"/Auth/"_s;
    server().faults().addRule(refuse);
    selectRows({ row == 0 ? 1 : 0 });
    QTRY_VERIFY_WITH_TIMEOUT(detailText().contains(u"could not be loaded"_s), 10000);
}

void TestDomainAuth::detailIgnoresAnswersForAnEarlierSelection()
{
    // Two domains with different lists mapped for calls.
    QList<int> rows;
    for (int i = 0; i < rowCount() && rows.size() < 2; ++i)
        if (store().authType(idAt(i)).isEmpty()
            && namesMapped(idAt(i), Kind::Registrations).isEmpty())
            rows.append(i);
    QCOMPARE(rows.size(), 2);
    QList<const CredentialList *> lists;
    for (const auto &[sequence, entry] : store().credentialLists.rows)
        lists.append(&entry.list);
    QVERIFY(lists.size() >= 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store().map(idAt(rows[0]), Kind::CallsCredentialLists, lists[0]->sid, now));
    QVERIFY(store().map(idAt(rows[1]), Kind::CallsCredentialLists, lists[1]->sid, now));
    const QString firstName = lists[0]->friendlyName;
    const QString secondName = lists[1]->friendlyName;
    QVERIFY(firstName != secondName);

    server().faults().latencyMs = 300;
    selectRows({ rows[0] });
    QTRY_VERIFY_WITH_TIMEOUT(server().requestLog().entries().size() >= 1, 5000);
    // Before the first's answers came, in one step (no empty selection between).
    table()->selectionModel()->setCurrentIndex(
        indexAt(rows[1]), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(!detailText().contains(u"Loading the mapped lists"_s), 10000);
    QTest::qWait(700); // the first's answers, had they not been dropped
    const QString text = detailText();
    QVERIFY2(text.contains(recordAt<SipDomain>(rows[1]).domainName), qPrintable(text));
    QVERIFY2(text.contains(secondName), qPrintable(text));
    QVERIFY2(!text.contains(firstName), qPrintable(text));
}

void TestDomainAuth::detailFollowsASaveOfMappingsOnly()
{
    // Registrations mappings change neither auth_type nor any other field.
    int row = -1;
    for (int i = 0; i < rowCount() && row < 0; ++i)
        if (store().authType(idAt(i)).isEmpty()
            && namesMapped(idAt(i), Kind::Registrations).isEmpty())
            row = i;
    QVERIFY(row >= 0);
    const QString sid = idAt(row);
    selectRows({ row });
    QTRY_VERIFY_WITH_TIMEOUT(detailText().contains(u"Registrations — credential lists"_s), 10000);
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    QVERIFY(waitForLists(form));
    QListWidget *registrations = listOf(form, Mapping::RegistrationsCredentialLists);
    toggle(registrations, 0);
    const QString name = registrations->item(0)->text();
    QVERIFY(!detailText().contains(name));
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    QCOMPARE(page()->selectedId(), sid);
    QTRY_VERIFY2_WITH_TIMEOUT(detailText().contains(name), qPrintable(detailText()), 10000);
}

QTEST_MAIN(TestDomainAuth)
#include "tst_domainauth.moc"
