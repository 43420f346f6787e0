#include "views/forms/recordform.h"

#include "views/forms/recordformfields.h"
#include "views/forms/unsavedchangesquestion.h"
#include "views/widgets/accountstrip.h"
#include "views/widgets/messagebar.h"

#include "models/api/apirequest.h"
#include "models/lists/tooltip.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The widgets of a layout that take the focus with Tab, in layout order,
// those inside nested layouts and child widgets' layouts included.
void collectTabStops(const QLayout *layout, QList<QWidget *> *stops)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                stops->append(widget);
            if (widget->layout())
                collectTabStops(widget->layout(), stops);
        } else if (item->layout()) {
            collectTabStops(item->layout(), stops);
        }
    }
}

QLabel *makeBanner(RecordForm::Mode mode, const QString &accountText, QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(u"accountBanner"_s);
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setText(mode == RecordForm::Mode::Create
            ? RecordForm::tr("Creating in %1").arg(accountText)
            : RecordForm::tr("Changing %1").arg(accountText));
    QFont bannerFont = banner->font();
    bannerFont.setBold(true);
    banner->setFont(bannerFont);
    return banner;
}

} // namespace

RecordForm::RecordForm(Mode mode, const QString &accountText, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_guard(new UnsavedChangesQuestion(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"messageBar"_s);
    connect(m_messageBar, &MessageBar::actionTriggered, this, &RecordForm::save);

    auto *content = new QWidget;
    m_fields = new RecordFormFields(new QVBoxLayout(content), this);
    connect(m_fields, &RecordFormFields::edited, this, &RecordForm::revalidate);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"formScrollArea"_s);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own on the Tab way: it follows the focused field instead.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setText(mode == Mode::Create ? tr("&Create") : tr("&Save"));
    m_saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    m_saveButton->installEventFilter(this); // a click on it while disabled
    connect(qApp, &QApplication::focusChanged, this, &RecordForm::followFocus);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    connect(m_guard, &UnsavedChangesQuestion::answered, this, &RecordForm::resolveGuard);
    connect(this, &QDialog::finished, this, [this] { resolveGuard(true); });

    m_strip = new AccountStrip(accountText, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(makeBanner(mode, accountText, this));
    layout->addWidget(m_messageBar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
}

RecordForm::~RecordForm()
{
    // QDialog's destructor hides the form, which moves the focus: too late
    // for this class to follow it.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void RecordForm::setAccountColor(const QString &color)
{
    m_strip->setColor(color);
}

QGridLayout *RecordForm::addGroup(const QString &title)
{
    return m_fields->addGroup(title);
}

void RecordForm::addField(QGridLayout *group, const QString &key, const QString &label,
    QWidget *editor, std::function<QString()> check)
{
    m_fields->addField(group, key, label, editor, std::move(check));
}

void RecordForm::setFieldShown(const QString &key, bool shown)
{
    m_fields->setShown(key, shown);
}

void RecordForm::setFieldRequired(const QString &key, bool required)
{
    m_fields->setRequired(key, required);
}

QString RecordForm::editedValue(const QString &typed, const QString &original)
{
    return typed.trimmed() == original.trimmed() ? original : typed.trimmed();
}

void RecordForm::setFieldName(const QString &key, const QString &name)
{
    m_fields->setName(key, name);
}

void RecordForm::finishLayout()
{
    m_fields->finishLayout();
    m_fields->check();
    m_fields->revealWrongValues();
    setTabOrderAsLaidOut();
    revalidate();
}

void RecordForm::setTabOrderAsLaidOut()
{
    // Widgets join the focus chain when they join the window, and the
    // groups join it after the buttons: the order has to be set.
    QList<QWidget *> stops;
    collectTabStops(m_scroll->widget()->layout(), &stops);
    stops << m_saveButton << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops[i - 1], stops[i]);
}

void RecordForm::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_focusedFirstField)
        return;
    m_focusedFirstField = true;
    fitWidthToFields();
    if (QWidget *first = m_fields->firstEditableEditor())
        first->setFocus(Qt::TabFocusReason);
}

void RecordForm::fitWidthToFields()
{
    // Labels differ in length between languages: the fields never need a horizontal scroll
    // bar, up to what the screen has room for.
    const int needed = m_scroll->widget()->minimumSizeHint().width()
        + m_scroll->verticalScrollBar()->sizeHint().width() + width()
        - m_scroll->viewport()->width();
    const QScreen *screen = this->screen();
    const int room = screen ? screen->availableGeometry().width() : needed;
    if (width() < needed)
        resize(std::min(needed, room), height());
}

void RecordForm::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !m_saveButton->isEnabled() && !isSaving()) {
        refuseSave();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    // A disabled button gets no clicks, but its filter still sees the press.
    if (watched == m_saveButton && event->type() == QEvent::MouseButtonPress
        && !m_saveButton->isEnabled() && !isSaving())
        refuseSave();
    return QDialog::eventFilter(watched, event);
}

void RecordForm::refuseSave()
{
    m_fields->revealAll();
    revalidate();
    if (QWidget *first = m_fields->firstProblemEditor())
        first->setFocus(Qt::OtherFocusReason);
}

