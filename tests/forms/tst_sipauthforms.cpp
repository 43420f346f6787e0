// The forms of Twilio's SIP authentication records (credential lists,
// credentials, IP access control lists, IP addresses), built directly on a
// TwilioClient against an in-process sandbox whose request log shows what
// was sent (field names only).

#include "tests/forms/formkeyboard.h"
#include "tests/sandboxfixture.h"

#include "models/kinds/credentiallistkind.h"
#include "models/kinds/ipaccesscontrollistkind.h"
#include "models/kinds/ipaddresskind.h"
#include "models/kinds/recordkinds.h"
#include "models/kinds/sipcredentialkind.h"
#include "models/validation/rules.h"
#include "sandbox/requestlog.h"
#include "sandbox/twiliosipauthstore.h"
#include "views/forms/ipaddressform.h"
#include "views/forms/sipauthlistform.h"
#include "views/forms/sipcredentialform.h"
#include "views/kinds/recordkindview.h"
#include "views/widgets/messagebar.h"
#include "views/widgets/passwordlineedit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QPushButton *saveButton(const QWidget *form)
{
    return form->findChild<QPushButton *>(u"saveButton"_s);
}

QLineEdit *lineEdit(const RecordForm *form, const QString &key)
{
    return qobject_cast<QLineEdit *>(form->editorFor(key));
}

void retype(QWidget *editor, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Every text the form shows or would show: labels, tooltips, titles,
// buttons, line edits (the password field included) and the message bar.
QStringList shownTexts(const QWidget *form)
{
    QStringList texts { form->windowTitle(), form->toolTip() };
    for (const QWidget *widget : form->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->statusTip() << widget->whatsThis()
              << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
    }
    for (const QAction *action : form->findChildren<QAction *>())
        texts << action->text() << action->toolTip() << action->statusTip();
    return texts;
}

bool anyContains(const QStringList &texts, const QString &secret)
{
    return std::any_of(texts.begin(), texts.end(),
        [&secret](const QString &text) { return text.contains(secret); });
}

} // namespace

class TestSipAuthForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createCredentialList();
    void invalidInputKeepsSaveDisabled_data();
    void invalidInputKeepsSaveDisabled();
    void credentialListEditSendsOnlyTheChangedName();
    void ipAddressEditSendsOnlyTheChangedFields();
    void credentialCreateWithAGeneratedPassword();
    void credentialEditSendsOnlyThePassword();
    void duplicateUsernameShowsAtTheFieldAndKeepsTheEdits();
    void ipAddressCreateWithPrefix24();
    void ipAddressCreateOfOneAddressLeavesThePrefixOut();
    void rangeText_data();
    void rangeText();
    void memberFormsShowTheirList();
    void viewsFollowTheKindsAndNeedAParent();
    void keyboardWalk_data();
    void keyboardWalk();
    void requiredPasswordMovesNothing();
    void generatedPasswordFitsTheField();
    void screenshots();

private:
    TwilioSipAuthStore::Account &store() const
    {
        return m_server->twilioAuth().account(DemoCredentials::kTwilioAccountSid.toString());
    }
    TwilioSipAuthStore::CredentialListEntry &firstList() const
    {
        return store().credentialLists.rows.begin()->second;
    }
    TwilioSipAuthStore::IpAccessControlListEntry &firstAcl() const
    {
        return store().ipAccessControlLists.rows.begin()->second;
    }
    QList<RequestLog::Entry> writes() const
    {
        QList<RequestLog::Entry> result;
        for (const RequestLog::Entry &entry : m_server->requestLog().entries())
            if (entry.method != "GET")
                result.append(entry);
        return result;
    }
    // Shows the form and waits until it is on screen.
    template<class Form>
    Form *shown(Form *form)
    {
        form->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(form)); }();
        return form;
    }
    // Clicks Save and waits (bounded) for the saved record; invalid on failure.
    QVariant saveAndWait(RecordForm *form)
    {
        QSignalSpy saved(form, &RecordForm::saved);
        [&] { QVERIFY(saveButton(form)->isEnabled()); }();
        QTest::mouseClick(saveButton(form), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000); }();
        return saved.isEmpty() ? QVariant() : saved.first().first();
    }
    RecordForm *makeForm(const QString &which, const QString &parent = {});
    RecordForm *makeEditForm(const QString &which);
    static void fillValid(RecordForm *form, const QString &which);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TwilioClient> m_client;
    QList<QPointer<QWidget>> m_forms;
};

