#include "views/widgets/deleteconfirmationdialog.h"
#include "views/widgets/messagebar.h"
#include "views/widgets/orderedchecklist.h"
#include "views/widgets/passwordlineedit.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Stands in for sipdesk_en.qm, which supplies the English plural forms in the
// application; it proves the dialog's counts go through tr() with %n.
class PluralTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char *context, const char *sourceText, const char *, int n) const override
    {
        if (qstrcmp(context, "DeleteConfirmationDialog") != 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (!source.contains(u"(s)"_s))
            return {};
        QString result = source;
        return result.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
};

const QStringList knownCodecs { u"OPUS"_s, u"G722"_s, u"PCMU"_s, u"PCMA"_s };
const QStringList defaultCodecs { u"OPUS"_s, u"PCMU"_s };

QStringList shownValues(const OrderedCheckList &list)
{
    const auto *items = list.findChild<QListWidget *>(u"items"_s);
    QStringList values;
    for (int row = 0; row < items->count(); ++row)
        values.append(items->item(row)->data(OrderedCheckList::ValueRole).toString());
    return values;
}

void showActive(QWidget *widget)
{
    widget->show();
    QApplication::setActiveWindow(widget->window());
    QVERIFY(QTest::qWaitForWindowActive(widget->window()));
}

QToolButton *buttonFor(QWidget *parent, QAction *action)
{
    const auto buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

} // namespace

class TestFormWidgets : public QObject
{
    Q_OBJECT

private slots:
    // PasswordLineEdit
    void passwordIsMaskedByDefault();
    void revealButtonTogglesEchoMode();
    void revealShortcutTogglesEchoMode();
    void revealKeepsSensitiveHints();

    // MessageBar
    void messageBarIsHiddenByDefault();
    void messageIsPlainText_data();
    void messageIsPlainText();
    void messageActionEmits();
    void messageLinkShownOnlyForWebLinks_data();
    void messageLinkShownOnlyForWebLinks();
    void hideMessageHides();

    // OrderedCheckList
    void checkListShowsValueInOrder_data();
    void checkListShowsValueInOrder();
    void checkListKeepsUnknownValues();
    void checkListMatchesCodecParameters();
    void checkListEmptyValueMeansDefaults();
    void checkListUncheckLeavesDefaults();
    void checkListMoveButtons();
    void checkListCtrlArrowsMove();
    void checkListResetGivesEmptyValue();

    // DeleteConfirmationDialog
    void deleteSingleIsEnabledButNotDefault();
    void deleteSingleEscapeAndEnterCancel_data();
    void deleteSingleEscapeAndEnterCancel();
    void deleteSeveralNeedsTypedCount_data();
    void deleteSeveralNeedsTypedCount();
    void deleteSeveralEnterInCountFieldDoesNotCancel();
    void deleteListsAtMostTenNames();
    void deleteButtonIsPluralised_data();
    void deleteButtonIsPluralised();
};

// --- PasswordLineEdit -------------------------------------------------------

void TestFormWidgets::passwordIsMaskedByDefault()
{
    PasswordLineEdit edit;
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QVERIFY(!edit.isRevealed());
    auto *action = edit.findChild<QAction *>(u"revealAction"_s);
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->icon().isNull());
    QCOMPARE(action->toolTip(), u"Show password"_s);
}

void TestFormWidgets::revealButtonTogglesEchoMode()
{
    QWidget window;
    auto *edit = new PasswordLineEdit(&window);
    showActive(&window);
    QTest::keyClicks(edit, u"s3cret"_s);
    QCOMPARE(edit->text(), u"s3cret"_s);

    auto *action = edit->findChild<QAction *>(u"revealAction"_s);
    QToolButton *button = buttonFor(edit, action);
    QVERIFY(button);
    QSignalSpy revealed(edit, &PasswordLineEdit::revealedChanged);

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QVERIFY(edit->isRevealed());
    QCOMPARE(action->toolTip(), u"Hide password"_s);
    QCOMPARE(edit->displayText(), u"s3cret"_s);

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!edit->isRevealed());
    QCOMPARE(action->toolTip(), u"Show password"_s);
    QVERIFY(edit->displayText() != u"s3cret"_s);
    QCOMPARE(revealed.count(), 2);
    QCOMPARE(edit->text(), u"s3cret"_s);

    edit->setRevealed(true);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QVERIFY(action->isChecked());
}

