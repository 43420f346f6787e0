// Every write the forms and the delete flow send is in the journal, driven as a user would
// against the in-process sandbox: a create, an update with exactly the fields it changed, a
// delete, a refusal with the service's message, a write whose answer was lost, mappings
// added and removed, and a credential whose passwords never reach the file.

#include "tests/forms/editformsfixture.h"

#include "models/journal/changejournal.h"
#include "models/journal/journalwrites.h"
#include "views/forms/domainauthsection.h"
#include "views/forms/sipcredentialform.h"
#include "views/forms/sipdomainform.h"
#include "views/journal/journalwindow.h"
#include "views/widgets/deleteconfirmationdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTabBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Mapping = DomainAuthMappings::Mapping;

class TestJournalRecording : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_journalrecording"_s); }
    void init();
    void cleanup();

    void aCreateRecordsWhatWasSentAndTheNewRecord();
    void anUpdateRecordsExactlyTheChangedFields();
    void aDeleteRecordsTheRecord();
    void aRefusedWriteKeepsTheServicesMessage();
    void aWriteWhoseAnswerWasLostIsUnknown();
    void mappingsAddedAndRemoved();
    void mappingsOfANewDomainNameIt();
    void aCredentialsPasswordsNeverReachTheFile();
    void anAccountOpenedLaterIsRecordedAsIt();
    void screenshot();

private:
    QList<JournalEntry> entries() const { return m_journal->read().entries; }
    // Waits for the journal to hold count entries, and returns the last.
    JournalEntry waitForEntries(int count);
    QByteArray fileBytes() const;
    void createDomain(const QString &domainName, const QString &friendlyName);
    void renameDomain(int row, const QString &friendlyName);
    SipDomainForm *openAuthForm(int row);
    void toggleAndSave(SipDomainForm *form, Mapping mapping, int item);
    RecordListPage *openCredentialsOfFirstList();
    void saveCredential(SipCredentialForm *form, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
};

void TestJournalRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(u"journal.jsonl"_s));
    openAccount(Account::Service::Twilio, 20);
    window()->setJournal(m_journal.get());
}

void TestJournalRecording::cleanup()
{
    closeWindow();
    m_journal.reset();
    m_dir.reset();
}

JournalEntry TestJournalRecording::waitForEntries(int count)
{
    [&] { QTRY_COMPARE_WITH_TIMEOUT(entries().size(), count, 10000); }();
    const QList<JournalEntry> all = entries();
    return all.isEmpty() ? JournalEntry() : all.last();
}

QByteArray TestJournalRecording::fileBytes() const
{
    QFile file(m_journal->path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestJournalRecording::createDomain(const QString &domainName, const QString &friendlyName)
{
    auto *form = openCreateForm<SipDomainForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"DomainName"_s), domainName);
    if (!friendlyName.isEmpty())
        QTest::keyClicks(form->editorFor(u"FriendlyName"_s), friendlyName);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
}

void TestJournalRecording::renameDomain(int row, const QString &friendlyName)
{
    auto *form = openEditForm<SipDomainForm>(row);
    QVERIFY(form);
    auto *name = qobject_cast<QLineEdit *>(form->editorFor(u"FriendlyName"_s));
    name->selectAll();
    QTest::keyClicks(name, friendlyName);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
}