void TestSipAuthForms::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // range hints without group separators
}

void TestSipAuthForms::init()
{
    m_server = SandboxFixture::start(3, 0);
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<TwilioClient>(m_network.get(), SandboxFixture::twilio(*m_server));
    QVERIFY(store().credentialLists.size() > 0);
    QVERIFY(store().ipAccessControlLists.size() > 0);
}

void TestSipAuthForms::cleanup()
{
    for (const QPointer<QWidget> &form : std::as_const(m_forms))
        delete form.data();
    m_forms.clear();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

RecordForm *TestSipAuthForms::makeForm(const QString &which, const QString &parent)
{
    RecordForm *form = nullptr;
    const QString account = u"Forms Twilio (ACa1b2…)"_s;
    if (which == u"credentialList")
        form = new CredentialListForm(m_client.get(), account, std::nullopt);
    else if (which == u"ipAcl")
        form = new IpAccessControlListForm(m_client.get(), account, std::nullopt);
    else if (which == u"credential")
        form = new SipCredentialForm(m_client.get(), account, std::nullopt,
            parent.isEmpty() ? firstList().list.sid : parent);
    else if (which == u"ipAddress")
        form = new IpAddressForm(
            m_client.get(), account, std::nullopt, parent.isEmpty() ? firstAcl().list.sid : parent);
    if (form)
        m_forms.append(form);
    return form;
}

RecordForm *TestSipAuthForms::makeEditForm(const QString &which)
{
    RecordForm *form = nullptr;
    const QString account = u"Forms Twilio (ACa1b2…)"_s;
    if (which == u"credentialList") {
        form = new CredentialListForm(m_client.get(), account, firstList().list);
    } else if (which == u"ipAcl") {
        form = new IpAccessControlListForm(m_client.get(), account, firstAcl().list);
    } else if (which == u"credential") {
        const SipCredential credential = firstList().credentials.rows.begin()->second;
        form = new SipCredentialForm(
            m_client.get(), account, credential, credential.credentialListSid);
    } else if (which == u"ipAddress") {
        const IpAddress address = firstAcl().addresses.rows.begin()->second;
        form = new IpAddressForm(m_client.get(), account, address, address.ipAccessControlListSid);
    }
    if (form)
        m_forms.append(form);
    return form;
}

void TestSipAuthForms::fillValid(RecordForm *form, const QString &which)
{
    if (which == u"credentialList" || which == u"ipAcl" || which == u"ipAddress")
        retype(form->editorFor(u"FriendlyName"_s), u"Branch office"_s);
    if (which == u"credential") {
        retype(form->editorFor(u"Username"_s), u"oscar.martinez"_s);
        retype(form->editorFor(u"Password"_s), u"Accountant2026Secret"_s);
    }
    if (which == u"ipAddress")
        retype(form->editorFor(u"IpAddress"_s), u"198.51.100.7"_s);
}

void TestSipAuthForms::createCredentialList()
{
    auto *form = shown(qobject_cast<CredentialListForm *>(makeForm(u"credentialList"_s)));
    QVERIFY(form);
    QVERIFY(!saveButton(form)->isEnabled()); // the friendly name is required
    QCOMPARE(form->problemAt(u"FriendlyName"_s), u"Required."_s);
    const int before = store().credentialLists.size();
    retype(form->editorFor(u"FriendlyName"_s), u"  Stamford desk phones "_s);

    const auto saved = saveAndWait(form).value<CredentialList>();

    QVERIFY(saved.sid.startsWith(u"CL"_s));
    QCOMPARE(saved.friendlyName, u"Stamford desk phones"_s);
    QCOMPARE(store().credentialLists.size(), before + 1);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("POST"));
    QVERIFY2(
        sent.first().path.endsWith(u"/SIP/CredentialLists.json"_s), qPrintable(sent.first().path));
    QCOMPARE(sent.first().fields, QStringList { u"FriendlyName"_s });
    QCOMPARE(sent.first().status, 201);
}

