// The SIP endpoint form, driven like a user would against an in-process
// sandbox: the call handler decides the fields, codecs and ciphers are
// ordered lists, the password is never shown or sent unless typed.

#include "tests/forms/editformsfixture.h"
#include "tests/forms/formkeyboard.h"

#include "models/records/vocabulary.h"
#include "views/forms/sipendpointform.h"
#include "views/widgets/messagebar.h"
#include "views/widgets/orderedchecklist.h"
#include "views/widgets/passwordlineedit.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpointForm : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_endpointform"_s); }
    void init() { openAccount(Account::Service::SignalWire, 20); }
    void cleanup() { closeWindow(); }

    void handlerShowsExactlyItsFields_data();
    void handlerShowsExactlyItsFields();
    void usernameRules_data();
    void usernameRules();
    void createSendsPasswordAndRequiredHandlerFields();
    void passwordIsNeverPrefilledAndOnlySentWhenTyped();
    void resetCodecsSendsAnEmptyList();
    void reorderedCodecsAreSentInOrder();
    void serverRefusalShowsAtTheField();
    void fieldsOfAnotherHandlerAreNeitherCheckedNorSent();
    void requiredFieldsStayVisibleAfterSwitchingHandlers_data();
    void requiredFieldsStayVisibleAfterSwitchingHandlers();
    void keyboardWalk_data();
    void keyboardWalk();
    void screenshots();
};

void TestEndpointForm::handlerShowsExactlyItsFields_data()
{
    QTest::addColumn<QString>("handler");
    for (const QString &handler : SignalWireVocabulary::callHandlers())
        QTest::newRow(qPrintable(handler)) << handler;
    QTest::newRow("none") << QString();
}

void TestEndpointForm::handlerShowsExactlyItsFields()
{
    QFETCH(QString, handler);
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    auto *box = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
    box->setCurrentIndex(box->findData(handler));
    const QStringList expected = SignalWireVocabulary::fieldsFor(handler);
    QStringList everyHandlerField;
    for (const QString &other : SignalWireVocabulary::callHandlers())
        everyHandlerField += SignalWireVocabulary::fieldsFor(other);
    for (const QString &key : everyHandlerField)
        QVERIFY2(form->isFieldShown(key) == expected.contains(key), qPrintable(key));
    // Required ones say so, and block Save while empty.
    QTest::keyClicks(form->editorFor(u"username"_s), u"alice"_s);
    QTest::keyClicks(form->editorFor(u"password"_s), u"s3cret-Pass"_s);
    const QStringList required = SignalWireVocabulary::requiredFieldsFor(handler);
    for (const QString &key : required)
        QVERIFY2(!form->problemAt(key).isEmpty(), qPrintable(key));
    QCOMPARE(saveButton(form)->isEnabled(), required.isEmpty());
}

void TestEndpointForm::usernameRules_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"alice"_s << true;
    QTest::newRow("dots and digits") << u"front.desk-2"_s << true;
    QTest::newRow("space") << u"front desk"_s << false;
    QTest::newRow("at sign") << u"alice@example.com"_s << false;
    QTest::newRow("tab") << u"a\tb"_s << false;
}

void TestEndpointForm::usernameRules()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    qobject_cast<QLineEdit *>(form->editorFor(u"username"_s))->setText(username);
    QCOMPARE(form->problemAt(u"username"_s).isEmpty(), valid);
}