void TestJournalRecording::aCreateRecordsWhatWasSentAndTheNewRecord()
{
    createDomain(u"journal-new.sip.twilio.com"_s, u"Journal test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.action, JournalEntry::Action::Create);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(entry.kind, u"sipDomains"_s);
    QCOMPARE(entry.profile, u"Forms Twilio"_s);
    QCOMPARE(entry.service, u"twilio"_s);
    QCOMPARE(entry.account, twilioAccountSid());
    QCOMPARE(entry.recordId, page()->selectedId()); // from the service's answer
    QVERIFY(entry.recordId.startsWith(u"SD"_s));
    QCOMPARE(entry.recordName, u"journal-new.sip.twilio.com"_s);
    // One change per field sent, none of them with a value before.
    QStringList sent;
    for (const QString &field : lastWrite().fields)
        sent.append(JournalWrites::snakeCase(field));
    QStringList recorded;
    for (const FieldChange &change : entry.changes) {
        recorded.append(change.field);
        QVERIFY(change.before.isUndefined());
    }
    QCOMPARE(sorted(recorded), sorted(sent));
    QVERIFY(entry.changes.contains(FieldChange::of(
        u"friendly_name"_s, QJsonValue(QJsonValue::Undefined), u"Journal test"_s)));
}

void TestJournalRecording::anUpdateRecordsExactlyTheChangedFields()
{
    const SipDomain before = recordAt<SipDomain>(1);
    auto *form = openEditForm<SipDomainForm>(1);
    QVERIFY(form);
    auto *name = qobject_cast<QLineEdit *>(form->editorFor(u"FriendlyName"_s));
    name->selectAll();
    QTest::keyClicks(name, u"Front desk phones"_s);
    auto *secure = qobject_cast<QCheckBox *>(form->editorFor(u"Secure"_s));
    QTest::mouseClick(secure, Qt::LeftButton, {}, QPoint(4, secure->height() / 2));
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);

    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.action, JournalEntry::Action::Update);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(entry.recordId, before.sid);
    QCOMPARE(entry.recordName, before.domainName);
    QCOMPARE(entry.changes,
        (QList { FieldChange::of(u"friendly_name"_s, before.friendlyName, u"Front desk phones"_s),
            FieldChange::of(u"secure"_s, before.secure, !before.secure) }));
}

void TestJournalRecording::aDeleteRecordsTheRecord()
{
    const SipDomain doomed = recordAt<SipDomain>(5);
    selectRows({ 5 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(doomed.sid), -1, 10000);

    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.action, JournalEntry::Action::Delete);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(entry.kind, u"sipDomains"_s);
    QCOMPARE(entry.recordId, doomed.sid);
    QCOMPARE(entry.recordName, doomed.domainName);
}

void TestJournalRecording::aRefusedWriteKeepsTheServicesMessage()
{
    const QString taken = recordAt<SipDomain>(0).domainName;
    createDomain(taken, {});
    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.action, JournalEntry::Action::Create);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Refused);
    QVERIFY2(entry.message.contains(u"'%1' is already in use"_s.arg(taken)),
        qPrintable(entry.message));
    QVERIFY(entry.recordId.isEmpty()); // nothing was created
    QCOMPARE(entry.recordName, taken); // what the user asked for
    QVERIFY(formIsOpen());
}

void TestJournalRecording::aWriteWhoseAnswerWasLostIsUnknown()
{
    // Processed, then the connection closes before the answer; Qt resends the POST by
    // itself and the service refuses the second: whether it exists cannot be known.
    FaultInjector::Rule once;
    once.kind = FaultInjector::Kind::CloseBeforeAnswer;
    once.count = 1;
    once.method = "POST";
    server().faults().addRule(once);
    createDomain(u"lost-answer.sip.twilio.com"_s, {});
    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.action, JournalEntry::Action::Create);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Unknown);
    QVERIFY(!entry.message.isEmpty());
    QCOMPARE(entry.recordName, u"lost-answer.sip.twilio.com"_s);
}

SipDomainForm *TestJournalRecording::openAuthForm(int row)
{
    auto *form = openEditForm<SipDomainForm>(row);
    if (form)
        [&] {
            QVERIFY(QTest::qWaitFor(
                [form] { return form->authSection()->mappings()->isLoaded(); }, 10000));
        }();
    return form;
}

void TestJournalRecording::toggleAndSave(SipDomainForm *form, Mapping mapping, int item)
{
    QListWidget *list = form->authSection()->listFor(mapping);
    list->setFocus();
    list->setCurrentRow(item);
    QTest::keyClick(list, Qt::Key_Space);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
}

