#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <functional>

class AccountStrip;
class ApiError;
class ApiRequest;
class MessageBar;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QKeyEvent;
class QLabel;
class QMessageBox;
class QPushButton;
class QScrollArea;
class QShowEvent;
class QVBoxLayout;
class RecordFormFields;
class UnsavedChangesQuestion;

// What the create and edit forms share: the account banner (with the
// profile's colour as a strip above it), an inline
// message bar, grouped fields that validate as the user types with the
// message under the field, a Save button that is disabled (and says why)
// while anything is invalid, the request and its answer — server field
// errors shown at the field, the user's edits never lost — and the
// unsaved-changes guard. Subclasses build the fields and the request. The
// fields and their problems are RecordFormFields', the question before
// closing UnsavedChangesQuestion's; this class decides when Save may run
// and what an answer does to the form.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    RecordForm(Mode mode, const QString &accountText, QWidget *parent = nullptr);
    ~RecordForm() override;

    Mode mode() const { return m_mode; }
    bool isSaving() const { return m_request != nullptr || m_stepsRunning; }
    virtual bool hasUnsavedChanges() const = 0;

    // Closes the form, asking first when there are unsaved changes; done
    // runs with true once it is closed, false when the user keeps it open.
    void closeWithGuard(const std::function<void(bool closed)> &done = {});

    // For tests and the status line: what blocks Save, and a field's message.
    QStringList problems() const;
    QString problemAt(const QString &key) const;
    // What the field shows now: problems wait until the user left the field
    // or tried to save.
    QString shownProblemAt(const QString &key) const;
    // The fields in form order, and each one's name as Save's list uses it.
    QStringList fieldKeys() const;
    QString fieldName(const QString &key) const;
    QWidget *editorFor(const QString &key) const;
    bool isFieldShown(const QString &key) const;
    MessageBar *messageBar() const { return m_messageBar; }
    // The profile's "#rrggbb" colour as a strip above the account banner;
    // empty for none.
    void setAccountColor(const QString &color);

    void reject() override;

signals:
    // A successful answer, with the record as the service now has it.
    void saved(const QVariant &record);
    // Follows saved() when the network layer sent a create twice by itself
    // and it succeeded: the record may now exist twice. Never for an
    // update: the same change applied twice leaves one record as intended.
    void savedPerhapsTwice(const QVariant &record);
    // The form was closed while saving, and then the save failed.
    void saveFailedAfterClose(const QString &message);
    // The record's own create or update request was sent (for the journal).
    void writeSent(ApiRequest *request);

protected:
    QGridLayout *addGroup(const QString &title);
    // Registers an editor under the request's name for its field, so that
    // local and server problems appear under it. check returns a problem or
    // ""; it is not asked about an empty field (setFieldRequired() is).
    void addField(QGridLayout *group, const QString &key, const QString &label, QWidget *editor,
        std::function<QString()> check);
    void setFieldShown(const QString &key, bool shown);
    void setFieldRequired(const QString &key, bool required);
    // The field's name outside its group, as in "Voice URL".
    void setFieldName(const QString &key, const QString &name);
    // Re-checks every shown field and updates Save; call after any change
    // that is not made through a registered editor.
    void revalidate();
    // After the last field: lines the fields up and sets the tab order —
    // the fields as laid out, then Save, then Cancel.
    void finishLayout();

    // Starts the create or update request; nullptr when there is nothing
    // to send. The request belongs to the client.
    virtual ApiRequest *sendRequest() = 0;
    virtual QVariant savedRecord(const ApiRequest &request) const = 0;
    // Called after a successful save, before the form closes.
    virtual void onSaved() { }
    // A save made of several steps: called once the record's own request
    // succeeded (request), or when there was none to send (nullptr). Return
    // true to take the save over; the form then stays in its saving state
    // until finishSteps(). The default has no further steps.
    virtual bool startFurtherSteps(const ApiRequest *request)
    {
        Q_UNUSED(request)
        return false;
    }
    // Ends what startFurtherSteps() began. A valid record is emitted with
    // saved(); an empty failure closes the form, else the form stays open
    // with it in the message bar.
    void finishSteps(const QVariant &record, const QString &failure);
    // After a create whose further steps failed, the form edits the record
    // it created: another Save must not create it again.
    void setMode(Mode mode);
    // What a text field now holds for the record: the original when only
    // surrounding spaces differ (so opening a form never changes a value),
    // else the typed text without them.
    static QString editedValue(const QString &typed, const QString &original);

    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void fitWidthToFields();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();
    // A save the problems block: show them all and go to the first.
    void refuseSave();
    void followFocus(QWidget *old, QWidget *now);
    void setTabOrderAsLaidOut();
    void watch(ApiRequest *request);
    void onRequestFinished();
    void emitSaved(const ApiRequest &request);
    void emitRecord(const QVariant &record, bool resent);
    void beginSteps(bool afterResend);
    void showFailure(const ApiError &error);
    QString failureText(const ApiError &error, bool allPlaced) const;
    bool offersRetry(const ApiError &error) const;
    void updateSaveButton(const QStringList &problems);
    void resolveGuard(bool close);

    Mode m_mode;
    RecordFormFields *m_fields = nullptr;
    UnsavedChangesQuestion *m_guard = nullptr;
    MessageBar *m_messageBar = nullptr;
    AccountStrip *m_strip = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    // Raw, because the request may be destroyed without finishing (its
    // client goes with the account); destroyed() is compared against it.
    ApiRequest *m_request = nullptr;
    bool m_stepsRunning = false;
    bool m_stepsAfterResend = false; // the create before the steps was sent twice
    bool m_focusedFirstField = false;
};