void TestFormWidgets::revealShortcutTogglesEchoMode()
{
    QWidget window;
    auto *edit = new PasswordLineEdit(&window);
    showActive(&window);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::keyClick(edit, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestFormWidgets::revealKeepsSensitiveHints()
{
    PasswordLineEdit edit;
    const Qt::InputMethodHints sensitive =
        Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase;
    QCOMPARE(edit.inputMethodHints() & sensitive, sensitive);
    edit.setRevealed(true);
    QCOMPARE(edit.inputMethodHints() & sensitive, sensitive);
    edit.setRevealed(false);
    QCOMPARE(edit.inputMethodHints() & sensitive, sensitive);
}

// --- MessageBar ---------------------------------------------------------------

void TestFormWidgets::messageBarIsHiddenByDefault()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    QVERIFY(bar->isHidden());
    QVERIFY(bar->text().isEmpty());
}

void TestFormWidgets::messageIsPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("markup") << u"<b>x</b>"_s;
    QTest::newRow("link markup") << u"<a href=\"https://evil.example\">click</a>"_s;
    QTest::newRow("ampersand") << u"Tom & Jerry"_s;
}

void TestFormWidgets::messageIsPlainText()
{
    QFETCH(QString, text);
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    bar->showMessage(MessageBar::Type::Error, text);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), text);
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    auto *label = bar->findChild<QLabel *>(u"messageText"_s);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), text);
    QVERIFY(label->wordWrap());
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void TestFormWidgets::messageActionEmits()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    showActive(&window);
    QSignalSpy triggered(bar, &MessageBar::actionTriggered);
    auto *action = bar->findChild<QPushButton *>(u"messageAction"_s);
    QVERIFY(action);

    bar->showMessage(MessageBar::Type::Warning, u"Could not save."_s, {}, u"&Retry"_s);
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), u"&Retry"_s);
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    action->setFocus();
    QTest::keyClick(action, Qt::Key_Space);
    QCOMPARE(triggered.count(), 2);

    bar->showMessage(MessageBar::Type::Information, u"Saved."_s);
    QVERIFY(!action->isVisible());
}

void TestFormWidgets::messageLinkShownOnlyForWebLinks_data()
{
    QTest::addColumn<QUrl>("link");
    QTest::addColumn<bool>("shown");
    QTest::newRow("none") << QUrl() << false;
    QTest::newRow("https") << QUrl(u"https://www.twilio.com/docs/errors/21212"_s) << true;
    QTest::newRow("http") << QUrl(u"http://example.com/more"_s) << true;
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << false;
}

void TestFormWidgets::messageLinkShownOnlyForWebLinks()
{
    QFETCH(QUrl, link);
    QFETCH(bool, shown);
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    bar->showMessage(MessageBar::Type::Error, u"Invalid phone number"_s, link);
    auto *linkLabel = bar->findChild<QLabel *>(u"messageLink"_s);
    QVERIFY(linkLabel);
    QCOMPARE(linkLabel->isVisible(), shown);
    QVERIFY(!linkLabel->openExternalLinks());
    // The address never enters the label's markup; only the fixed caption does.
    QVERIFY(!linkLabel->text().contains(u"twilio"_s));
    QVERIFY(linkLabel->text().contains(u"More information"_s));
}

void TestFormWidgets::hideMessageHides()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    bar->showMessage(MessageBar::Type::Information, u"Deleting…"_s, {}, u"Stop"_s);
    QVERIFY(bar->isVisible());
    bar->hideMessage();
    QVERIFY(bar->isHidden());
}

// --- OrderedCheckList ---------------------------------------------------------

void TestFormWidgets::checkListShowsValueInOrder_data()
{
    QTest::addColumn<QStringList>("value");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("one") << QStringList { u"PCMA"_s }
                         << QStringList { u"PCMA"_s, u"OPUS"_s, u"G722"_s, u"PCMU"_s };
    QTest::newRow("reversed") << QStringList { u"PCMA"_s, u"PCMU"_s, u"G722"_s, u"OPUS"_s }
                              << QStringList { u"PCMA"_s, u"PCMU"_s, u"G722"_s, u"OPUS"_s };
    QTest::newRow("two") << QStringList { u"G722"_s, u"OPUS"_s }
                         << QStringList { u"G722"_s, u"OPUS"_s, u"PCMU"_s, u"PCMA"_s };
}