void TestSipAuthForms::invalidInputKeepsSaveDisabled_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("list name too long")
        << u"credentialList"_s << u"FriendlyName"_s << QString(65, u'x') << u"64"_s;
    QTest::newRow("list name of spaces")
        << u"credentialList"_s << u"FriendlyName"_s << u"   "_s << u"Required"_s;
    QTest::newRow("ACL name too long")
        << u"ipAcl"_s << u"FriendlyName"_s << QString(256, u'x') << u"255"_s;
    QTest::newRow("username with a space")
        << u"credential"_s << u"Username"_s << u"pam beesly"_s << u"(found a space)."_s;
    QTest::newRow("username with @")
        << u"credential"_s << u"Username"_s << u"pam@dunder"_s << u"May contain only"_s;
    QTest::newRow("username too long, with @")
        << u"credential"_s << u"Username"_s << QString(32, u'p') + u'@'
        << u"(now 33); may contain only"_s;
    QTest::newRow("username too long")
        << u"credential"_s << u"Username"_s << QString(33, u'p') << u"32"_s;
    QTest::newRow("password too short")
        << u"credential"_s << u"Password"_s << u"Short1Pw"_s << u"at least 12"_s;
    QTest::newRow("password without upper case")
        << u"credential"_s << u"Password"_s << u"lowercase2026x"_s << u"upper-case"_s;
    QTest::newRow("password without digit")
        << u"credential"_s << u"Password"_s << u"NoDigitsHereAtAll"_s << u"a digit"_s;
    QTest::newRow("address name too long")
        << u"ipAddress"_s << u"FriendlyName"_s << QString(256, u'x') << u"255"_s;
    QTest::newRow("IPv4 part over 255")
        << u"ipAddress"_s << u"IpAddress"_s << u"192.0.2.256"_s << u"IPv4"_s;
    QTest::newRow("IPv4 leading zero")
        << u"ipAddress"_s << u"IpAddress"_s << u"192.0.02.1"_s << u"IPv4"_s;
    QTest::newRow("three parts") << u"ipAddress"_s << u"IpAddress"_s << u"192.0.2"_s << u"IPv4"_s;
    QTest::newRow("IPv6") << u"ipAddress"_s << u"IpAddress"_s << u"2001:db8::1"_s << u"IPv6"_s;
    QTest::newRow("prefix 0") << u"ipAddress"_s << u"CidrPrefixLength"_s << u"0"_s << u"1 to 32"_s;
    QTest::newRow("prefix 33") << u"ipAddress"_s << u"CidrPrefixLength"_s << u"33"_s
                               << u"1 to 32"_s;
    QTest::newRow("prefix empty") << u"ipAddress"_s << u"CidrPrefixLength"_s << QString()
                                  << u"Required"_s;
}