void TestJournalRecording::mappingsAddedAndRemoved()
{
    const SipDomain domain = recordAt<SipDomain>(2);
    auto *form = openAuthForm(2);
    QVERIFY(form);
    QListWidget *calls = form->authSection()->listFor(Mapping::CallsCredentialLists);
    const bool mapped = calls->item(0)->checkState() == Qt::Checked;
    const QString listSid = calls->item(0)->toolTip().section(u'\n', -1);
    const QString listName = form->authSection()->mappings()->friendlyNameOf(listSid);
    toggleAndSave(form, Mapping::CallsCredentialLists, 0);
    const JournalEntry first = waitForEntries(1);
    QCOMPARE(first.action, mapped ? JournalEntry::Action::Unmap : JournalEntry::Action::Map);
    QCOMPARE(first.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(first.kind, u"sipDomains"_s);
    QCOMPARE(first.recordId, domain.sid);
    QCOMPARE(first.recordName, domain.domainName);
    const QString list = u"%1 (%2)"_s.arg(listName, listSid);
    const QJsonValue none(QJsonValue::Undefined);
    QCOMPARE(first.changes,
        QList { FieldChange::of(u"calls_credential_list_mappings"_s, mapped ? list : none,
            mapped ? none : list) });

    // And back.
    form = openAuthForm(rowOf(domain.sid));
    QVERIFY(form);
    toggleAndSave(form, Mapping::CallsCredentialLists, 0);
    const JournalEntry second = waitForEntries(2);
    QCOMPARE(second.action, mapped ? JournalEntry::Action::Map : JournalEntry::Action::Unmap);
    QCOMPARE(second.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(second.changes.constFirst().before, first.changes.constFirst().after);
}

void TestJournalRecording::mappingsOfANewDomainNameIt()
{
    auto *form = openCreateForm<SipDomainForm>();
    QVERIFY(form);
    QVERIFY(QTest::qWaitFor([form] { return form->authSection()->mappings()->isLoaded(); }, 10000));
    QTest::keyClicks(form->editorFor(u"DomainName"_s), u"mapped-new.sip.twilio.com"_s);
    toggleAndSave(form, Mapping::CallsIpAccessControlLists, 0);
    waitForEntries(2);
    const QList<JournalEntry> all = entries();
    QCOMPARE(all.at(0).action, JournalEntry::Action::Create);
    QCOMPARE(all.at(1).action, JournalEntry::Action::Map);
    QCOMPARE(all.at(1).recordId, all.at(0).recordId);
    QVERIFY(all.at(1).recordId.startsWith(u"SD"_s));
    QCOMPARE(all.at(1).recordName, u"mapped-new.sip.twilio.com"_s);
    QCOMPARE(all.at(1).changes.constFirst().field, u"calls_ip_access_control_list_mappings"_s);
}

RecordListPage *TestJournalRecording::openCredentialsOfFirstList()
{
    auto *tabs = window()->findChild<QTabBar *>(u"sectionTabs"_s);
    RecordListPage *lists = window()->recordPage(u"credentialLists");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == lists->kind().pageTitle())
            tabs->setCurrentIndex(i);
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(lists->model()->rowCount() > 0, 10000); }();
    lists->table()->selectionModel()->select(
        lists->table()->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    RecordListPage *members = window()->recordPage(u"sipCredentials");
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!members->model()->parentId().isEmpty(), 10000); }();
    return members;
}

void TestJournalRecording::saveCredential(SipCredentialForm *form, const QString &password)
{
    QTest::keyClicks(form->editorFor(u"Password"_s), password);
    const QPointer<SipCredentialForm> open(form); // a saved form closes and goes
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
}