void TestEndpointForm::createSendsPasswordAndRequiredHandlerFields()
{
    const int before = rowCount();
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"username"_s), u"reception"_s);
    QTest::keyClicks(form->editorFor(u"password"_s), u"Very-s3cret"_s);
    auto *handler = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
    handler->setCurrentIndex(handler->findData(u"relay_context"_s));
    QVERIFY(!saveButton(form)->isEnabled());
    QTest::keyClicks(form->editorFor(u"call_relay_context"_s), u"office"_s);
    QTest::keyClicks(form->editorFor(u"call_relay_context_status_callback_url"_s),
        u"https://example.com/status"_s);
    QVERIFY2(saveButton(form)->isEnabled(), qPrintable(saveButton(form)->toolTip()));
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    QCOMPARE(lastWrite().method, QByteArray("POST"));
    QCOMPARE(sorted(lastWrite().fields),
        sorted({ u"username"_s, u"password"_s, u"encryption"_s, u"call_handler"_s,
            u"call_relay_context"_s, u"call_relay_context_status_callback_url"_s }));
    QCOMPARE(rowCount(), before + 1);
    QCOMPARE(recordAt<SipEndpoint>(0).username, u"reception"_s); // newest first
    QCOMPARE(page()->statusText(), u"%1 SIP endpoint(s)"_s.arg(before + 1));
    QCOMPARE(page()->messageText(), u"Saved reception."_s);
    QCOMPARE(recordAt<SipEndpoint>(rowOf(page()->selectedId())).username, u"reception"_s);
}

void TestEndpointForm::passwordIsNeverPrefilledAndOnlySentWhenTyped()
{
    auto *form = openEditForm<SipEndpointForm>(0);
    QVERIFY(form);
    auto *password = qobject_cast<PasswordLineEdit *>(form->editorFor(u"password"_s));
    QVERIFY(password);
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(form->problemAt(u"password"_s).isEmpty()); // optional when editing

    appendText(form->editorFor(u"caller_id"_s), u"x"_s);
    QVERIFY(!form->requestBody().contains(u"password"_s));
    QTest::keyClicks(password, u"n3w-Secret"_s);
    QCOMPARE(form->requestBody().value(u"password"_s).toString(), u"n3w-Secret"_s);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!formIsOpen(), 10000);
    QCOMPARE(sorted(lastWrite().fields), sorted({ u"caller_id"_s, u"password"_s }));
    QCOMPARE(lastWrite().method, QByteArray("PUT"));
}

void TestEndpointForm::resetCodecsSendsAnEmptyList()
{
    int row = -1;
    for (int candidate = 0; candidate < rowCount() && row < 0; ++candidate)
        if (!recordAt<SipEndpoint>(candidate).codecs.isEmpty())
            row = candidate;
    QVERIFY2(row >= 0, "the demo data has an endpoint with explicit codecs");
    auto *form = openEditForm<SipEndpointForm>(row);
    QVERIFY(form);
    auto *codecs = qobject_cast<OrderedCheckList *>(form->editorFor(u"codecs"_s));
    QVERIFY(codecs);
    QVERIFY(!codecs->usesDefaults());
    QTest::mouseClick(codecs->findChild<QAbstractButton *>(u"resetDefaults"_s), Qt::LeftButton);
    QVERIFY(codecs->usesDefaults());
    QCOMPARE(form->requestBody().value(u"codecs"_s), QJsonValue(QJsonArray()));
    QCOMPARE(form->requestBody().keys(), QStringList { u"codecs"_s });
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    // The form deletes itself once it closes; the message is read only while it exists.
    const QPointer<SipEndpointForm> alive(form);
    QTRY_VERIFY2_WITH_TIMEOUT(
        !formIsOpen(), qPrintable(alive ? alive->messageBar()->text() : QString()), 10000);
    QCOMPARE(lastWrite().fields, QStringList { u"codecs"_s });
}

void TestEndpointForm::reorderedCodecsAreSentInOrder()
{
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    auto *codecs = qobject_cast<OrderedCheckList *>(form->editorFor(u"codecs"_s));
    codecs->setValue({ u"PCMU"_s, u"OPUS"_s });
    auto *list = codecs->findChild<QListWidget *>(u"items"_s);
    list->setFocus();
    list->setCurrentRow(1); // OPUS
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(codecs->value(), (QStringList { u"OPUS"_s, u"PCMU"_s }));
    QCOMPARE(form->requestBody().value(u"codecs"_s).toArray(),
        QJsonArray::fromStringList({ u"OPUS"_s, u"PCMU"_s }));
}

