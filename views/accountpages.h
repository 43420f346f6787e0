#pragma once

#include "models/accounts/account.h"

#include <QObject>

#include <memory>

class AccountSession;
class RecordEditing;
class RecordListPage;
class SipDomainTableModel;
class SipEndpointTableModel;

// The Widgets side of the open account: which page shows it, and its
// RecordEditing (forms, deletions), which exists exactly as long as the
// session's client. The session asks it before closing an account, so an
// open form's unsaved-changes guard decides whether a switch happens.
class AccountPages : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; all must outlive this object.
    AccountPages(AccountSession *session, SipDomainTableModel *domains, RecordListPage *domainsPage,
        SipEndpointTableModel *endpoints, RecordListPage *endpointsPage, QObject *parent = nullptr);
    ~AccountPages() override;

    // The create/edit/delete actions of the open account.
    RecordEditing *editing() const { return m_editing.get(); }

signals:
    // The open account's page, editable and loading its first rows.
    void pageOpened(RecordListPage *page);

private:
    void onOpened(const Account &account);
    void onClosing();

    AccountSession *m_session;
    SipDomainTableModel *m_domains;
    SipEndpointTableModel *m_endpoints;
    RecordListPage *m_domainsPage;
    RecordListPage *m_endpointsPage;
    std::unique_ptr<RecordEditing> m_editing;
};