void TestJournalRecording::aCredentialsPasswordsNeverReachTheFile()
{
    const QString firstPassword = u"Journal-Secret-Pass-2468"_s;
    const QString secondPassword = u"Another-Secret-Pass-1357"_s;
    RecordListPage *members = openCredentialsOfFirstList();
    RecordEditing *editing = window()->editingFor(members);
    editing->createRecord();
    auto *form = qobject_cast<SipCredentialForm *>(editing->openForm());
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"Username"_s), u"journal-user"_s);
    saveCredential(form, firstPassword);
    const JournalEntry created = waitForEntries(1);
    QCOMPARE(created.action, JournalEntry::Action::Create);
    QCOMPARE(created.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(created.kind, u"sipCredentials"_s);
    QCOMPARE(created.recordName, u"journal-user"_s);
    QVERIFY(created.changes.contains(FieldChange::secretChanged(u"password"_s)));

    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        (row = [&] {
            for (int i = 0; i < members->model()->rowCount(); ++i)
                if (members->model()->index(i, 0).data(PagedTableModel::IdRole).toString()
                    == created.recordId)
                    return i;
            return -1;
        }()) >= 0,
        10000);
    editing->editRecord(members->model()->index(row, 0));
    form = qobject_cast<SipCredentialForm *>(editing->openForm());
    QVERIFY(form);
    saveCredential(form, secondPassword);
    const JournalEntry changed = waitForEntries(2);
    QCOMPARE(changed.action, JournalEntry::Action::Update);
    QCOMPARE(changed.recordId, created.recordId);
    QCOMPARE(changed.changes, QList { FieldChange::secretChanged(u"password"_s) });

    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("password"));
    for (const QString &secret : { firstPassword, secondPassword,
             DemoCredentials::kTwilioAuthToken.toString() })
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

void TestJournalRecording::anAccountOpenedLaterIsRecordedAsIt()
{
    window()->openAccount(1);
    QTRY_COMPARE_WITH_TIMEOUT(window()->openedAccount().name, u"Other Twilio"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowCount() > 0, 10000);
    const QString sid = idAt(0);
    renameDomain(0, u"Renamed in the other account"_s);
    const JournalEntry entry = waitForEntries(1);
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
    QCOMPARE(entry.profile, u"Other Twilio"_s);
    QCOMPARE(entry.account, DemoCredentials::kTwilioOtherAccountSid.toString());
    QCOMPARE(entry.recordId, sid);
}

// For the README: with SIPDESK_SCREENSHOT_DIR set, the journal after a few changes.
void TestJournalRecording::screenshot()
{
    if (qEnvironmentVariableIsEmpty("SIPDESK_SCREENSHOT_DIR"))
        QSKIP("SIPDESK_SCREENSHOT_DIR is not set");
    renameDomain(3, u"Reception desk phones"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    waitForEntries(1);
    auto *form = openAuthForm(4);
    QVERIFY(form);
    toggleAndSave(form, Mapping::CallsCredentialLists, 0);
    waitForEntries(2);
    RecordListPage *members = openCredentialsOfFirstList();
    RecordEditing *editing = window()->editingFor(members);
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);
    editing->editRecord(members->model()->index(0, 0));
    auto *credential = qobject_cast<SipCredentialForm *>(editing->openForm());
    QVERIFY(credential);
    saveCredential(credential, u"Screenshot-Pass-8642"_s);
    waitForEntries(3);
    // Last, as its form stays open with the refusal.
    window()->findChild<QTabBar *>(u"sectionTabs"_s)->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(rowCount() > 0, 10000);
    createDomain(recordAt<SipDomain>(0).domainName, u"Lobby"_s);
    waitForEntries(4);
    JournalWindow *journal = window()->openJournal();
    QVERIFY(QTest::qWaitForWindowExposed(journal));
    journal->resize(1380, 320);
    saveScreenshot(journal, u"journal"_s);
}

QTEST_MAIN(TestJournalRecording)
#include "tst_journalrecording.moc"