void TestSipAuthForms::invalidInputKeepsSaveDisabled()
{
    QFETCH(QString, form);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    RecordForm *shownForm = shown(makeForm(form));
    QVERIFY(shownForm);
    fillValid(shownForm, form);
    QPushButton *save = saveButton(shownForm);
    QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    const QString valid = lineEdit(shownForm, field)->text();

    retype(shownForm->editorFor(field), typed);
    QTest::keyClick(shownForm->editorFor(field), Qt::Key_Tab); // problems show once left

    const QString problem = shownForm->problemAt(field);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QCOMPARE(shownForm->findChild<QLabel *>(field + u"Problem"_s)->text(), problem);
    QVERIFY(shownForm->findChild<QLabel *>(field + u"Problem"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(problem.toHtmlEscaped()), qPrintable(save->toolTip()));
    if (field == u"Password") { // only the field itself shows what was typed
        QStringList texts = shownTexts(shownForm);
        QVERIFY(texts.removeOne(typed));
        QVERIFY(!anyContains(texts, typed));
    }
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::keyClick(shownForm->editorFor(field), Qt::Key_Return);

    // Fixing the value enables Save again; nothing was sent meanwhile.
    retype(shownForm->editorFor(field), valid);
    QCOMPARE(shownForm->problemAt(field), QString());
    QVERIFY(save->isEnabled());
    QCOMPARE(writes().size(), 0);
}

void TestSipAuthForms::credentialListEditSendsOnlyTheChangedName()
{
    const CredentialList list = firstList().list;
    auto *form = shown(new CredentialListForm(m_client.get(), u"Forms Twilio"_s, list));
    m_forms.append(form);
    QCOMPARE(lineEdit(form, u"FriendlyName"_s)->text(), list.friendlyName);
    QVERIFY(!saveButton(form)->isEnabled());
    QCOMPARE(saveButton(form)->toolTip(), u"Nothing has changed."_s);
    // Spaces around the same name are no change.
    retype(form->editorFor(u"FriendlyName"_s), u" "_s + list.friendlyName + u" "_s);
    QVERIFY(!saveButton(form)->isEnabled());
    QCOMPARE(form->requestFields(), FormFields());

    retype(form->editorFor(u"FriendlyName"_s), u"Nashua desk phones"_s);
    const auto saved = saveAndWait(form).value<CredentialList>();

    QCOMPARE(saved.sid, list.sid);
    QCOMPARE(saved.friendlyName, u"Nashua desk phones"_s);
    QCOMPARE(firstList().list.friendlyName, u"Nashua desk phones"_s);
    QCOMPARE(writes().size(), 1);
    QVERIFY(writes().first().path.endsWith(list.sid + u".json"_s));
    QCOMPARE(writes().first().fields, QStringList { u"FriendlyName"_s });
}

void TestSipAuthForms::ipAddressEditSendsOnlyTheChangedFields()
{
    const IpAddress address = firstAcl().addresses.rows.begin()->second;
    const int prefix = address.cidrPrefixLength == 28 ? 24 : 28;
    auto *form = shown(new IpAddressForm(
        m_client.get(), u"Forms Twilio"_s, address, address.ipAccessControlListSid));
    m_forms.append(form);
    QCOMPARE(lineEdit(form, u"IpAddress"_s)->text(), address.ipAddress);
    QCOMPARE(
        lineEdit(form, u"CidrPrefixLength"_s)->text(), QString::number(address.cidrPrefixLength));
    QVERIFY(!saveButton(form)->isEnabled());

    retype(form->editorFor(u"FriendlyName"_s), u"Renamed gateway"_s);
    retype(form->editorFor(u"CidrPrefixLength"_s), QString::number(prefix));
    retype(form->editorFor(u"IpAddress"_s), address.ipAddress + u" "_s); // no change
    const auto saved = saveAndWait(form).value<IpAddress>();

    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().method, QByteArray("POST"));
    QVERIFY(writes().first().path.endsWith(
        address.ipAccessControlListSid + u"/IpAddresses/"_s + address.sid + u".json"_s));
    QCOMPARE(sorted(writes().first().fields),
        (QStringList { u"CidrPrefixLength"_s, u"FriendlyName"_s }));
    QCOMPARE(saved.cidrPrefixLength, prefix);
    QCOMPARE(saved.friendlyName, u"Renamed gateway"_s);
    QCOMPARE(saved.ipAddress, address.ipAddress);
}

void TestSipAuthForms::credentialCreateWithAGeneratedPassword()
{
    const QString listSid = firstList().list.sid;
    auto *form = qobject_cast<SipCredentialForm *>(shown(makeForm(u"credential"_s)));
    QVERIFY(form);
    auto *password = qobject_cast<PasswordLineEdit *>(form->editorFor(u"Password"_s));
    QVERIFY(password);
    auto *generate = form->findChild<QPushButton *>(u"generatePasswordButton"_s);
    auto *copy = form->findChild<QPushButton *>(u"copyPasswordButton"_s);
    auto *hint = form->findChild<QLabel *>(u"copyPasswordHint"_s);
    QVERIFY(generate && copy && hint);
    QVERIFY(!copy->isEnabled());
    QVERIFY(!hint->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(form->problemAt(u"Password"_s), u"Required."_s);

    retype(form->editorFor(u"Username"_s), u"kevin.malone"_s);
    QTest::mouseClick(generate, Qt::LeftButton);

    const QString secret = password->text();
    QCOMPARE(secret.size(), 20);
    QCOMPARE(Rules::sipPasswordProblem(secret), QString());
    QCOMPARE(password->echoMode(), QLineEdit::Normal); // shown once, in clear text
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"Twilio never shows this password again: copy it now."_s);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    // Nothing but the field itself shows it.
    QStringList texts = shownTexts(form);
    texts.removeOne(secret);
    QVERIFY(!anyContains(texts, secret));

    QStringList afterSave;
    bool undoAfterSave = true;
    connect(form, &QDialog::accepted, this, [&] {
        afterSave = shownTexts(form);
        undoAfterSave = password->isUndoAvailable();
    });
    const auto saved = saveAndWait(form).value<SipCredential>();

    QCOMPARE(saved.username, u"kevin.malone"_s);
    QCOMPARE(saved.credentialListSid, listSid);
    QVERIFY(firstList().usernames.contains(u"kevin.malone"_s));
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().path.endsWith(listSid + u"/Credentials.json"_s));
    QCOMPARE(sorted(sent.first().fields), (QStringList { u"Password"_s, u"Username"_s }));
    QCOMPARE(sent.first().status, 201);
    for (const RequestLog::Entry &entry : m_server->requestLog().entries())
        QVERIFY(!QJsonDocument(entry.toJson()).toJson().contains(secret.toUtf8()));
    // After the save the form held the password nowhere, not even for undo.
    QVERIFY(!afterSave.isEmpty());
    QVERIFY(!anyContains(afterSave, secret));
    QVERIFY(!undoAfterSave);
    QVERIFY(!QJsonDocument(SipCredentialKind::instance().jsonOf(QVariant::fromValue(saved)))
                 .toJson()
                 .contains(secret.toUtf8()));
}

