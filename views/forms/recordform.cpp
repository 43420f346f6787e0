#include "views/forms/recordform.h"

#include "views/widgets/messagebar.h"
#include "views/widgets/orderedchecklist.h"

#include "models/api/apirequest.h"
#include "models/lists/tooltip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    // The "negative text" colour of KDE's and most platforms' error text.
    palette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    label->setPalette(palette);
    label->hide();
    return label;
}

bool isEmptyText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed().isEmpty();
    if (const auto *box = qobject_cast<const QComboBox *>(editor))
        return box->currentData().toString().isEmpty();
    return false;
}

} // namespace

RecordForm::RecordForm(Mode mode, const QString &accountText, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);

    auto *banner = new QLabel(this);
    banner->setObjectName(u"accountBanner"_s);
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setText(mode == Mode::Create ? tr("Creating in %1").arg(accountText)
                                         : tr("Changing %1").arg(accountText));
    QFont bannerFont = banner->font();
    bannerFont.setBold(true);
    banner->setFont(bannerFont);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"messageBar"_s);
    connect(m_messageBar, &MessageBar::actionTriggered, this, &RecordForm::save);

    auto *content = new QWidget;
    m_groups = new QVBoxLayout(content);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setText(mode == Mode::Create ? tr("&Create") : tr("&Save"));
    m_saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    connect(this, &QDialog::finished, this, [this] { resolveGuard(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
}

RecordForm::~RecordForm() = default;

// A grid, not a QFormLayout: Qt 6.4's QFormLayout gives a row height 0 when
// it was hidden and shown again and its word-wrapped problem label appears
// (height-for-width), so a required field vanished from the form. A grid
// folds hidden rows, spacing included, and lays out wrapped text correctly.
QGridLayout *RecordForm::addGroup(const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    m_groups->addWidget(box);
    return grid;
}

void RecordForm::addField(QGridLayout *group, const QString &key, const QString &label,
    QWidget *editor, std::function<QString()> check)
{
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    editor->setObjectName(key);
    editor->setAccessibleName(label);
    cellLayout->addWidget(editor);
    Field field;
    field.key = key;
    field.labelText = label;
    field.editor = editor;
    field.problem = makeProblemLabel(cell);
    field.problem->setObjectName(key + u"Problem"_s);
    field.check = std::move(check);
    cellLayout->addWidget(field.problem);
    field.label = new QLabel(label + u':');
    field.label->setBuddy(editor);
    // Level with the editor's first line, also when a problem shows below it.
    field.label->setMinimumHeight(editor->sizeHint().height());
    field.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int row = group->count() / 2; // each row holds a label and a cell
    group->addWidget(field.label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    group->addWidget(cell, row, 1);
    m_fields.append(field);
    watchEdits(m_fields.last());
}

void RecordForm::watchEdits(Field &field)
{
    const QString key = field.key;
    auto edited = [this, key] { onFieldEdited(key); };
    if (auto *line = qobject_cast<QLineEdit *>(field.editor))
        connect(line, &QLineEdit::textChanged, this, edited);
    else if (auto *box = qobject_cast<QComboBox *>(field.editor))
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    else if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        connect(check, &QCheckBox::toggled, this, edited);
    else if (auto *list = qobject_cast<OrderedCheckList *>(field.editor))
        connect(list, &OrderedCheckList::valueChanged, this, edited);
}

void RecordForm::onFieldEdited(const QString &key)
{
    if (Field *edited = field(key))
        edited->serverProblem.clear();
    revalidate();
}

RecordForm::Field *RecordForm::field(const QString &key)
{
    for (Field &candidate : m_fields)
        if (candidate.key == key)
            return &candidate;
    return nullptr;
}

const RecordForm::Field *RecordForm::field(const QString &key) const
{
    return const_cast<RecordForm *>(this)->field(key);
}

void RecordForm::setFieldShown(const QString &key, bool shown)
{
    if (Field *target = field(key)) {
        target->shown = shown;
        target->label->setVisible(shown);
        target->editor->parentWidget()->setVisible(shown);
    }
}

void RecordForm::setFieldRequired(const QString &key, bool required)
{
    if (Field *target = field(key)) {
        target->required = required;
        target->label->setText(
            required ? tr("%1 (required):").arg(target->labelText) : target->labelText + u':');
    }
}

QString RecordForm::editedValue(const QString &typed, const QString &original)
{
    return typed.trimmed() == original.trimmed() ? original : typed.trimmed();
}

void RecordForm::finishLayout()
{
    // One label column for every group, so the fields line up down the form.
    int widest = 0;
    for (const Field &candidate : m_fields)
        widest = qMax(widest,
            candidate.label->fontMetrics().horizontalAdvance(
                tr("%1 (required):").arg(candidate.labelText)));
    for (const Field &candidate : m_fields)
        candidate.label->setMinimumWidth(widest);
    m_groups->addStretch(1);
    revalidate();
}

void RecordForm::revalidate()
{
    QStringList problems;
    for (Field &candidate : m_fields) {
        QString problem;
        if (candidate.shown) {
            if (!candidate.serverProblem.isEmpty())
                problem = candidate.serverProblem;
            else if (candidate.required && isEmptyText(candidate.editor))
                problem = tr("Required.");
            else if (candidate.check && !isEmptyText(candidate.editor))
                problem = candidate.check(); // an empty optional field is fine
        }
        candidate.problem->setText(problem);
        candidate.problem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            problems.append(tr("%1: %2").arg(candidate.labelText, problem));
    }
    updateSaveButton(problems);
}

void RecordForm::updateSaveButton(const QStringList &problems)
{
    QString why;
    if (isSaving())
        why = tr("Saving…");
    else if (!problems.isEmpty())
        why = tr("Fix these first:") + u"\n• "_s + problems.join(u"\n• "_s);
    else if (m_mode == Mode::Edit && !hasUnsavedChanges())
        why = tr("Nothing has changed.");
    m_saveButton->setEnabled(why.isEmpty());
    m_saveButton->setToolTip(ToolTip::plain(why)); // the problems may quote what was typed
}

QStringList RecordForm::problems() const
{
    QStringList result;
    for (const Field &candidate : m_fields)
        if (candidate.shown && !candidate.problem->text().isEmpty())
            result.append(candidate.key);
    return result;
}

QString RecordForm::problemAt(const QString &key) const
{
    const Field *target = field(key);
    return target && target->shown ? target->problem->text() : QString();
}

QWidget *RecordForm::editorFor(const QString &key) const
{
    const Field *target = field(key);
    return target ? target->editor : nullptr;
}

bool RecordForm::isFieldShown(const QString &key) const
{
    const Field *target = field(key);
    return target && target->shown;
}

void RecordForm::save()
{
    revalidate();
    if (isSaving() || !m_saveButton->isEnabled())
        return;
    m_messageBar->hideMessage();
    ApiRequest *request = sendRequest();
    if (!request) {
        if (hasUnsavedChanges()) {
            // Only when the account's connection is gone: never close with edits unsent.
            m_messageBar->showMessage(MessageBar::Type::Error,
                tr("The account was closed: nothing was sent. Your edits are still here."));
            return;
        }
        QDialog::accept();
        return;
    }
    m_request = request;
    // A form closed while it saves stays alive, hidden, until the answer
    // arrives, so that the row still gets the saved values.
    setAttribute(Qt::WA_DeleteOnClose, false);
    connect(request, &ApiRequest::finished, this, &RecordForm::onRequestFinished);
    connect(request, &QObject::destroyed, this, [this, request] {
        // Destroyed without an answer: its account was closed.
        if (m_request == request) {
            m_request = nullptr;
            setAttribute(Qt::WA_DeleteOnClose, true);
            if (isHidden()) {
                deleteLater();
                return;
            }
            m_scroll->setEnabled(true);
            revalidate();
        }
    });
    m_scroll->setEnabled(false);
    revalidate();
}

void RecordForm::onRequestFinished()
{
    ApiRequest *request = m_request;
    m_request = nullptr;
    m_scroll->setEnabled(true);
    setAttribute(Qt::WA_DeleteOnClose, true);
    if (!request)
        return;
    if (isHidden()) {
        // The user closed the form while it saved: the answer still counts.
        if (request->error())
            emit saveFailedAfterClose(request->error().userMessage());
        else
            emitSaved(*request);
        deleteLater();
        return;
    }
    if (!request->error()) {
        emitSaved(*request);
        onSaved();
        QDialog::accept();
        return;
    }
    showFailure(request->error());
}

void RecordForm::emitSaved(const ApiRequest &request)
{
    const QVariant record = savedRecord(request);
    // The receivers outlive this call: the form is deleted later at the earliest.
    emit saved(record);
    if (m_mode == Mode::Create && request.wasResent())
        emit savedPerhapsTwice(record);
}

void RecordForm::showFailure(const ApiError &error)
{
    QStringList unplaced;
    Field *first = nullptr;
    for (const ApiError::FieldError &blamed : error.fieldErrors()) {
        Field *target = field(blamed.field);
        if (!target || !target->shown) {
            unplaced.append(blamed.message);
            continue;
        }
        target->serverProblem =
            blamed.message.isEmpty() ? tr("Refused by the service.") : blamed.message;
        if (!first)
            first = target;
    }
    QString text = error.userMessage();
    if (!error.serviceCode().isEmpty())
        text = tr("%1 (error %2).")
                   .arg(text.endsWith(u'.') ? text.chopped(1) : text, error.serviceCode());
    if (first && unplaced.isEmpty())
        text += u' ' + tr("See the highlighted field.");
    const bool transient = error.kind() == ApiError::Kind::Network
        || error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::RateLimited
        || error.kind() == ApiError::Kind::Server;
    // Setting the same fields again is harmless even if the first attempt
    // got through; creating again could make a duplicate.
    const bool retryIsSafe = !error.outcomeUnknown() || m_mode == Mode::Edit;
    m_messageBar->showMessage(MessageBar::Type::Error, text, error.moreInfo(),
        transient && retryIsSafe ? tr("&Retry") : QString());
    revalidate();
    if (first)
        first->editor->setFocus();
}

void RecordForm::reject()
{
    closeWithGuard();
}

void RecordForm::closeWithGuard(const std::function<void(bool closed)> &done)
{
    if (!hasUnsavedChanges() && !isSaving()) {
        QDialog::reject();
        if (done)
            done(true);
        return;
    }
    askAboutUnsavedChanges(done);
}

void RecordForm::askAboutUnsavedChanges(const std::function<void(bool closed)> &done)
{
    m_guardWaiters.append(done);
    if (m_guardBox) {
        m_guardBox->raise();
        return;
    }
    m_guardBox = new QMessageBox(QMessageBox::Warning, windowTitle(),
        isSaving() ? tr("A save is still in progress. Close anyway? The change may still be "
                        "applied.")
                   : tr("Discard your unsaved changes?"),
        QMessageBox::NoButton, this);
    m_guardBox->setObjectName(u"unsavedChangesBox"_s);
    m_guardBox->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard =
        m_guardBox->addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *keep = m_guardBox->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    m_guardBox->setDefaultButton(keep);
    m_guardBox->setEscapeButton(keep);
    QMessageBox *box = m_guardBox;
    connect(box, &QMessageBox::finished, this,
        [this, box, discard] { resolveGuard(box->clickedButton() == discard); });
    box->open();
}

void RecordForm::resolveGuard(bool close)
{
    // Whoever waits is told exactly once, however the question ends: by an
    // answer, or by the form closing on its own (a save that succeeded).
    const QList<std::function<void(bool)>> waiters = std::exchange(m_guardWaiters, {});
    if (m_guardBox) {
        m_guardBox->disconnect(this);
        m_guardBox->close();
        m_guardBox = nullptr;
    }
    if (close && isVisible())
        QDialog::reject();
    for (const auto &waiter : waiters)
        if (waiter)
            waiter(close);
}
