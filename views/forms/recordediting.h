#pragma once

#include "models/api/domainauthmappings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ApiError;
class ApiRequest;
class PagedTableModel;
class QModelIndex;
class RecordForm;
class RecordKind;
class RecordKindView;
class RecordListPage;
class ServiceClient;

// The create, edit and delete actions of one list page for one open
// account, for any record kind: the kind's view makes the form, the kind
// names and deletes records, the page's table takes the results. It lives
// exactly as long as the account's client: when the account closes, its open
// form and its deletions go with it, so nothing started for one account can
// finish in another.
class RecordEditing : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; the page and its table outlive this object, the
    // client is the open account's.
    RecordEditing(RecordListPage *page, PagedTableModel *table, const RecordKindView &view,
        ServiceClient *client, const QString &accountText, QObject *parent = nullptr);
    ~RecordEditing() override;

    // The profile's "#rrggbb" colour, shown as a strip on the forms and the
    // delete confirmation; empty for none.
    void setAccountColor(const QString &color) { m_accountColor = color; }

    void createRecord();
    // Source-model rows of the page's model.
    void editRecord(const QModelIndex &row);
    void deleteRecords(const QList<QModelIndex> &rows);

    // The form on screen, if any (a closed one is on its way out).
    RecordForm *openForm() const;
    bool isDeleting() const { return !m_deleteQueue.isEmpty() || m_deleteRequest; }
    // Records the last deletion removed at the service (or found gone).
    int lastDeletedCount() const { return m_deleted + m_alreadyGone; }
    void stopDeleting();
    // The action of the page's message bar: Stop while deleting, Refresh
    // after a create that may have made its record twice.
    void triggerPageAction();
    // Closes the open form, asking first about unsaved edits; done(false)
    // when the user keeps editing.
    void closeForm(const std::function<void(bool closed)> &done);

signals:
    void deletionsFinished();

private:
    // record: what the form edits; invalid for a new one.
    void showForm(RecordForm *form, const QVariant &record);
    // The journal's entries for the form's writes. formRecord follows the answers, so that a
    // second save of the same form (after a failed step) is told against what was saved.
    void recordWrite(
        const RecordForm &form, ApiRequest *request, const std::shared_ptr<QVariant> &formRecord);
    void recordMappingChange(const DomainAuthMappings &mappings,
        const DomainAuthMappings::Change &change, ApiRequest *request,
        const std::shared_ptr<QVariant> &formRecord);
    void recordDeletion(ApiRequest *request, const QString &id);
    void startDeleting(const QStringList &ids);
    void deleteNext();
    void onDeleteFinished();
    void reportDeletions();
    void warnOfDuplicate(const QVariant &record);
    void onSaved(const QVariant &record);

    const RecordKind &kind() const;

    RecordListPage *m_page;
    PagedTableModel *m_table;
    const RecordKindView &m_view;
    QPointer<ServiceClient> m_client;
    QString m_accountText;
    QString m_accountColor;
    QPointer<RecordForm> m_form;
    QStringList m_deleteQueue;
    QHash<QString, QVariant> m_deleteRecords; // by id, for the journal
    QPointer<ApiRequest> m_deleteRequest;
    QString m_deletingId;
    QString m_deletingParentId; // of the records being deleted, for a member kind
    int m_deleteTotal = 0;
    int m_deleted = 0;
    int m_alreadyGone = 0;
    QStringList m_failures;
    // What the page message's button does; set with each message shown.
    enum class PageAction { None, StopDeleting, Refresh };
    PageAction m_pageAction = PageAction::None;
};