void TestFormWidgets::checkListShowsValueInOrder()
{
    QFETCH(QStringList, value);
    QFETCH(QStringList, shown);
    OrderedCheckList list;
    list.setKnownValues(knownCodecs);
    list.setDefaults(defaultCodecs);
    QSignalSpy changed(&list, &OrderedCheckList::valueChanged);
    list.setValue(value);
    QCOMPARE(shownValues(list), shown);
    QCOMPARE(list.value(), value);
    QVERIFY(!list.usesDefaults());
    QVERIFY(list.findChild<QLabel *>(u"defaultsNote"_s)->isHidden());
    QCOMPARE(changed.count(), 0);
}

void TestFormWidgets::checkListKeepsUnknownValues()
{
    OrderedCheckList list;
    list.setKnownValues(knownCodecs);
    list.setDefaults(defaultCodecs);
    list.setValue({ u"AMR-WB"_s, u"PCMU"_s });
    const auto *items = list.findChild<QListWidget *>(u"items"_s);
    QListWidgetItem *unknown = items->item(0);
    QCOMPARE(unknown->data(OrderedCheckList::ValueRole).toString(), u"AMR-WB"_s);
    QCOMPARE(unknown->checkState(), Qt::Checked);
    QVERIFY(unknown->text().startsWith(u"AMR-WB"_s));
    QVERIFY(unknown->text().contains(u"(not recognised)"_s));
    QVERIFY(!items->item(1)->text().contains(u"(not recognised)"_s));
    QCOMPARE(list.value(), QStringList({ u"AMR-WB"_s, u"PCMU"_s }));
}

void TestFormWidgets::checkListMatchesCodecParameters()
{
    OrderedCheckList list;
    list.setKnownValues(knownCodecs);
    list.setDefaults(defaultCodecs);
    list.setValue({ u"OPUS@48000h@20i"_s });
    QCOMPARE(
        shownValues(list), QStringList({ u"OPUS@48000h@20i"_s, u"G722"_s, u"PCMU"_s, u"PCMA"_s }));
    const auto *items = list.findChild<QListWidget *>(u"items"_s);
    QCOMPARE(items->item(0)->text(), u"OPUS@48000h@20i"_s);
    QCOMPARE(list.value(), QStringList({ u"OPUS@48000h@20i"_s }));
}

void TestFormWidgets::checkListEmptyValueMeansDefaults()
{
    QWidget window;
    auto *list = new OrderedCheckList(&window);
    list->setKnownValues(knownCodecs);
    list->setDefaults(defaultCodecs);
    list->setValue({ u"PCMA"_s });
    window.show();
    QSignalSpy changed(list, &OrderedCheckList::valueChanged);

    list->setValue({});
    QVERIFY(list->usesDefaults());
    QCOMPARE(list->value(), QStringList());
    QCOMPARE(list->checkedValues(), defaultCodecs);
    QCOMPARE(shownValues(*list), QStringList({ u"OPUS"_s, u"PCMU"_s, u"G722"_s, u"PCMA"_s }));
    auto *note = list->findChild<QLabel *>(u"defaultsNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Using the project's defaults"_s);
    QVERIFY(!list->findChild<QPushButton *>(u"resetDefaults"_s)->isEnabled());
    QCOMPARE(changed.count(), 0);
}

void TestFormWidgets::checkListUncheckLeavesDefaults()
{
    QWidget window;
    auto *list = new OrderedCheckList(&window);
    list->setKnownValues(knownCodecs);
    list->setDefaults(defaultCodecs);
    list->setValue({});
    showActive(&window);
    QSignalSpy changed(list, &OrderedCheckList::valueChanged);

    auto *items = list->findChild<QListWidget *>(u"items"_s);
    items->setFocus();
    items->setCurrentRow(0);
    QTest::keyClick(items, Qt::Key_Space);
    QCOMPARE(items->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!list->usesDefaults());
    QCOMPARE(list->value(), QStringList({ u"PCMU"_s }));
    QVERIFY(!list->findChild<QLabel *>(u"defaultsNote"_s)->isVisible());

    // Checking another one appends it in its row's place.
    items->setCurrentRow(3);
    QTest::keyClick(items, Qt::Key_Space);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(list->value(), QStringList({ u"PCMU"_s, u"PCMA"_s }));
}