void TestEndpointForm::fieldsOfAnotherHandlerAreNeitherCheckedNorSent()
{
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"username"_s), u"lobby"_s);
    QTest::keyClicks(form->editorFor(u"password"_s), u"Very-s3cret"_s);
    auto *handler = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
    handler->setCurrentIndex(handler->findData(u"laml_webhooks"_s));
    QTest::keyClicks(form->editorFor(u"call_request_url"_s), u"not a url"_s);
    QVERIFY(!form->problemAt(u"call_request_url"_s).isEmpty());
    handler->setCurrentIndex(handler->findData(u"relay_script"_s));
    QTest::keyClicks(form->editorFor(u"call_relay_script_url"_s), u"https://example.com/a.yaml"_s);
    QVERIFY2(saveButton(form)->isEnabled(), qPrintable(saveButton(form)->toolTip()));
    const QJsonObject body = form->requestBody();
    QVERIFY(!body.contains(u"call_request_url"_s));
    QCOMPARE(body.value(u"call_handler"_s).toString(), u"relay_script"_s);
    QCOMPARE(body.value(u"call_relay_script_url"_s).toString(), u"https://example.com/a.yaml"_s);
}

void TestEndpointForm::serverRefusalShowsAtTheField()
{
    const QString taken = recordAt<SipEndpoint>(1).username;
    auto *form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"username"_s), taken);
    QTest::keyClicks(form->editorFor(u"password"_s), u"Very-s3cret"_s);
    QTest::keyClicks(form->editorFor(u"caller_id"_s), u"Keep me"_s);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->problemAt(u"username"_s).isEmpty(), 10000);
    QVERIFY2(form->problemAt(u"username"_s).contains(u"taken"_s),
        qPrintable(form->problemAt(u"username"_s)));
    QVERIFY(formIsOpen());
    QCOMPARE(qobject_cast<QLineEdit *>(form->editorFor(u"caller_id"_s))->text(), u"Keep me"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(form->editorFor(u"password"_s))->text(), u"Very-s3cret"_s);
    QVERIFY(!form->messageBar()->text().contains(u"Very-s3cret"_s));
}

void TestEndpointForm::requiredFieldsStayVisibleAfterSwitchingHandlers_data()
{
    QTest::addColumn<QString>("handler");
    for (const QString &handler : SignalWireVocabulary::callHandlers())
        QTest::newRow(qPrintable(handler)) << handler;
}

void TestEndpointForm::requiredFieldsStayVisibleAfterSwitchingHandlers()
{
    QFETCH(QString, handler);
    int row = 0;
    while (row < rowCount() - 1 && recordAt<SipEndpoint>(row).callHandler != u"laml_webhooks")
        ++row;
    QCOMPARE(recordAt<SipEndpoint>(row).callHandler, u"laml_webhooks"_s);
    auto *form = openEditForm<SipEndpointForm>(row);
    QVERIFY(form);
    form->resize(640, 800);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    auto *box = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
    // Through every handler, back to the first, then to the one under test.
    for (const QString &other : SignalWireVocabulary::callHandlers())
        box->setCurrentIndex(box->findData(other));
    box->setCurrentIndex(box->findData(u"laml_webhooks"_s));
    box->setCurrentIndex(box->findData(handler));

    const QStringList required = SignalWireVocabulary::requiredFieldsFor(handler);
    for (const QString &key : required) {
        auto *edit = qobject_cast<QLineEdit *>(form->editorFor(key));
        QVERIFY2(edit, qPrintable(key));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(edit->text().isEmpty());
    }
    QCoreApplication::processEvents();
    for (const QString &key : SignalWireVocabulary::fieldsFor(handler)) {
        QWidget *editor = form->editorFor(key);
        QVERIFY2(editor->isVisibleTo(form), qPrintable(key));
        QVERIFY2(editor->isEnabled(), qPrintable(key));
        QVERIFY2(editor->height() >= editor->minimumSizeHint().height(), qPrintable(key));
        const QList<QLabel *> labels = form->findChildren<QLabel *>();
        const auto label = std::find_if(labels.begin(), labels.end(),
            [editor](const QLabel *candidate) { return candidate->buddy() == editor; });
        QVERIFY2(label != labels.end(), qPrintable(key));
        QVERIFY2((*label)->isVisibleTo(form), qPrintable(key));
    }
    if (!required.isEmpty())
        QVERIFY(!saveButton(form)->isEnabled());
    for (const QString &key : required) {
        QWidget *editor = form->editorFor(key);
        QCOMPARE(form->problemAt(key), u"Required."_s);
        QVERIFY2(
            form->findChild<QWidget *>(key + u"Problem"_s)->isVisibleTo(form), qPrintable(key));
        // The user can type into it again.
        editor->setFocus();
        QTest::keyClicks(editor, u"x"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(editor)->text(), u"x"_s);
    }
}

