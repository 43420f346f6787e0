#include "views/accountpages.h"

#include "views/forms/recordediting.h"
#include "views/forms/recordform.h"
#include "views/forms/sipediting.h"
#include "views/recordlistpage.h"

#include "models/accounts/accountsession.h"

#include <QModelIndex>

AccountPages::AccountPages(AccountSession *session, SipDomainTableModel *domains,
    RecordListPage *domainsPage, SipEndpointTableModel *endpoints, RecordListPage *endpointsPage,
    QObject *parent)
    : QObject(parent)
    , m_session(session)
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
                m_editing->triggerPageAction();
        });
    }
    connect(session, &AccountSession::opened, this, &AccountPages::onOpened);
    connect(session, &AccountSession::closing, this, &AccountPages::onClosing);
    session->setCloseGuard(
        [this](std::function<void(bool)> done) {
            if (!m_editing) {
                done(true);
                return;
            }
            m_editing->closeForm(done);
        },
        [this] {
            const RecordForm *form = m_editing ? m_editing->openForm() : nullptr;
            return form && form->hasUnsavedChanges();
        });
}

AccountPages::~AccountPages()
{
    m_session->setCloseGuard({}, {});
}

void AccountPages::onClosing()
{
    // Forms and deletions use the client that goes next.
    m_editing.reset();
    for (RecordListPage *page : { m_domainsPage, m_endpointsPage }) {
        page->hideMessage();
        page->setEditingEnabled(false);
    }
}

void AccountPages::onOpened(const Account &account)
{
    const QString accountText = AccountSession::accountText(account);
    RecordListPage *page;
    if (account.service == Account::Service::Twilio) {
        m_editing.reset(makeSipDomainEditing(
            m_session->twilioClient(), m_domains, m_domainsPage, accountText, nullptr));
        page = m_domainsPage;
    } else {
        m_editing.reset(makeSipEndpointEditing(
            m_session->signalWireClient(), m_endpoints, m_endpointsPage, accountText, nullptr));
        page = m_endpointsPage;
    }
    emit pageOpened(page);
    page->setEditingEnabled(true);
    page->refresh();
}
