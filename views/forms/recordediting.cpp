#include "views/forms/recordediting.h"

#include "views/forms/recordform.h"
#include "views/recordlistpage.h"
#include "views/widgets/deleteconfirmationdialog.h"
#include "views/widgets/messagebar.h"

#include "views/kinds/recordkindview.h"

#include "models/api/apirequest.h"
#include "models/api/serviceclient.h"
#include "models/journal/journalrecorder.h"
#include "models/journal/journalwrites.h"
#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

using namespace Qt::StringLiterals;

RecordEditing::RecordEditing(RecordListPage *page, PagedTableModel *table,
    const RecordKindView &view, ServiceClient *client, const QString &accountText, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_table(table)
    , m_view(view)
    , m_client(client)
    , m_accountText(accountText)
{ }

const RecordKind &RecordEditing::kind() const
{
    return m_view.kind();
}

RecordEditing::~RecordEditing()
{
    // The account is closing: its form cannot save anywhere any more.
    if (m_form) {
        m_form->hide();
        m_form->deleteLater();
    }
    if (m_deleteRequest)
        m_deleteRequest->cancel();
}

RecordForm *RecordEditing::openForm() const
{
    return m_form && m_form->isVisible() ? m_form.data() : nullptr;
}

void RecordEditing::createRecord()
{
    if (const RecordKind *parent = kind().parentKind(); parent && m_table->parentId().isEmpty()) {
        m_pageAction = PageAction::None;
        m_page->showMessage(MessageBar::Type::Information,
            tr("Select one %1 first: a new %2 goes into it.")
                .arg(parent->singular(), kind().singular()));
        return;
    }
    showForm(m_view.makeForm(m_client, m_accountText, {}, m_table->parentId(), m_page->window()),
        {});
}

void RecordEditing::editRecord(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    const QVariant record = row.data(PagedTableModel::RecordRole);
    showForm(
        m_view.makeForm(m_client, m_accountText, record, m_table->parentId(), m_page->window()),
        record);
}

void RecordEditing::showForm(RecordForm *form, const QVariant &record)
{
    if (!form)
        return; // the account's client is gone: it is closing
    if (openForm()) {
        // One form at a time: the one with the user's edits stays in front.
        form->deleteLater();
        m_form->raise();
        m_form->activateWindow();
        return;
    }
    m_form = form;
    form->setAccountColor(m_accountColor);
    connect(form, &RecordForm::saved, this, &RecordEditing::onSaved);
    connect(form, &RecordForm::savedPerhapsTwice, this, &RecordEditing::warnOfDuplicate);
    connect(form, &RecordForm::saveFailedAfterClose, this, [this](const QString &message) {
        m_pageAction = PageAction::None;
        m_page->showMessage(MessageBar::Type::Error,
            tr("A change you closed before it was saved did not save: %1").arg(message));
    });
    const auto formRecord = std::make_shared<QVariant>(record);
    connect(form, &RecordForm::writeSent, this, [this, form, formRecord](ApiRequest *request) {
        recordWrite(*form, request, formRecord);
    });
    // Further steps of the save (a domain's authentication) write through their own model.
    for (const DomainAuthMappings *mappings : form->findChildren<DomainAuthMappings *>()) {
        connect(mappings, &DomainAuthMappings::changeSent, this,
            [this, mappings, formRecord](
                const DomainAuthMappings::Change &change, ApiRequest *request) {
                recordMappingChange(*mappings, change, request, formRecord);
            });
    }
    form->show();
}

void RecordEditing::recordWrite(
    const RecordForm &form, ApiRequest *request, const std::shared_ptr<QVariant> &formRecord)
{
    JournalRecorder *recorder = JournalRecorder::of(m_client);
    if (!recorder)
        return;
    const bool creating = form.mode() == RecordForm::Mode::Create && !formRecord->isValid();
    const QJsonObject sent = JournalWrites::sentFields(request->call());
    // A new record's fields take their types from an empty one.
    const QVariant typed = creating ? kind().recordFromJson({}) : *formRecord;
    JournalEntry entry;
    entry.kind = kind().key();
    entry.action = creating ? JournalEntry::Action::Create : JournalEntry::Action::Update;
    entry.changes =
        JournalWrites::changesOf(sent, kind().jsonOf(typed), kind().jsonOf(typed), creating);
    const QVariant named = creating ? kind().recordFromJson(sent) : *formRecord;
    entry.recordId = kind().idOf(named);
    entry.recordName = kind().nameOf(named);
    const RecordKind &recordKind = kind();
    recorder->track(request, entry,
        [&recordKind, formRecord](JournalEntry &done, const QJsonObject &answer) {
            if (answer.isEmpty())
                return;
            *formRecord = recordKind.recordFromJson(answer);
            done.recordId = recordKind.idOf(*formRecord);
            done.recordName = recordKind.nameOf(*formRecord);
        });
}

void RecordEditing::recordMappingChange(const DomainAuthMappings &mappings,
    const DomainAuthMappings::Change &change, ApiRequest *request,
    const std::shared_ptr<QVariant> &formRecord)
{
    JournalRecorder *recorder = JournalRecorder::of(m_client);
    if (!recorder)
        return;
    JournalEntry entry;
    entry.kind = kind().key();
    entry.action = change.map ? JournalEntry::Action::Map : JournalEntry::Action::Unmap;
    entry.recordId = mappings.domainSid();
    entry.changes = { JournalWrites::mappingChange(change.mapping, change.listSid,
        mappings.friendlyNameOf(change.listSid), change.map) };
    const RecordKind &recordKind = kind();
    // By the time a mapping is answered, the domain created before it has been answered too.
    recorder->track(request, entry, [&recordKind, formRecord](JournalEntry &done, const QJsonObject &) {
        if (formRecord->isValid() && recordKind.idOf(*formRecord) == done.recordId)
            done.recordName = recordKind.nameOf(*formRecord);
    });
}

void RecordEditing::closeForm(const std::function<void(bool closed)> &done)
{
    if (!openForm()) {
        done(true);
        return;
    }
    m_form->closeWithGuard(done);
}

void RecordEditing::deleteRecords(const QList<QModelIndex> &rows)
{
    if (rows.isEmpty() || isDeleting())
        return;
    QStringList ids;
    QStringList names;
    QHash<QString, QVariant> records;
    for (const QModelIndex &row : rows) {
        ids.append(row.data(PagedTableModel::IdRole).toString());
        records.insert(ids.last(), row.data(PagedTableModel::RecordRole));
        names.append(m_page->identityOf(row));
    }
    auto *dialog = new DeleteConfirmationDialog(
        m_accountText, kind().singular(), names, m_page, kind().deleteConsequence());
    dialog->setAccountColor(m_accountColor);
    dialog->setCountedText(kind().countText(int(names.size())));
    // A member goes from its list, not from the account: the heading says which.
    if (kind().parentKind() && !m_page->parentTitle().isEmpty())
        dialog->setContainer(
            tr("the %1 “%2”").arg(kind().parentKind()->singular(), m_page->parentTitle()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, ids, records] {
        m_deleteRecords = records;
        startDeleting(ids);
    });
    dialog->open();
}

void RecordEditing::startDeleting(const QStringList &ids)
{
    m_deleteQueue = ids;
    m_deletingParentId = m_table->parentId();
    m_deleteTotal = int(ids.size());
    m_deleted = m_alreadyGone = 0;
    m_failures.clear();
    deleteNext();
}

void RecordEditing::deleteNext()
{
    if (m_deleteQueue.isEmpty()) {
        reportDeletions();
        return;
    }
    m_deletingId = m_deleteQueue.takeFirst();
    const int done = m_deleteTotal - int(m_deleteQueue.size());
    m_pageAction = PageAction::StopDeleting;
    m_page->showMessage(MessageBar::Type::Information,
        tr("Deleting %1 of %2…").arg(done).arg(m_deleteTotal), tr("&Stop"));
    m_deleteRequest = kind().remove(m_client, m_deletingId, m_deletingParentId);
    if (!m_deleteRequest) {
        // The account's client is gone: nothing more can be deleted.
        m_deleteQueue.clear();
        reportDeletions();
        return;
    }
    connect(m_deleteRequest, &ApiRequest::finished, this, &RecordEditing::onDeleteFinished);
    recordDeletion(m_deleteRequest, m_deletingId);
}

void RecordEditing::recordDeletion(ApiRequest *request, const QString &id)
{
    JournalRecorder *recorder = JournalRecorder::of(m_client);
    if (!recorder)
        return;
    JournalEntry entry;
    entry.kind = kind().key();
    entry.action = JournalEntry::Action::Delete;
    entry.recordId = id;
    const QVariant record = m_deleteRecords.value(id);
    entry.recordName = record.isValid() ? kind().nameOf(record) : QString();
    recorder->track(request, entry);
}

void RecordEditing::onDeleteFinished()
{
    const ApiError error = m_deleteRequest ? m_deleteRequest->error() : ApiError();
    m_deleteRequest = nullptr;
    if (!error) {
        ++m_deleted;
        m_table->removeId(m_deletingId);
    } else if (error.kind() == ApiError::Kind::NotFound) {
        ++m_alreadyGone;
        m_table->removeId(m_deletingId);
    } else {
        m_failures.append(error.userMessage());
        if (error.kind() == ApiError::Kind::Unauthorized
            || error.kind() == ApiError::Kind::Forbidden)
            m_deleteQueue.clear(); // every other one would fail the same way
    }
    deleteNext();
}

void RecordEditing::stopDeleting()
{
    if (!isDeleting())
        return;
    // The request in flight may already have been processed: let it answer.
    m_deleteQueue.clear();
}

void RecordEditing::triggerPageAction()
{
    if (m_pageAction == PageAction::StopDeleting) {
        stopDeleting();
    } else if (m_pageAction == PageAction::Refresh) {
        m_pageAction = PageAction::None;
        m_page->hideMessage();
        m_page->refresh();
    }
}

// The row shows the record as the service answered it, selected and in
// view (a new one too), and the page says what was saved.
void RecordEditing::onSaved(const QVariant &record)
{
    // A member saved while its page shows another parent's members is not
    // one of them.
    if (kind().parentIdOf(record) == m_table->parentId()) {
        m_table->upsertRecord(record);
        m_page->selectRecord(kind().idOf(record));
    }
    m_pageAction = PageAction::None;
    m_page->showMessage(MessageBar::Type::Information, tr("Saved %1.").arg(kind().nameOf(record)));
}

// Qt resent the create on its own after the connection closed before the
// answer; the first one may have been processed too. Resending again or
// deleting blindly could be wrong, so the user is asked to look.
void RecordEditing::warnOfDuplicate(const QVariant &record)
{
    m_pageAction = PageAction::Refresh;
    m_page->showMessage(MessageBar::Type::Warning,
        tr("Saved %1. The connection dropped and the request was sent twice: the record may "
           "exist twice. Refresh to check.")
            .arg(kind().nameOf(record)),
        tr("&Refresh"));
}

void RecordEditing::reportDeletions()
{
    QStringList parts;
    if (m_deleted > 0)
        parts.append(tr("Deleted %1.").arg(kind().countText(m_deleted)));
    if (m_alreadyGone > 0)
        parts.append(tr("%1 already deleted elsewhere; removed from the list.")
                         .arg(kind().countText(m_alreadyGone)));
    const int notTried = m_deleteTotal - m_deleted - m_alreadyGone - int(m_failures.size());
    if (!m_failures.isEmpty())
        parts.append(tr("%1 could not be deleted: %2")
                         .arg(kind().countText(int(m_failures.size())), m_failures.first()));
    if (notTried > 0)
        parts.append(tr("%1 not attempted.").arg(kind().countText(notTried)));
    const MessageBar::Type type = m_failures.isEmpty()
        ? (m_alreadyGone > 0 || notTried > 0 ? MessageBar::Type::Warning
                                             : MessageBar::Type::Information)
        : MessageBar::Type::Error;
    m_pageAction = PageAction::None;
    m_page->showMessage(type, parts.join(u' '));
    emit deletionsFinished();
}
