#include "views/accountpages.h"

#include "views/forms/recordediting.h"
#include "views/forms/recordform.h"
#include "views/kinds/recordkindview.h"
#include "views/recordlistpage.h"

#include "models/accounts/accountsession.h"
#include "models/kinds/recordkind.h"

#include <QModelIndex>

AccountPages::AccountPages(AccountSession *session, const QList<KindPage> &pages, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pages(pages)
    , m_editing(size_t(pages.size()))
{
    for (const KindPage &kindPage : std::as_const(m_pages)) {
        RecordListPage *page = kindPage.page;
        connect(page, &RecordListPage::createRequested, this, [this, page] {
            if (RecordEditing *editing = writableEditingFor(page))
                editing->createRecord();
        });
        connect(page, &RecordListPage::editRequested, this, [this, page](const QModelIndex &row) {
            if (RecordEditing *editing = writableEditingFor(page))
                editing->editRecord(row);
        });
        connect(page, &RecordListPage::deleteRequested, this,
            [this, page](const QList<QModelIndex> &rows) {
                if (RecordEditing *editing = writableEditingFor(page))
                    editing->deleteRecords(rows);
            });
        connect(page, &RecordListPage::messageActionTriggered, this, [this, page] {
            if (RecordEditing *editing = editingFor(page))
                editing->triggerPageAction();
        });
    }
    connect(session, &AccountSession::opened, this, &AccountPages::onOpened);
    connect(session, &AccountSession::closing, this, &AccountPages::onClosing);
    connect(session, &AccountSession::openAccountChanged, this, &AccountPages::applyProfileTags);
    session->setCloseGuard([this](std::function<void(bool)> done) { closeForms(std::move(done)); },
        [this] { return hasUnsavedForm(); });
}

AccountPages::~AccountPages()
{
    m_session->setCloseGuard({}, {});
}

RecordEditing *AccountPages::editingFor(const RecordListPage *page) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).page == page)
            return m_editing.at(size_t(i)).get();
    }
    return nullptr;
}

RecordEditing *AccountPages::writableEditingFor(const RecordListPage *page) const
{
    // The pages offer nothing for a read-only account; this also stops what
    // reaches them another way (the client refuses the write in any case).
    return m_session->openedAccount().readOnly ? nullptr : editingFor(page);
}

void AccountPages::applyProfileTags(const Account &account)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (RecordEditing *editing = m_editing.at(size_t(i)).get()) {
            editing->setAccountColor(account.color);
            m_pages.at(i).page->setReadOnly(account.readOnly);
        }
    }
}

void AccountPages::closeFormsFrom(size_t from, std::function<void(bool closed)> done)
{
    size_t next = from;
    while (next < m_editing.size() && !m_editing.at(next))
        ++next;
    if (next == m_editing.size()) {
        done(true);
        return;
    }
    m_editing.at(next)->closeForm([this, next, done](bool closed) {
        if (!closed)
            done(false);
        else
            closeFormsFrom(next + 1, done);
    });
}

bool AccountPages::hasUnsavedForm() const
{
    for (const auto &editing : m_editing) {
        const RecordForm *form = editing ? editing->openForm() : nullptr;
        if (form && form->hasUnsavedChanges())
            return true;
    }
    return false;
}

void AccountPages::onClosing()
{
    // The page shown now is the one to come back to (none shown: the
    // welcome page replaced them after a failure, keep the earlier one).
    for (const KindPage &kindPage : std::as_const(m_pages)) {
        if (!m_openAccount.isEmpty() && editingFor(kindPage.page)
            && kindPage.page->isVisibleTo(kindPage.page->window())) {
            m_lastPage.insert(m_openAccount, kindPage.page);
            break;
        }
    }
    m_openAccount.clear();
    // Forms and deletions use the client that goes next.
    for (auto &editing : m_editing)
        editing.reset();
    for (const KindPage &kindPage : std::as_const(m_pages)) {
        kindPage.page->hideMessage();
        kindPage.page->setEditingEnabled(false);
        kindPage.page->setReadOnly(false);
    }
}

void AccountPages::reloadChangedBy(const RecordKind &deleted)
{
    // The service changed those records too (a deleted list is unmapped from
    // every domain, whose auth type follows): what the pages show is stale.
    const QStringList keys = deleted.kindsChangedByDeleting();
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_editing.at(size_t(i)) && keys.contains(m_pages.at(i).view->kind().key()))
            m_pages.at(i).page->refresh();
    }
}

void AccountPages::onOpened(const Account &account)
{
    const QString accountText = AccountSession::accountText(account);
    m_openAccount = account.credentialScope();
    const RecordListPage *last = m_lastPage.value(m_openAccount);
    RecordListPage *first = nullptr;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const KindPage &kindPage = m_pages.at(i);
        if (kindPage.view->kind().service() != account.service)
            continue;
        RecordListPage *page = kindPage.page;
        m_editing.at(size_t(i)) = std::make_unique<RecordEditing>(
            page, page->model(), *kindPage.view, m_session->client(), accountText);
        RecordEditing *editing = m_editing.at(size_t(i)).get();
        connect(editing, &RecordEditing::deletionsFinished, this, [this, editing, page] {
            if (editing->lastDeletedCount() > 0)
                reloadChangedBy(page->kind());
        });
        // The page the account was left on, else its first.
        if (!first || page == last)
            first = page;
    }
    if (!first)
        return;
    applyProfileTags(account);
    emit pageOpened(first);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_editing.at(size_t(i))) {
            m_pages.at(i).page->setEditingEnabled(true);
            m_pages.at(i).page->refresh();
        }
    }
}