void TestFormWidgets::checkListMoveButtons()
{
    QWidget window;
    auto *list = new OrderedCheckList(&window);
    list->setKnownValues(knownCodecs);
    list->setDefaults(defaultCodecs);
    list->setValue({ u"OPUS"_s, u"PCMU"_s, u"G722"_s });
    showActive(&window);
    QSignalSpy changed(list, &OrderedCheckList::valueChanged);

    auto *items = list->findChild<QListWidget *>(u"items"_s);
    auto *up = list->findChild<QToolButton *>(u"moveUp"_s);
    auto *down = list->findChild<QToolButton *>(u"moveDown"_s);
    QVERIFY(up && down);
    QVERIFY(!up->accessibleName().isEmpty());

    items->setCurrentRow(0);
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(list->value(), QStringList({ u"PCMU"_s, u"OPUS"_s, u"G722"_s }));
    QCOMPARE(items->currentRow(), 1);
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(list->value(), QStringList({ u"PCMU"_s, u"G722"_s, u"OPUS"_s }));
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(list->value(), QStringList({ u"PCMU"_s, u"OPUS"_s, u"G722"_s }));
    QCOMPARE(changed.count(), 3);

    items->setCurrentRow(items->count() - 1);
    QVERIFY(!down->isEnabled());
}

void TestFormWidgets::checkListCtrlArrowsMove()
{
    QWidget window;
    auto *list = new OrderedCheckList(&window);
    list->setKnownValues(knownCodecs);
    list->setDefaults(defaultCodecs);
    list->setValue({ u"OPUS"_s, u"PCMU"_s, u"G722"_s });
    showActive(&window);
    QSignalSpy changed(list, &OrderedCheckList::valueChanged);

    auto *items = list->findChild<QListWidget *>(u"items"_s);
    items->setFocus();
    QTRY_VERIFY(items->hasFocus());
    items->setCurrentRow(2);
    QTest::keyClick(items, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(list->value(), QStringList({ u"OPUS"_s, u"G722"_s, u"PCMU"_s }));
    QCOMPARE(items->currentRow(), 1);
    QTest::keyClick(items, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(list->value(), QStringList({ u"G722"_s, u"OPUS"_s, u"PCMU"_s }));
    QTest::keyClick(items, Qt::Key_Up, Qt::ControlModifier); // already at the top
    QCOMPARE(list->value(), QStringList({ u"G722"_s, u"OPUS"_s, u"PCMU"_s }));
    QTest::keyClick(items, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(list->value(), QStringList({ u"OPUS"_s, u"G722"_s, u"PCMU"_s }));
    QCOMPARE(changed.count(), 3);
}

void TestFormWidgets::checkListResetGivesEmptyValue()
{
    QWidget window;
    auto *list = new OrderedCheckList(&window);
    list->setKnownValues(knownCodecs);
    list->setDefaults(defaultCodecs);
    list->setValue({ u"PCMA"_s, u"G722"_s });
    showActive(&window);
    QSignalSpy changed(list, &OrderedCheckList::valueChanged);

    auto *reset = list->findChild<QPushButton *>(u"resetDefaults"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(list->usesDefaults());
    QCOMPARE(list->value(), QStringList());
    QCOMPARE(list->checkedValues(), defaultCodecs);
    QVERIFY(list->findChild<QLabel *>(u"defaultsNote"_s)->isVisible());
    QVERIFY(!reset->isEnabled());
}

// --- DeleteConfirmationDialog -------------------------------------------------

void TestFormWidgets::deleteSingleIsEnabledButNotDefault()
{
    DeleteConfirmationDialog dialog(
        u"Acme production (AC0123…)"_s, u"SIP domain"_s, { u"office.sip.twilio.com"_s });
    dialog.show();
    QVERIFY(!dialog.requiresTypedCount());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"countConfirmation"_s));
    auto *remove = dialog.findChild<QPushButton *>(u"deleteButton"_s);
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(remove && cancel);
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->isDefault());
    QVERIFY(cancel->isDefault());
    QCOMPARE(dialog.findChild<QLabel *>(u"accountLabel"_s)->text(), u"Acme production (AC0123…)"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"namesLabel"_s)->text().contains(u"office.sip"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"warningLabel"_s)->text().contains(u"cannot be undone"_s));

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFormWidgets::deleteSingleEscapeAndEnterCancel_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Esc") << int(Qt::Key_Escape);
    QTest::newRow("Enter") << int(Qt::Key_Return);
}