void TestSipAuthForms::credentialEditSendsOnlyThePassword()
{
    const SipCredential credential = firstList().credentials.rows.begin()->second;
    auto *form = shown(new SipCredentialForm(
        m_client.get(), u"Forms Twilio"_s, credential, credential.credentialListSid));
    m_forms.append(form);
    // Shown as text that cannot be typed into, and said to be read-only.
    auto *username = qobject_cast<QLabel *>(form->editorFor(u"Username"_s));
    QVERIFY(username);
    QCOMPARE(username->text(), credential.username);
    QVERIFY(username->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QCOMPARE(username->accessibleDescription(), u"Read-only"_s);
    QCOMPARE(form->focusWidget(), form->editorFor(u"Password"_s)); // the first to change
    QCOMPARE(form->problemAt(u"Password"_s), QString()); // optional when editing
    QVERIFY(!saveButton(form)->isEnabled());
    QCOMPARE(saveButton(form)->toolTip(), u"Nothing has changed."_s);
    QVERIFY(lineEdit(form, u"Password"_s)->placeholderText().contains(u"keep"_s));

    retype(form->editorFor(u"Password"_s), u"Receptionist2026Pw"_s);
    const auto saved = saveAndWait(form).value<SipCredential>();

    QCOMPARE(saved.sid, credential.sid);
    QCOMPARE(saved.username, credential.username);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().path.endsWith(
        credential.credentialListSid + u"/Credentials/"_s + credential.sid + u".json"_s));
    QCOMPARE(sent.first().fields, QStringList { u"Password"_s });
    QCOMPARE(sent.first().status, 200);
}

void TestSipAuthForms::duplicateUsernameShowsAtTheFieldAndKeepsTheEdits()
{
    const QString taken = firstList().credentials.rows.begin()->second.username;
    auto *form = shown(makeForm(u"credential"_s));
    QVERIFY(form);
    retype(form->editorFor(u"Username"_s), taken);
    QTest::mouseClick(form->findChild<QPushButton *>(u"generatePasswordButton"_s), Qt::LeftButton);
    const QString secret = lineEdit(form, u"Password"_s)->text();
    QVERIFY(!secret.isEmpty());

    QTest::mouseClick(saveButton(form), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!form->problemAt(u"Username"_s).isEmpty(), 10000);
    QVERIFY2(form->problemAt(u"Username"_s).contains(u"already in this credential list"_s),
        qPrintable(form->problemAt(u"Username"_s)));
    QVERIFY(form->isVisible());
    QCOMPARE(lineEdit(form, u"Username"_s)->text(), taken);
    QCOMPARE(lineEdit(form, u"Password"_s)->text(), secret);
    QCOMPARE(form->problemAt(u"Password"_s), QString());
    QVERIFY(form->messageBar()->isVisible());
    QVERIFY(!saveButton(form)->isEnabled());
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().status, 400);
    QStringList texts = shownTexts(form);
    texts.removeOne(secret);
    QVERIFY(!anyContains(texts, secret));

    // Another username drops the service's problem; the password is still there.
    retype(form->editorFor(u"Username"_s), taken + u"2"_s);
    QCOMPARE(form->problemAt(u"Username"_s), QString());
    QVERIFY(saveButton(form)->isEnabled());
    const auto saved = saveAndWait(form).value<SipCredential>();
    QCOMPARE(saved.username, taken + u"2"_s);
}

