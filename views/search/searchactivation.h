#pragma once

#include "models/search/searchresultsmodel.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AccountSession;
class RecordKind;
class RecordListPage;

// Opens a search result: switches to its account the normal way (the close
// guard may ask about unsaved edits; "Cancel" keeps everything as it is),
// then shows its kind's page and selects the record once listed — for a
// member, its parent above first, then the member below.
class SearchActivation : public QObject
{
    Q_OBJECT

public:
    // Shows the page of a kind of the open account and returns it.
    using ShowPage = std::function<RecordListPage *(const RecordKind &kind)>;

    // The session is not owned and must outlive this object.
    SearchActivation(AccountSession *session, ShowPage showPage, QObject *parent = nullptr);

    void activate(const SearchResultsModel::Target &target);

private:
    int accountIndexOf(const Account &account) const;
    void onOpened(const Account &account);
    void select(const SearchResultsModel::Target &target);

    AccountSession *m_session;
    ShowPage m_showPage;
    // The result waiting for its account to open; dropped when another opens.
    std::optional<SearchResultsModel::Target> m_pending;
    // Waits for a member's parent to be selected above it.
    QMetaObject::Connection m_memberWait;
};