void TestFormWidgets::deleteSingleEscapeAndEnterCancel()
{
    QFETCH(int, key);
    DeleteConfirmationDialog dialog(u"Acme"_s, u"SIP endpoint"_s, { u"alice"_s });
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    showActive(&dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!dialog.isVisible());
}

void TestFormWidgets::deleteSeveralNeedsTypedCount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("wrong count") << u"2"_s << false;
    QTest::newRow("too many digits") << u"33"_s << false;
    QTest::newRow("words") << u"three"_s << false;
    QTest::newRow("exact") << u"3"_s << true;
    QTest::newRow("spaces around") << u" 3 "_s << true;
}

void TestFormWidgets::deleteSeveralNeedsTypedCount()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    DeleteConfirmationDialog dialog(u"Acme production (AC0123…)"_s, u"SIP domain"_s,
        { u"a.sip.twilio.com"_s, u"b.sip.twilio.com"_s, u"c.sip.twilio.com"_s });
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    showActive(&dialog);
    QVERIFY(dialog.requiresTypedCount());
    auto *count = dialog.findChild<QLineEdit *>(u"countConfirmation"_s);
    auto *remove = dialog.findChild<QPushButton *>(u"deleteButton"_s);
    QVERIFY(count && remove);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!remove->isDefault());
    QCOMPARE(QApplication::focusWidget(), count);
    QVERIFY(dialog.findChild<QLabel *>(u"countPrompt"_s)->text().contains(u"Type 3"_s));

    QTest::keyClicks(count, typed);
    QCOMPARE(remove->isEnabled(), enabled);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(accepted.count(), enabled ? 1 : 0);
}

void TestFormWidgets::deleteSeveralEnterInCountFieldDoesNotCancel()
{
    DeleteConfirmationDialog dialog(u"Acme"_s, u"SIP endpoint"_s, { u"alice"_s, u"bob"_s });
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    showActive(&dialog);
    auto *count = dialog.findChild<QLineEdit *>(u"countConfirmation"_s);
    auto *remove = dialog.findChild<QPushButton *>(u"deleteButton"_s);

    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(count, u"2"_s);
    QTest::keyClick(count, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), remove);
    QCOMPARE(accepted.count() + rejected.count(), 0);
    // Enter on the focused Delete button is a deliberate second step.
    QTest::keyClick(remove, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

void TestFormWidgets::deleteListsAtMostTenNames()
{
    QStringList names;
    for (int i = 1; i <= 13; ++i)
        names.append(u"endpoint-%1"_s.arg(i));
    DeleteConfirmationDialog dialog(u"Acme"_s, u"SIP endpoint"_s, names);
    const QString shown = dialog.findChild<QLabel *>(u"namesLabel"_s)->text();
    QVERIFY(shown.contains(u"endpoint-10"_s));
    QVERIFY(!shown.contains(u"endpoint-11"_s));
    QVERIFY(shown.contains(u"and 3 more"_s));
    QCOMPARE(shown.count(u'\n'), DeleteConfirmationDialog::maxListedNames);
}

void TestFormWidgets::deleteButtonIsPluralised_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("button");
    QTest::newRow("one domain") << u"SIP domain"_s << 1 << u"Delete 1 SIP domain"_s;
    QTest::newRow("three domains") << u"SIP domain"_s << 3 << u"Delete 3 SIP domains"_s;
    QTest::newRow("two endpoints") << u"SIP endpoint"_s << 2 << u"Delete 2 SIP endpoints"_s;
}

void TestFormWidgets::deleteButtonIsPluralised()
{
    QFETCH(QString, kind);
    QFETCH(int, count);
    QFETCH(QString, button);
    PluralTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(u"name %1"_s.arg(i));
    DeleteConfirmationDialog dialog(u"Acme"_s, kind, names);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(dialog.findChild<QPushButton *>(u"deleteButton"_s)->text(), button);
}

QTEST_MAIN(TestFormWidgets)
#include "tst_formwidgets.moc"
