// What each qtkeychain error becomes for the user: a sentence without the
// keychain's internals (no D-Bus names, no object paths), the backend's own
// words kept apart for a "Details" section, and the secret in neither.

#include "models/profiles/keychainresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QKeychain::Error)
Q_DECLARE_METATYPE(SecretStore::Status)
Q_DECLARE_METATYPE(KeychainResult::Operation)

namespace {

const QString kSecret = u"s3cret-auth-token-0123456789"_s;
const QString kObjectPath = u"'/org/freedesktop/secrets/collection/login'"_s;

} // namespace

class TestKeychainResult : public QObject
{
    Q_OBJECT

private slots:
    void refusalsInWords_data();
    void refusalsInWords();
    void successCarriesNoText_data();
    void successCarriesNoText();
    void withoutASessionBusThereIsNoKeychain();
};

void TestKeychainResult::refusalsInWords_data()
{
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<QString>("backendText");
    QTest::addColumn<KeychainResult::Operation>("operation");
    QTest::addColumn<SecretStore::Status>("status");
    QTest::addColumn<QString>("says");

    using Op = KeychainResult::Operation;
    using S = SecretStore::Status;
    const QString dbus =
        u"org.freedesktop.DBus.Error.UnknownObject: No such object path "_s + kObjectPath;
    QTest::newRow("locked collection on write (OtherError, D-Bus path)")
        << QKeychain::OtherError << dbus << Op::Write << S::Unavailable << u"cannot be reached"_s;
    QTest::newRow("locked collection on read")
        << QKeychain::OtherError << dbus << Op::Read << S::Unavailable << u"cannot be reached"_s;
    QTest::newRow("no backend") << QKeychain::NoBackendAvailable
                                << u"No keychain service available"_s << Op::Write << S::Unavailable
                                << u"no keychain service is running"_s;
    QTest::newRow("not implemented") << QKeychain::NotImplemented << u"Not implemented"_s
                                     << Op::Read << S::Unavailable << u"cannot be reached"_s;
    QTest::newRow("access denied")
        << QKeychain::AccessDenied << u"Access to keychain denied: "_s + kObjectPath << Op::Write
        << S::Denied << u"refused access"_s;
    QTest::newRow("denied by the user") << QKeychain::AccessDeniedByUser << u"User canceled"_s
                                        << Op::Read << S::Denied << u"access was declined"_s;
    QTest::newRow("other error on write")
        << QKeychain::OtherError << u"Unknown error (code 5)"_s << Op::Write << S::Failed
        << u"could not store the secret"_s;
    QTest::newRow("other error on read") << QKeychain::OtherError << u"Unknown error (code 5)"_s
                                         << Op::Read << S::Failed << u"could not read the secret"_s;
    QTest::newRow("could not delete")
        << QKeychain::CouldNotDeleteEntry << u"Could not delete "_s + kObjectPath << Op::Remove
        << S::Failed << u"could not remove the secret"_s;
    QTest::newRow("backend echoes the secret")
        << QKeychain::OtherError << u"Rejected value "_s + kSecret << Op::Write << S::Failed
        << u"could not store the secret"_s;
    QTest::newRow("not found on read") << QKeychain::EntryNotFound << u"Entry not found"_s
                                       << Op::Read << S::NotFound << u"No secret is stored"_s;
}

void TestKeychainResult::refusalsInWords()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(QString, backendText);
    QFETCH(KeychainResult::Operation, operation);
    QFETCH(SecretStore::Status, status);
    QFETCH(QString, says);

    const SecretStore::Result result = KeychainResult::of(error, backendText, operation, kSecret);
    QCOMPARE(result.status, status);
    QVERIFY2(result.errorText.contains(says), qPrintable(result.errorText));
    // The sentence is the user's: nothing of the keychain's internals.
    for (const QString &internal :
        { u"/org/"_s, u"freedesktop"_s, u"DBus"_s, u"D-Bus"_s, u"code 5"_s, backendText }) {
        QVERIFY2(!result.errorText.contains(internal, Qt::CaseInsensitive),
            qPrintable(result.errorText));
    }
    QVERIFY(!result.errorText.contains(kSecret));
    QVERIFY(result.secret.isEmpty());
    // The technical words stay available for the details, without the secret.
    if (status != SecretStore::Status::NotFound) {
        QVERIFY2(!result.detail.isEmpty(), qPrintable(result.detail));
        QVERIFY(!result.detail.contains(kSecret));
        if (!backendText.contains(kSecret))
            QCOMPARE(result.detail, backendText);
    }
}

void TestKeychainResult::successCarriesNoText_data()
{
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<KeychainResult::Operation>("operation");
    QTest::newRow("written") << QKeychain::NoError << KeychainResult::Operation::Write;
    QTest::newRow("read") << QKeychain::NoError << KeychainResult::Operation::Read;
    // Removing what is not there is what removing asked for.
    QTest::newRow("removed, not found")
        << QKeychain::EntryNotFound << KeychainResult::Operation::Remove;
}

void TestKeychainResult::successCarriesNoText()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(KeychainResult::Operation, operation);
    const SecretStore::Result result = KeychainResult::of(error, u"whatever"_s, operation);
    QCOMPARE(result.status, SecretStore::Status::Ok);
    QVERIFY(result.errorText.isEmpty());
    QVERIFY(result.detail.isEmpty());
}

void TestKeychainResult::withoutASessionBusThereIsNoKeychain()
{
    const SecretStore::Result result = KeychainResult::of(QKeychain::OtherError, u"Unknown error"_s,
        KeychainResult::Operation::Write, QString(), false);
    QCOMPARE(result.status, SecretStore::Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainResult)
#include "tst_keychainresult.moc"