void TestEndpointForm::keyboardWalk_data()
{
    QTest::addColumn<bool>("editing");
    QTest::addColumn<QString>("handler"); // chosen before the walk; empty: as opened
    QTest::newRow("create") << false << QString();
    QTest::newRow("create, LaML webhooks") << false << u"laml_webhooks"_s;
    QTest::newRow("edit") << true << QString();
}

void TestEndpointForm::keyboardWalk()
{
    QFETCH(bool, editing);
    QFETCH(QString, handler);
    auto *form = editing ? openEditForm<SipEndpointForm>(0) : openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    form->resize(640, 600);
    QVERIFY(FormKeyboard::activate(form));
    QCOMPARE(QApplication::focusWidget(), form->editorFor(u"username"_s));
    if (!handler.isEmpty()) {
        auto *box = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
        box->setCurrentIndex(box->findData(handler));
    }
    // Saveable, so that Save is on the way.
    appendText(form->editorFor(u"username"_s), u"walk"_s);
    if (!editing) {
        QTest::keyClicks(form->editorFor(u"password"_s), u"Walk2026Secret"_s);
        for (const QString &key : SignalWireVocabulary::requiredFieldsFor(handler))
            QTest::keyClicks(form->editorFor(key), u"https://example.com/calls"_s);
    }
    QVERIFY2(saveButton(form)->isEnabled(), qPrintable(saveButton(form)->toolTip()));
    form->editorFor(u"username"_s)->setFocus();
    QApplication::processEvents();

    const QList<QWidget *> expected = FormKeyboard::expectedTabStops(form);
    QWidget *notShown = nullptr;
    const QList<QWidget *> reached = FormKeyboard::tabThrough(form, &notShown);
    QVERIFY2(reached == expected,
        qPrintable(u"reached: %1\nexpected: %2"_s.arg(
            FormKeyboard::describe(reached), FormKeyboard::describe(expected))));
    QVERIFY2(!notShown, qPrintable(FormKeyboard::describe({ notShown })));
}

void TestEndpointForm::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SIPDESK_SCREENSHOT_DIR"))
        QSKIP("Set SIPDESK_SCREENSHOT_DIR to write the docs' screenshots");
    int row = 0;
    while (row < rowCount() - 1 && recordAt<SipEndpoint>(row).callHandler != u"laml_webhooks")
        ++row;
    auto *form = openEditForm<SipEndpointForm>(row);
    QVERIFY(form);
    form->resize(640, 800);
    saveScreenshot(form, u"endpoint-form"_s);
    form->closeWithGuard();

    form = openCreateForm<SipEndpointForm>();
    QVERIFY(form);
    form->resize(640, 800);
    QTest::keyClicks(form->editorFor(u"username"_s), u"front desk"_s);
    auto *handler = qobject_cast<QComboBox *>(form->editorFor(u"call_handler"_s));
    handler->setCurrentIndex(handler->findData(u"video_room"_s));
    QTest::keyClicks(form->editorFor(u"call_video_room_id"_s), u"room-42"_s);
    // Problems show once the user tried to save.
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QVERIFY(FormKeyboard::waitForWrappedText(form));
    saveScreenshot(form, u"endpoint-form-errors"_s);
}

QTEST_MAIN(TestEndpointForm)
#include "tst_endpointform.moc"