void RecordForm::followFocus(QWidget *old, QWidget *now)
{
    if (!now || now->window() != this)
        return; // another window, or none: the user has not left the field
    QWidget *content = m_scroll->widget();
    if (old && content->isAncestorOf(old)) {
        m_fields->revealFieldOf(old);
        revalidate();
    }
    // Also a field reached by its mnemonic or by a refused Save, not only by
    // Tab. The whole widget, where it fits: ensureWidgetVisible() would only
    // show a list's current row, or a line edit's cursor.
    if (content->isAncestorOf(now)) {
        constexpr int kMargin = 8;
        const QRect shown(now->mapTo(content, QPoint(0, 0)), now->size());
        m_scroll->ensureVisible(shown.center().x(), shown.center().y(), shown.width() / 2 + kMargin,
            shown.height() / 2 + kMargin);
    }
}

void RecordForm::revalidate()
{
    updateSaveButton(m_fields->check());
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
    return m_fields->problems();
}

QString RecordForm::problemAt(const QString &key) const
{
    return m_fields->problemAt(key);
}

QString RecordForm::shownProblemAt(const QString &key) const
{
    return m_fields->shownProblemAt(key);
}

QStringList RecordForm::fieldKeys() const
{
    return m_fields->keys();
}

QString RecordForm::fieldName(const QString &key) const
{
    return m_fields->nameOf(key);
}

QWidget *RecordForm::editorFor(const QString &key) const
{
    return m_fields->editorFor(key);
}

bool RecordForm::isFieldShown(const QString &key) const
{
    return m_fields->isShown(key);
}

void RecordForm::save()
{
    m_fields->revealAll();
    revalidate();
    if (isSaving() || !m_saveButton->isEnabled())
        return;
    m_messageBar->hideMessage();
    ApiRequest *request = sendRequest();
    if (request) {
        watch(request);
        emit writeSent(request);
        return;
    }
    if (startFurtherSteps(nullptr)) {
        beginSteps(false);
        return;
    }
    if (hasUnsavedChanges()) {
        // Only when the account's connection is gone: never close with edits unsent.
        m_messageBar->showMessage(MessageBar::Type::Error,
            tr("The account was closed: nothing was sent. Your edits are still here."));
        return;
    }
    QDialog::accept();
}

void RecordForm::watch(ApiRequest *request)
{
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
    if (!request->error() && !isHidden() && startFurtherSteps(request)) {
        beginSteps(request->wasResent());
        return;
    }
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
    emitRecord(savedRecord(request), request.wasResent());
}

void RecordForm::emitRecord(const QVariant &record, bool resent)
{
    // The receivers outlive this call: the form is deleted later at the earliest.
    emit saved(record);
    if (m_mode == Mode::Create && resent)
        emit savedPerhapsTwice(record);
}

void RecordForm::beginSteps(bool afterResend)
{
    m_stepsRunning = true;
    m_stepsAfterResend = afterResend;
    setAttribute(Qt::WA_DeleteOnClose, false); // as while a request runs
    m_scroll->setEnabled(false);
    revalidate();
}

void RecordForm::finishSteps(const QVariant &record, const QString &failure)
{
    if (!m_stepsRunning)
        return;
    m_stepsRunning = false;
    m_scroll->setEnabled(true);
    setAttribute(Qt::WA_DeleteOnClose, true);
    if (record.isValid())
        emitRecord(record, m_stepsAfterResend);
    if (isHidden()) {
        if (!failure.isEmpty())
            emit saveFailedAfterClose(failure);
        deleteLater();
        return;
    }
    if (failure.isEmpty()) {
        onSaved();
        QDialog::accept();
        return;
    }
    m_messageBar->showMessage(MessageBar::Type::Error, failure);
    revalidate();
}

void RecordForm::setMode(Mode mode)
{
    m_mode = mode;
    m_saveButton->setText(mode == Mode::Create ? tr("&Create") : tr("&Save"));
}

void RecordForm::showFailure(const ApiError &error)
{
    QWidget *first = nullptr;
    const QStringList unplaced = m_fields->placeServerErrors(error.fieldErrors(), &first);
    m_messageBar->showMessage(MessageBar::Type::Error,
        failureText(error, first && unplaced.isEmpty()), error.moreInfo(),
        offersRetry(error) ? tr("&Retry") : QString());
    revalidate();
    if (first)
        first->setFocus();
}

QString RecordForm::failureText(const ApiError &error, bool allPlaced) const
{
    QString text = error.userMessage();
    if (!error.serviceCode().isEmpty())
        text = tr("%1 (error %2).")
                   .arg(text.endsWith(u'.') ? text.chopped(1) : text, error.serviceCode());
    if (allPlaced)
        text += u' ' + tr("See the highlighted field.");
    return text;
}

bool RecordForm::offersRetry(const ApiError &error) const
{
    const bool transient = error.kind() == ApiError::Kind::Network
        || error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::RateLimited
        || error.kind() == ApiError::Kind::Server;
    // Setting the same fields again is harmless even if the first attempt
    // got through; creating again could make a duplicate.
    const bool retryIsSafe = !error.outcomeUnknown() || m_mode == Mode::Edit;
    return transient && retryIsSafe;
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
    m_guard->ask(isSaving() ? tr("A save is still in progress. Close anyway? The change may "
                                 "still be applied.")
                            : tr("Discard your unsaved changes?"),
        done);
}

void RecordForm::resolveGuard(bool close)
{
    const QList<std::function<void(bool)>> waiters = m_guard->settle();
    if (close && isVisible())
        QDialog::reject();
    for (const auto &waiter : waiters)
        if (waiter)
            waiter(close);
}