void TestSipAuthForms::ipAddressCreateWithPrefix24()
{
    const QString aclSid = firstAcl().list.sid;
    auto *form = shown(makeForm(u"ipAddress"_s));
    QVERIFY(form);
    QCOMPARE(lineEdit(form, u"CidrPrefixLength"_s)->text(), u"32"_s); // this address only
    retype(form->editorFor(u"FriendlyName"_s), u"Branch office"_s);
    retype(form->editorFor(u"IpAddress"_s), u"198.51.100.0"_s);
    auto *hint = form->findChild<QLabel *>(u"rangeHint"_s);
    QVERIFY(hint && hint->isVisible());
    QCOMPARE(hint->text(), u"198.51.100.0/32 = this address only"_s);
    retype(form->editorFor(u"CidrPrefixLength"_s), u"24"_s);
    QCOMPARE(hint->text(), u"198.51.100.0/24 = 256 addresses (198.51.100.0 – 198.51.100.255)"_s);

    const auto saved = saveAndWait(form).value<IpAddress>();

    QCOMPARE(saved.cidrPrefixLength, 24);
    QCOMPARE(saved.ipAccessControlListSid, aclSid);
    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().path.endsWith(aclSid + u"/IpAddresses.json"_s));
    QCOMPARE(sorted(sent.first().fields),
        (QStringList { u"CidrPrefixLength"_s, u"FriendlyName"_s, u"IpAddress"_s }));
    const IpAddress *stored = firstAcl().addresses.find(saved.sid);
    QVERIFY(stored);
    QCOMPARE(stored->cidrPrefixLength, 24);
    QCOMPARE(stored->ipAddress, u"198.51.100.0"_s);
}

void TestSipAuthForms::ipAddressCreateOfOneAddressLeavesThePrefixOut()
{
    auto *form = shown(makeForm(u"ipAddress"_s));
    QVERIFY(form);
    fillValid(form, u"ipAddress"_s);
    const auto saved = saveAndWait(form).value<IpAddress>();
    QCOMPARE(saved.cidrPrefixLength, 32);
    QCOMPARE(sorted(writes().value(0).fields), (QStringList { u"FriendlyName"_s, u"IpAddress"_s }));
}

void TestSipAuthForms::rangeText_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("/24") << u"192.0.2.0"_s << u"24"_s
                         << u"192.0.2.0/24 = 256 addresses (192.0.2.0 – 192.0.2.255)"_s;
    QTest::newRow("host inside a /28")
        << u"203.0.113.77"_s << u"28"_s
        << u"203.0.113.64/28 = 16 addresses (203.0.113.64 – 203.0.113.79)"_s;
    QTest::newRow("/31") << u"192.0.2.7"_s << u"31"_s
                         << u"192.0.2.6/31 = 2 addresses (192.0.2.6 – 192.0.2.7)"_s;
    QTest::newRow("/32") << u"192.0.2.7"_s << u"32"_s << u"192.0.2.7/32 = this address only"_s;
    QTest::newRow("/1") << u"200.1.2.3"_s << u"1"_s
                        << u"128.0.0.0/1 = 2147483648 addresses (128.0.0.0 – 255.255.255.255)"_s;
    const QString general =
        u"32 means this address only; 24 the 256 addresses of a.b.c.0 to a.b.c.255."_s;
    QTest::newRow("no address") << QString() << u"24"_s << general;
    QTest::newRow("bad address") << u"192.0.2"_s << u"24"_s << general;
    QTest::newRow("bad prefix") << u"192.0.2.0"_s << u"0"_s << general;
}

void TestSipAuthForms::rangeText()
{
    QFETCH(QString, address);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    QCOMPARE(IpAddressForm::rangeText(address, prefix), expected);
}

void TestSipAuthForms::memberFormsShowTheirList()
{
    const CredentialList list = firstList().list;
    auto *form = shown(makeForm(u"credential"_s));
    QVERIFY(form);
    auto *parent = qobject_cast<QLabel *>(form->editorFor(u"CredentialListSid"_s));
    QVERIFY(parent);
    QVERIFY(parent->text().contains(list.sid));
    QTRY_COMPARE_WITH_TIMEOUT(parent->text(), u"%1 (%2)"_s.arg(list.friendlyName, list.sid), 10000);
    QVERIFY(form->findChild<QLabel *>(u"accountBanner"_s)->text().contains(u"Forms Twilio"_s));

    const IpAccessControlList acl = firstAcl().list;
    form = shown(makeForm(u"ipAddress"_s));
    parent = qobject_cast<QLabel *>(form->editorFor(u"IpAccessControlListSid"_s));
    QVERIFY(parent);
    QTRY_COMPARE_WITH_TIMEOUT(parent->text(), u"%1 (%2)"_s.arg(acl.friendlyName, acl.sid), 10000);
    QCOMPARE(writes().size(), 0); // the names were only read
}

