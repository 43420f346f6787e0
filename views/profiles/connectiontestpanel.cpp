#include "views/profiles/connectiontestpanel.h"

#include "views/widgets/statuscolors.h"

#include "models/profiles/connectiontest.h"
#include "models/profiles/profilestore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// The "outcome" property of the result label.
QString outcomeName(ConnectionTest::Outcome outcome)
{
    switch (outcome) {
    case ConnectionTest::Outcome::Authenticated:
        return u"authenticated"_s;
    case ConnectionTest::Outcome::WrongCredentials:
        return u"wrongCredentials"_s;
    case ConnectionTest::Outcome::NotAllowed:
        return u"notAllowed"_s;
    case ConnectionTest::Outcome::CannotReachHost:
        return u"cannotReachHost"_s;
    case ConnectionTest::Outcome::TlsError:
        return u"tlsError"_s;
    case ConnectionTest::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(ProfileStore *store, QNetworkAccessManager *network,
    std::function<Profile()> profile, std::function<QString()> typedSecret,
    std::function<bool(const Profile &)> storedSecretApplies, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_network(network)
    , m_profile(std::move(profile))
    , m_typedSecret(std::move(typedSecret))
    , m_storedSecretApplies(std::move(storedSecretApplies))
{
    auto *row = new QHBoxLayout(this);
    // Lines up with the editor's other rows, as if it were one of its layouts.
    row->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(tr("&Test connection"), this);
    m_button->setObjectName(u"testButton"_s);
    m_button->setAutoDefault(false);
    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::toggle);
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_button, 0, Qt::AlignTop);
    row->addWidget(m_result, 1);
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    cancel();
}

void ConnectionTestPanel::setAvailable(bool available)
{
    m_available = available;
    if (m_running)
        return;
    m_button->setEnabled(available);
    m_button->setToolTip(available ? tr("Sign in with these values without saving them")
                                   : tr("Fill in the fields above first"));
}

void ConnectionTestPanel::cancel()
{
    ++m_generation;
    if (m_test) {
        m_test->cancel();
        m_test->deleteLater();
        m_test.clear();
    }
    if (m_running) {
        m_running = false;
        setResult(tr("The connection test was cancelled."), u"cancelled"_s);
    }
    finish();
}

void ConnectionTestPanel::clearResult()
{
    setResult(QString(), QString());
}

void ConnectionTestPanel::toggle()
{
    if (m_running) {
        cancel();
        return;
    }
    cancel();
    if (!m_available)
        return;
    m_running = true;
    m_button->setText(tr("Cancel &test"));
    setResult(tr("Testing the connection…"), u"running"_s);
    // The values as they are at the click: later edits belong to a later test.
    const Profile profile = m_profile();
    if (const QString typed = m_typedSecret(); !typed.isEmpty()) {
        start(typed, profile);
        return;
    }
    if (!m_storedSecretApplies(profile)) {
        m_running = false;
        finish();
        setResult(tr("The address or the account changed: type the secret to test against it "
                     "(the stored one only goes where it was saved for)."),
            u"failed"_s);
        return;
    }
    const quint64 generation = m_generation;
    m_store->readSecret(
        profile, this, [this, generation, profile](const SecretStore::Result &result) {
            if (generation != m_generation)
                return;
            if (result.status == SecretStore::Status::Ok) {
                start(result.secret, profile);
                return;
            }
            m_running = false;
            finish();
            if (result.status == SecretStore::Status::NotFound)
                setResult(
                    tr("No secret is stored for this profile: type it to test."), u"failed"_s);
            else // the keychain's plain words; Test again is the retry
                setResult(
                    tr("%1 Unlock it and test again, or type the secret.")
                        .arg(result.errorText.isEmpty() ? tr("The stored secret could not be read.")
                                                        : result.errorText),
                    u"failed"_s);
        });
}

void ConnectionTestPanel::start(const QString &secret, const Profile &profile)
{
    m_test = new ConnectionTest(m_network, profile.toAccount(secret), this);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionTestPanel::showResult);
    m_test->start();
}

void ConnectionTestPanel::showResult()
{
    auto *test = qobject_cast<ConnectionTest *>(sender());
    if (!test || test != m_test)
        return;
    m_test.clear();
    m_running = false;
    test->deleteLater();
    setResult(test->message(), outcomeName(test->outcome()));
    finish();
}

void ConnectionTestPanel::finish()
{
    m_button->setText(tr("&Test connection"));
    m_button->setEnabled(m_available);
}

void ConnectionTestPanel::setResult(const QString &text, const QString &state)
{
    // A mark as well as a colour, so that the verdict does not rest on
    // colour alone.
    QString mark;
    QColor color = palette().color(QPalette::WindowText);
    if (state == u"authenticated"_s) {
        mark = u"✔ "_s;
        color = StatusColors::text(StatusColors::Status::Success, m_result->palette());
    } else if (state == u"running"_s || state == u"cancelled"_s || state.isEmpty()) {
        mark.clear();
    } else {
        mark = u"✘ "_s;
        color = StatusColors::text(StatusColors::Status::Error, m_result->palette());
    }
    m_result->setText(text.isEmpty() ? QString() : mark + text);
    m_result->setProperty("outcome", state);
    StatusColors::setTextColor(m_result, color);
}
