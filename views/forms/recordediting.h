#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ApiError;
class ApiRequest;
class QModelIndex;
class RecordForm;
class RecordListPage;

// The create, edit and delete actions of one list page for one open
// account. It lives exactly as long as the account's client: when the
// account closes, its open form and its deletions go with it, so nothing
// started for one account can finish in another.
class RecordEditing : public QObject
{
    Q_OBJECT

public:
    RecordEditing(RecordListPage *page, const QString &accountText, QObject *parent = nullptr);
    ~RecordEditing() override;

    void createRecord();
    // Source-model rows of the page's model.
    void editRecord(const QModelIndex &row);
    void deleteRecords(const QList<QModelIndex> &rows);

    // The form on screen, if any (a closed one is on its way out).
    RecordForm *openForm() const;
    bool isDeleting() const { return !m_deleteQueue.isEmpty() || m_deleteRequest; }
    void stopDeleting();
    // The action of the page's message bar: Stop while deleting, Refresh
    // after a create that may have made its record twice.
    void triggerPageAction();
    // Closes the open form, asking first about unsaved edits; done(false)
    // when the user keeps editing.
    void closeForm(const std::function<void(bool closed)> &done);

signals:
    void deletionsFinished();

protected:
    // record is null for a new one.
    virtual RecordForm *makeForm(const QModelIndex &row) = 0;
    virtual ApiRequest *removeRequest(const QString &id) = 0;
    virtual void applySaved(const QVariant &record) = 0;
    virtual void applyRemoved(const QString &id) = 0;
    // "SIP domain": the singular kind for the confirmation.
    virtual QString kindName() const = 0;
    virtual QString pluralText(int count) const = 0; // "3 SIP domains"
    // What the user knows the record by: its domain name or user name.
    virtual QString nameOf(const QVariant &record) const = 0;
    // Its SID or id.
    virtual QString idOf(const QVariant &record) const = 0;

    RecordListPage *page() const { return m_page; }
    const QString &accountText() const { return m_accountText; }

private:
    void showForm(RecordForm *form);
    void startDeleting(const QStringList &ids);
    void deleteNext();
    void onDeleteFinished();
    void reportDeletions();
    void warnOfDuplicate(const QVariant &record);
    void onSaved(const QVariant &record);

    RecordListPage *m_page;
    QString m_accountText;
    QPointer<RecordForm> m_form;
    QStringList m_deleteQueue;
    QPointer<ApiRequest> m_deleteRequest;
    QString m_deletingId;
    int m_deleteTotal = 0;
    int m_deleted = 0;
    int m_alreadyGone = 0;
    QStringList m_failures;
    // What the page message's button does; set with each message shown.
    enum class PageAction { None, StopDeleting, Refresh };
    PageAction m_pageAction = PageAction::None;
};