void TestSipAuthForms::viewsFollowTheKindsAndNeedAParent()
{
    const QList<const RecordKindView *> &views = RecordKindView::all();
    QCOMPARE(views.size(), RecordKinds::all().size());
    for (int i = 0; i < views.size(); ++i)
        QCOMPARE(&views.at(i)->kind(), RecordKinds::all().at(i));

    auto viewOf = [&views](const RecordKind &kind) -> const RecordKindView * {
        for (const RecordKindView *view : views)
            if (&view->kind() == &kind)
                return view;
        return nullptr;
    };
    auto keep = [this](RecordForm *form) {
        if (form)
            m_forms.append(form);
        return form;
    };
    const QString account = u"Forms Twilio"_s;
    const QString listSid = firstList().list.sid;
    const RecordKindView *credentials = viewOf(SipCredentialKind::instance());
    QVERIFY(credentials);
    // A member kind: no form without its list.
    QVERIFY(!keep(credentials->makeForm(m_client.get(), account, {}, QString(), nullptr)));
    auto *created = qobject_cast<SipCredentialForm *>(
        keep(credentials->makeForm(m_client.get(), account, {}, listSid, nullptr)));
    QVERIFY(created);
    QCOMPARE(created->mode(), RecordForm::Mode::Create);
    QCOMPARE(created->credentialListSid(), listSid);
    // Editing, the credential's own list counts, whatever the page's is.
    SipCredential credential = firstList().credentials.rows.begin()->second;
    auto *edited =
        qobject_cast<SipCredentialForm *>(keep(credentials->makeForm(m_client.get(), account,
            QVariant::fromValue(credential), u"CL00000000000000000000000000000000"_s, nullptr)));
    QVERIFY(edited);
    QCOMPARE(edited->mode(), RecordForm::Mode::Edit);
    QCOMPARE(edited->credentialListSid(), credential.credentialListSid);

    const RecordKindView *addresses = viewOf(IpAddressKind::instance());
    QVERIFY(!keep(addresses->makeForm(m_client.get(), account, {}, QString(), nullptr)));
    auto *address = qobject_cast<IpAddressForm *>(
        keep(addresses->makeForm(m_client.get(), account, {}, firstAcl().list.sid, nullptr)));
    QVERIFY(address);
    QCOMPARE(address->ipAccessControlListSid(), firstAcl().list.sid);

    QVERIFY(qobject_cast<CredentialListForm *>(
        keep(viewOf(CredentialListKind::instance())
                 ->makeForm(m_client.get(), account, {}, QString(), nullptr))));
    QVERIFY(qobject_cast<IpAccessControlListForm *>(
        keep(viewOf(IpAccessControlListKind::instance())
                 ->makeForm(m_client.get(), account, {}, QString(), nullptr))));
    // Not a Twilio client: no form.
    QVERIFY(!viewOf(CredentialListKind::instance())->makeForm(nullptr, account, {}, {}, nullptr));
}

void TestSipAuthForms::keyboardWalk_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("editing");
    QTest::addColumn<QString>("first"); // the field that has the focus when it opens
    for (const bool editing : { false, true }) {
        const char *mode = editing ? "edit" : "create";
        QTest::addRow("credential list, %s", mode)
            << u"credentialList"_s << editing << u"FriendlyName"_s;
        QTest::addRow("IP access control list, %s", mode)
            << u"ipAcl"_s << editing << u"FriendlyName"_s;
        QTest::addRow("IP address, %s", mode) << u"ipAddress"_s << editing << u"FriendlyName"_s;
    }
    QTest::newRow("credential, create") << u"credential"_s << false << u"Username"_s;
    // Its username cannot change: the password is the first thing to type.
    QTest::newRow("credential, edit") << u"credential"_s << true << u"Password"_s;
}

void TestSipAuthForms::keyboardWalk()
{
    QFETCH(QString, form);
    QFETCH(bool, editing);
    QFETCH(QString, first);
    RecordForm *opened = shown(editing ? makeEditForm(form) : makeForm(form));
    QVERIFY(opened);
    QVERIFY(FormKeyboard::activate(opened));
    QCOMPARE(QApplication::focusWidget(), opened->editorFor(first));
    // Saveable, so that Save is on the way; with a password Copy is too.
    if (!editing)
        fillValid(opened, form);
    else if (form == u"credential")
        retype(opened->editorFor(u"Password"_s), u"Accountant2026Secret"_s);
    else
        retype(opened->editorFor(u"FriendlyName"_s), u"Renamed"_s);
    QVERIFY2(saveButton(opened)->isEnabled(), qPrintable(saveButton(opened)->toolTip()));
    const QList<QWidget *> expected = FormKeyboard::expectedTabStops(opened);
    expected.first()->setFocus(); // a read-only username before it included
    QWidget *notShown = nullptr;
    const QList<QWidget *> reached = FormKeyboard::tabThrough(opened, &notShown);
    QVERIFY2(reached == expected,
        qPrintable(u"reached: %1\nexpected: %2"_s.arg(
            FormKeyboard::describe(reached), FormKeyboard::describe(expected))));
    QVERIFY2(!notShown, qPrintable(FormKeyboard::describe({ notShown })));
}

