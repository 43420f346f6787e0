#include "accountsession.h"

#include "forms/recordediting.h"
#include "forms/recordform.h"
#include "forms/sipediting.h"
#include "recordlistpage.h"

#include "lists/sipdomaintablemodel.h"
#include "lists/sipendpointtablemodel.h"
#include "profiles/profilestore.h"

#include <QTimer>

AccountSession::AccountSession(QNetworkAccessManager *network, SipDomainTableModel *domains,
    RecordListPage *domainsPage, SipEndpointTableModel *endpoints, RecordListPage *endpointsPage,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_domains(domains)
    , m_endpoints(endpoints)
    , m_domainsPage(domainsPage)
    , m_endpointsPage(endpointsPage)
{
    for (RecordListPage *page : { m_domainsPage, m_endpointsPage }) {
        connect(page, &RecordListPage::createRequested, this, [this] {
            if (m_editing)
                m_editing->createRecord();
        });
        connect(page, &RecordListPage::editRequested, this, [this](const QModelIndex &row) {
            if (m_editing)
                m_editing->editRecord(row);
        });
        connect(
            page, &RecordListPage::deleteRequested, this, [this](const QList<QModelIndex> &rows) {
                if (m_editing)
                    m_editing->deleteRecords(rows);
            });
        connect(page, &RecordListPage::messageActionTriggered, this, [this] {
            if (m_editing)
                m_editing->stopDeleting();
        });
    }
}

AccountSession::~AccountSession()
{
    m_editing.reset();
    // The models must let go of the clients before those are destroyed.
    m_domains->setClient(nullptr);
    m_endpoints->setClient(nullptr);
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

namespace {

// Where requests go and as whom: when this changes, the open account must
// be opened again.
bool sameConnection(const Account &a, const Account &b)
{
    return a.service == b.service && a.twilio.baseUrl == b.twilio.baseUrl
        && a.twilio.accountSid == b.twilio.accountSid && a.twilio.authUser == b.twilio.authUser
        && a.signalWire.baseUrl == b.signalWire.baseUrl
        && a.signalWire.projectId == b.signalWire.projectId;
}

} // namespace

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
        if (!sameConnection(saved, m_open)) {
            // Until the reopen (which may wait for the form's guard) the old
            // connection stays what the title, forms and requests name.
            QTimer::singleShot(0, this, [this, openProfile] { reopenProfile(openProfile); });
        } else {
            m_open.name = saved.name;
            m_open.color = saved.color;
        }
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
    RecordForm *form = m_editing ? m_editing->openForm() : nullptr;
    if (!form || !form->hasUnsavedChanges()) {
        closeIt();
        return;
    }
    // Its form still holds unsaved edits: the account stays open, listed as
    // removed, until the user has decided about them.
    Account ghost = m_open;
    ghost.name = tr("%1 (removed)").arg(m_open.name);
    m_accounts.append(ghost);
    m_current = int(m_accounts.size()) - 1;
    emit accountsChanged(m_accounts, m_current);
    m_editing->closeForm([closeIt](bool closed) {
        if (closed)
            closeIt();
    });
}

void AccountSession::openAccount(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    // The switcher shows what is open, not what was asked for, until the
    // switch happens.
    emit currentChanged(m_current);
    if (!m_editing) {
        switchToAccount(index);
        return;
    }
    // The list may change while the guard waits: remember the account, not the row.
    const QString profileId = m_accounts.at(index).profileId;
    m_editing->closeForm([this, index, profileId](bool closed) {
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
    // Cancel every request of the previous account first: its forms, its
    // clients and with them every job they own go, so no late answer can
    // land in the next account.
    ++m_openAttempt;
    m_editing.reset();
    for (RecordListPage *page : { m_domainsPage, m_endpointsPage }) {
        page->hideMessage();
        page->setEditingEnabled(false);
    }
    m_domains->setClient(nullptr);
    m_endpoints->setClient(nullptr);
    m_twilioClient.reset();
    m_signalWireClient.reset();
}

void AccountSession::switchToAccount(int index)
{
    closeAccount();
    m_current = index;
    m_open = m_accounts.at(index);
    emit currentChanged(index);
    if (m_open.profileId.isEmpty() || !m_profiles) {
        openClients(m_open);
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
        openClients(opened);
    });
}

void AccountSession::openClients(const Account &account)
{
    RecordListPage *page;
    if (account.service == Account::Service::Twilio) {
        m_twilioClient = std::make_unique<TwilioSipDomainsClient>(m_network, account.twilio);
        m_domains->setClient(m_twilioClient.get());
        m_editing.reset(makeSipDomainEditing(
            m_twilioClient.get(), m_domains, m_domainsPage, accountText(account), nullptr));
        page = m_domainsPage;
    } else {
        m_signalWireClient =
            std::make_unique<SignalWireSipEndpointsClient>(m_network, account.signalWire);
        m_endpoints->setClient(m_signalWireClient.get());
        m_editing.reset(makeSipEndpointEditing(
            m_signalWireClient.get(), m_endpoints, m_endpointsPage, accountText(account), nullptr));
        page = m_endpointsPage;
    }
    emit pageOpened(page);
    page->setEditingEnabled(true);
    page->refresh();
}
