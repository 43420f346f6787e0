#include "views/search/searchactivation.h"

#include "views/recordlistpage.h"

#include "models/accounts/accountsession.h"
#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"
#include "models/search/accountindex.h"

SearchActivation::SearchActivation(AccountSession *session, ShowPage showPage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_showPage(std::move(showPage))
{
    // After AccountPages' own handler, which refreshes the account's pages.
    connect(session, &AccountSession::opened, this, &SearchActivation::onOpened);
}

int SearchActivation::accountIndexOf(const Account &account) const
{
    const QString key = AccountIndex::keyOf(account);
    const QList<Account> &accounts = m_session->accounts();
    for (int index = 0; index < accounts.size(); ++index) {
        if (AccountIndex::keyOf(accounts.at(index)) == key)
            return index;
    }
    return -1;
}

void SearchActivation::activate(const SearchResultsModel::Target &target)
{
    if (!target.kind)
        return;
    disconnect(m_memberWait);
    const int index = accountIndexOf(target.account);
    if (index < 0)
        return; // the profile was removed or its connection changed meanwhile
    if (m_session->client() && index == m_session->currentAccount()) {
        m_pending.reset();
        select(target);
        return;
    }
    m_pending = target;
    m_session->openAccount(index);
}

void SearchActivation::onOpened(const Account &account)
{
    if (!m_pending)
        return;
    const SearchResultsModel::Target target = *m_pending;
    m_pending.reset();
    if (AccountIndex::keyOf(account) == AccountIndex::keyOf(target.account))
        select(target);
}

void SearchActivation::select(const SearchResultsModel::Target &target)
{
    disconnect(m_memberWait);
    const RecordKind *parentKind = target.kind->parentKind();
    RecordListPage *page = m_showPage(parentKind ? *parentKind : *target.kind);
    if (!page)
        return;
    if (!parentKind) {
        page->showRecord(target.id);
        return;
    }
    RecordListPage *memberPage = m_showPage(*target.kind);
    // The member page lists the members of the record selected above: once
    // the parent is shown selected, its section has made it list them.
    m_memberWait = connect(page, &RecordListPage::selectionShown, this,
        [this, page, memberPage, parentId = target.parentId, memberId = target.id] {
            if (page->selectedId() != parentId)
                return;
            disconnect(m_memberWait);
            if (memberPage && memberPage->model()->parentId() == parentId)
                memberPage->showRecord(memberId);
        });
    page->showRecord(target.parentId);
    // Selected already before: no selection change will come.
    if (page->selectedId() == target.parentId && memberPage
        && memberPage->model()->parentId() == target.parentId) {
        disconnect(m_memberWait);
        memberPage->showRecord(target.id);
    }
}
