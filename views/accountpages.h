#pragma once

#include "models/accounts/account.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class AccountSession;
class RecordEditing;
class RecordKind;
class RecordKindView;
class RecordListPage;

// The Widgets side of the open account: which pages show its records, and
// their RecordEditing (forms, deletions), which exist exactly as long as the
// session's client. The session asks it before closing an account, so an
// open form's unsaved-changes guard decides whether a switch happens.
class AccountPages : public QObject
{
    Q_OBJECT

public:
    struct KindPage
    {
        const RecordKindView *view = nullptr;
        RecordListPage *page = nullptr; // shows one of the kind's tables
    };

    // Nothing is owned; all must outlive this object.
    AccountPages(AccountSession *session, const QList<KindPage> &pages, QObject *parent = nullptr);
    ~AccountPages() override;

    // The create/edit/delete actions of a page of the open account; null
    // for a page of another service, or while no account is open.
    RecordEditing *editingFor(const RecordListPage *page) const;

    // Closes the open forms one after another, each asking about its
    // unsaved edits; done(false) as soon as the user keeps one open.
    void closeForms(std::function<void(bool closed)> done) { closeFormsFrom(0, std::move(done)); }
    bool hasUnsavedForm() const;

signals:
    // The open account's first page, editable and loading its first rows.
    void pageOpened(RecordListPage *page);

private:
    void onOpened(const Account &account);
    void onClosing();
    // Editing only while the open account is not read-only.
    RecordEditing *writableEditingFor(const RecordListPage *page) const;
    // The profile's colour for the forms and confirmations, its read-only
    // setting for the pages.
    void applyProfileTags(const Account &account);
    void reloadChangedBy(const RecordKind &deleted);
    void closeFormsFrom(size_t from, std::function<void(bool closed)> done);

    AccountSession *m_session;
    QList<KindPage> m_pages;
    // Parallel to m_pages: the open account's editing of that page, if any.
    std::vector<std::unique_ptr<RecordEditing>> m_editing;
    // The page each account was left on (by its credential scope), for this
    // session: coming back to an account shows that page again.
    QHash<QString, const RecordListPage *> m_lastPage;
    QString m_openAccount;
};
