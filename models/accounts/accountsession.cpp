#include "models/accounts/accountsession.h"

#include "models/accounts/accountclient.h"
#include "models/api/serviceclient.h"
#include "models/lists/pagedtablemodel.h"
#include "models/profiles/profilestore.h"

#include <QTimer>

AccountSession::AccountSession(
    QNetworkAccessManager *network, const QList<PagedTableModel *> &tables, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tables(tables)
{ }

AccountSession::~AccountSession()
{
    // The tables must let go of the client before it is destroyed.
    for (PagedTableModel *table : std::as_const(m_tables))
        table->setServiceClient(nullptr);
}

void AccountSession::setAccounts(const QList<Account> &accounts)
{
    m_fixedAccounts = accounts;
    closeAccount();
    m_current = -1;
    rebuildAccounts();
    if (!m_accounts.isEmpty())
        openAccount(0);
}

void AccountSession::setProfileStore(ProfileStore *store)
{
    m_profiles = store;
    connect(store, &ProfileStore::profilesChanged, this, &AccountSession::rebuildAccounts);
    connect(store, &ProfileStore::secretChanged, this, [this](const QString &id) {
        if (m_current >= 0 && m_open.profileId == id)
            QTimer::singleShot(0, this, [this, id] { reopenProfile(id); });
    });
    rebuildAccounts();
}

void AccountSession::setCloseGuard(CloseGuard guard, std::function<bool()> hasUnsavedWork)
{
    m_closeGuard = std::move(guard);
    m_hasUnsavedWork = std::move(hasUnsavedWork);
}

bool AccountSession::openStartupAccount(const QString &profileName)
{
    if (m_accounts.isEmpty())
        return profileName.isEmpty();
    QString id;
    if (m_profiles && !profileName.isEmpty()) {
        const std::optional<Profile> named = m_profiles->profileNamed(profileName);
        if (!named) {
            emit notice(tr("There is no saved profile named \"%1\".").arg(profileName));
            return false;
        }
        id = named->id;
    } else if (m_profiles) {
        id = m_profiles->lastUsedId();
    }
    int index = 0;
    for (int candidate = 0; candidate < m_accounts.size(); ++candidate)
        if (!id.isEmpty() && m_accounts.at(candidate).profileId == id)
            index = candidate;
    openAccount(index);
    return true;
}

int AccountSession::indexOfProfile(const QString &profileId) const
{
    for (int index = 0; index < m_accounts.size(); ++index)
        if (m_accounts.at(index).profileId == profileId)
            return index;
    return -1;
}

void AccountSession::rebuildAccounts()
{
    const QString openProfile = m_current >= 0 ? m_open.profileId : QString();
    QList<Account> accounts = m_fixedAccounts;
    if (m_profiles) {
        // Without their secrets: those are read when an account opens.
        for (const Profile &profile : m_profiles->profiles())
            accounts.append(profile.toAccount(QString()));
    }
    m_accounts = accounts;
    if (!openProfile.isEmpty()) {
        m_current = indexOfProfile(openProfile);
        if (m_current < 0) {
            openProfileRemoved();
            return;
        }
        const Account &saved = m_accounts.at(m_current);
        const Account before = m_open;
        // At once, also while a changed connection waits for its reopen (the
        // guard may keep it open): the client in use decides from its next call on.
        m_open.readOnly = saved.readOnly;
        if (m_client)
            m_client->setReadOnly(saved.readOnly);
        if (saved.credentialScope() != m_open.credentialScope()) {
            // Until the reopen (which may wait for the guard) the old
            // connection stays what the title, forms and requests name.
            QTimer::singleShot(0, this, [this, openProfile] { reopenProfile(openProfile); });
        } else {
            m_open.name = saved.name;
            m_open.color = saved.color;
        }
        emit accountsChanged(m_accounts, m_current);
        if (m_isOpen && (before.readOnly != m_open.readOnly || before.color != m_open.color))
            emit openAccountChanged(m_open);
        return;
    }
    emit accountsChanged(m_accounts, m_current);
}

void AccountSession::reopenProfile(const QString &profileId)
{
    if (m_current >= 0 && m_open.profileId == profileId)
        openAccount(indexOfProfile(profileId));
}

void AccountSession::openProfileRemoved()
{
    const auto closeIt = [this] {
        closeAccount();
        m_current = -1;
        m_open = Account();
        emit notice(tr("The open profile was removed."));
        rebuildAccounts();
    };
    if (!m_isOpen || !m_hasUnsavedWork || !m_hasUnsavedWork()) {
        closeIt();
        return;
    }
    // Unsaved edits of it remain: the account stays open, listed as removed,
    // until the user has decided about them.
    Account ghost = m_open;
    ghost.name = tr("%1 (removed)").arg(m_open.name);
    m_accounts.append(ghost);
    m_current = int(m_accounts.size()) - 1;
    emit accountsChanged(m_accounts, m_current);
    whenClosable([closeIt](bool closed) {
        if (closed)
            closeIt();
    });
}

void AccountSession::whenClosable(std::function<void(bool closed)> done)
{
    if (!m_isOpen || !m_closeGuard) {
        done(true);
        return;
    }
    m_closeGuard(std::move(done));
}

void AccountSession::openAccount(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    // The switcher shows what is open, not what was asked for, until the
    // switch happens.
    emit currentChanged(m_current);
    // The list may change while the guard waits: remember the account, not the row.
    const QString profileId = m_accounts.at(index).profileId;
    whenClosable([this, index, profileId](bool closed) {
        if (!closed)
            return;
        const int now = profileId.isEmpty() ? index : indexOfProfile(profileId);
        if (now >= 0 && now < m_accounts.size())
            switchToAccount(now);
    });
}

void AccountSession::openProfile(const QString &profileId)
{
    openAccount(indexOfProfile(profileId));
}

QString AccountSession::accountText(const Account &account)
{
    return tr("%1 (%2)").arg(account.name, account.identifier());
}

void AccountSession::closeAccount()
{
    // Every request of the previous account goes first: whatever uses its
    // client lets go, then the client and with it every job it owns, so no
    // late answer can land in the next account.
    ++m_openAttempt;
    if (m_isOpen) {
        m_isOpen = false;
        emit closing();
    }
    for (PagedTableModel *table : std::as_const(m_tables))
        table->setServiceClient(nullptr);
    m_client.reset();
}

void AccountSession::switchToAccount(int index)
{
    closeAccount();
    m_current = index;
    const Account chosen = m_accounts.at(index);
    m_open = chosen.withoutSecret();
    emit currentChanged(index);
    if (chosen.profileId.isEmpty() || !m_profiles) {
        openClient(chosen); // an account that came with its secret (the sandbox's)
        return;
    }
    emit notice(tr("Opening %1…").arg(accountText(m_open)));
    const quint64 attempt = m_openAttempt;
    // The secret goes only with the connection it was saved for: the account
    // as it is opened here, not the profile as it may be edited meanwhile.
    m_profiles->readSecret(m_open, this, [this, attempt](const SecretStore::Result &result) {
        // Another switch, or a change to this profile, has happened meanwhile.
        if (attempt != m_openAttempt)
            return;
        if (result.status != SecretStore::Status::Ok) {
            emit notice(tr("The secret of %1 could not be read: %2\n\nEnter it again in "
                           "Manage Profiles (Ctrl+Shift+P).")
                            .arg(accountText(m_open), result.errorText));
            return;
        }
        Account opened = m_open;
        opened.twilio.secret = opened.signalWire.apiToken = result.secret;
        m_profiles->setLastUsedId(opened.profileId);
        openClient(opened);
    });
}

void AccountSession::openClient(const Account &account)
{
    m_client = makeAccountClient(m_network, account);
    for (PagedTableModel *table : std::as_const(m_tables))
        table->setServiceClient(m_client.get());
    m_isOpen = true;
    emit opened(m_open);
}