// The walkthrough saw Generate jump when "Required." appeared.
void TestSipAuthForms::requiredPasswordMovesNothing()
{
    RecordForm *form = shown(makeForm(u"credential"_s));
    QVERIFY(form);
    QVERIFY(FormKeyboard::activate(form));
    QApplication::processEvents();
    auto geometries = [form] {
        QList<QRect> rects;
        for (const QWidget *widget : form->findChildren<QWidget *>())
            rects << (widget->isVisibleTo(form) ? FormKeyboard::rectInForm(widget, form) : QRect());
        return rects;
    };
    const QList<QRect> before = geometries();
    QCOMPARE(form->shownProblemAt(u"Password"_s), QString());

    form->editorFor(u"Password"_s)->setFocus();
    QTest::keyClick(form->editorFor(u"Password"_s), Qt::Key_Tab);

    QCOMPARE(
        QApplication::focusWidget(), form->findChild<QPushButton *>(u"generatePasswordButton"_s));
    QCOMPARE(form->shownProblemAt(u"Password"_s), u"Required."_s);
    QApplication::processEvents();
    QCOMPARE(geometries(), before);
}

void TestSipAuthForms::generatedPasswordFitsTheField()
{
    RecordForm *form = shown(makeForm(u"credential"_s));
    QVERIFY(form);
    auto *password = qobject_cast<PasswordLineEdit *>(form->editorFor(u"Password"_s));
    form->resize(form->minimumSizeHint()); // as narrow as it goes
    QApplication::processEvents();
    // The whole password beside the eye button, a few times over.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTest::mouseClick(
            form->findChild<QPushButton *>(u"generatePasswordButton"_s), Qt::LeftButton);
        const int textWidth = password->fontMetrics().horizontalAdvance(password->text());
        QVERIFY2(textWidth + password->height() + 8 <= password->width(),
            qPrintable(u"%1 + eye in %2"_s.arg(textWidth).arg(password->width())));
    }
}

void TestSipAuthForms::screenshots()
{
    const QString dir = qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set SIPDESK_SCREENSHOT_DIR to write the docs' screenshots");
    auto save = [&dir](QWidget *widget, const QString &name) {
        QApplication::processEvents();
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
    };

    auto *credential = shown(makeForm(u"credential"_s));
    QVERIFY(credential);
    credential->resize(640, 420);
    retype(credential->editorFor(u"Username"_s), u"pam.beesly"_s);
    QTest::mouseClick(
        credential->findChild<QPushButton *>(u"generatePasswordButton"_s), Qt::LeftButton);
    const QString listText = u"%1 (%2)"_s.arg(firstList().list.friendlyName, firstList().list.sid);
    QTRY_COMPARE_WITH_TIMEOUT(
        qobject_cast<QLabel *>(credential->editorFor(u"CredentialListSid"_s))->text(), listText,
        10000);
    save(credential, u"credential-form"_s);

    auto *address = shown(makeForm(u"ipAddress"_s));
    QVERIFY(address);
    address->resize(600, 440);
    retype(address->editorFor(u"FriendlyName"_s), u"Scranton office"_s);
    retype(address->editorFor(u"IpAddress"_s), u"203.0.113.0"_s);
    retype(address->editorFor(u"CidrPrefixLength"_s), u"24"_s);
    const QString aclText = u"%1 (%2)"_s.arg(firstAcl().list.friendlyName, firstAcl().list.sid);
    QTRY_COMPARE_WITH_TIMEOUT(
        qobject_cast<QLabel *>(address->editorFor(u"IpAccessControlListSid"_s))->text(), aclText,
        10000);
    save(address, u"ip-address-form"_s);
}

QTEST_MAIN(TestSipAuthForms)
#include "tst_sipauthforms.moc"
