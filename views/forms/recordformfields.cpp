#include "views/forms/recordformfields.h"

#include "views/widgets/statuscolors.h"

#include "views/widgets/orderedchecklist.h"

#include "models/validation/rules.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::colorText(label, StatusColors::Status::Error);
    label->hide();
    return label;
}

// What a screen reader meets when the field has focus: the editor, or the part it hands its
// focus to (an ordered check list's list).
QWidget *accessibleEditor(QWidget *editor)
{
    return editor->focusProxy() ? editor->focusProxy() : editor;
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

RecordFormFields::RecordFormFields(QVBoxLayout *groups, QObject *parent)
    : QObject(parent)
    , m_groups(groups)
{ }

// A grid, not a QFormLayout: Qt 6.4's QFormLayout gives a row height 0 when
// it was hidden and shown again and its word-wrapped problem label appears
// (height-for-width), so a required field vanished from the form. A grid
// folds hidden rows, spacing included, and lays out wrapped text correctly.
QGridLayout *RecordFormFields::addGroup(const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    m_groupTitles.insert(grid, title);
    m_groups->addWidget(box);
    return grid;
}

void RecordFormFields::addField(QGridLayout *group, const QString &key, const QString &label,
    QWidget *editor, std::function<QString()> check)
{
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    editor->setObjectName(key);
    editor->setAccessibleName(label);
    accessibleEditor(editor)->setAccessibleName(label);
    cellLayout->addWidget(editor);
    Field field;
    field.key = key;
    field.labelText = label;
    field.groupTitle = m_groupTitles.value(group);
    field.cell = cell;
    field.editor = editor;
    field.problem = makeProblemLabel(cell);
    field.problem->setObjectName(key + u"Problem"_s);
    field.check = std::move(check);
    cellLayout->addWidget(field.problem);
    if (field.check)
        reserveProblemLine(field);
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

// Only a text field: it is where a problem appears as the user types and
// tabs on, and the form would grow by a line for every checkbox otherwise.
void RecordFormFields::reserveProblemLine(Field &field)
{
    if (field.reserved || !qobject_cast<QLineEdit *>(field.editor))
        return;
    field.reserved = true;
    field.problem->setMinimumHeight(field.problem->fontMetrics().height());
    field.problem->show();
}

// A problem of two lines grows the reserved space once and keeps it while the form is open: the
// fields below move at most once, not at every key that makes the problem come and go.
void RecordFormFields::keepProblemHeight(Field &field)
{
    QLabel *problem = field.problem;
    const int width = problem->width() > 0 ? problem->width() : problem->sizeHint().width();
    const int needed = problem->heightForWidth(width);
    if (needed > problem->minimumHeight())
        problem->setMinimumHeight(needed);
}

void RecordFormFields::watchEdits(const Field &field)
{
    const QString key = field.key;
    auto edited = [this, key] { onEdited(key); };
    if (auto *line = qobject_cast<QLineEdit *>(field.editor))
        connect(line, &QLineEdit::textChanged, this, edited);
    else if (auto *box = qobject_cast<QComboBox *>(field.editor))
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    else if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        connect(check, &QCheckBox::toggled, this, edited);
    else if (auto *list = qobject_cast<OrderedCheckList *>(field.editor))
        connect(list, &OrderedCheckList::valueChanged, this, edited);
}

void RecordFormFields::onEdited(const QString &key)
{
    if (Field *target = field(key))
        target->serverProblem.clear();
    emit edited();
}

RecordFormFields::Field *RecordFormFields::field(const QString &key)
{
    for (Field &candidate : m_fields)
        if (candidate.key == key)
            return &candidate;
    return nullptr;
}

const RecordFormFields::Field *RecordFormFields::field(const QString &key) const
{
    return const_cast<RecordFormFields *>(this)->field(key);
}

void RecordFormFields::setShown(const QString &key, bool shown)
{
    if (Field *target = field(key)) {
        target->shown = shown;
        target->label->setVisible(shown);
        target->editor->parentWidget()->setVisible(shown);
    }
}

void RecordFormFields::setRequired(const QString &key, bool required)
{
    if (Field *target = field(key)) {
        target->required = required;
        if (required)
            reserveProblemLine(*target);
        target->label->setText(
            required ? tr("%1 (required):").arg(target->labelText) : target->labelText + u':');
    }
}

void RecordFormFields::setName(const QString &key, const QString &name)
{
    if (Field *target = field(key)) {
        target->name = name;
        target->editor->setAccessibleName(name);
        accessibleEditor(target->editor)->setAccessibleName(name);
    }
}

void RecordFormFields::finishLayout()
{
    for (Field &candidate : m_fields) {
        if (!candidate.name.isEmpty())
            continue;
        const bool ambiguous =
            std::count_if(m_fields.cbegin(), m_fields.cend(),
                [&candidate](const Field &other) { return other.labelText == candidate.labelText; })
            > 1;
        if (ambiguous && !candidate.groupTitle.isEmpty())
            setName(candidate.key,
                tr("%1 (%2)", "a field's label and its group's title")
                    .arg(candidate.labelText, candidate.groupTitle));
    }
    int widest = 0;
    for (const Field &candidate : std::as_const(m_fields))
        widest = qMax(widest,
            candidate.label->fontMetrics().horizontalAdvance(
                tr("%1 (required):").arg(candidate.labelText)));
    for (const Field &candidate : std::as_const(m_fields))
        candidate.label->setMinimumWidth(widest);
    m_groups->addStretch(1);
}

QString RecordFormFields::problemOf(const Field &field) const
{
    if (!field.shown)
        return QString();
    if (!field.serverProblem.isEmpty())
        return Rules::asSentence(field.serverProblem);
    if (field.required && isEmptyText(field.editor))
        return tr("Required.");
    if (field.check && !isEmptyText(field.editor))
        return Rules::asSentence(field.check()); // an empty optional field is fine
    return QString();
}

QStringList RecordFormFields::check()
{
    QStringList problems;
    for (Field &candidate : m_fields) {
        candidate.currentProblem = problemOf(candidate);
        const bool show = candidate.revealed || !candidate.serverProblem.isEmpty();
        const QString shown = show ? candidate.currentProblem : QString();
        candidate.problem->setText(shown);
        describeProblem(candidate, shown);
        // A reserved line stays, empty; any other appears with its text.
        if (!candidate.reserved)
            candidate.problem->setVisible(!shown.isEmpty());
        else if (!shown.isEmpty())
            keepProblemHeight(candidate);
        if (!candidate.currentProblem.isEmpty())
            problems.append(tr("%1: %2").arg(nameOf(candidate.key), candidate.currentProblem));
    }
    return problems;
}

void RecordFormFields::describeProblem(Field &field, const QString &shown)
{
    // A screen reader says the problem with the field, where the focus is; the field's own
    // description ("Read-only") comes back once the problem is gone.
    QWidget *target = accessibleEditor(field.editor);
    if (!shown.isEmpty()) {
        if (!field.describingProblem)
            field.descriptionBeforeProblem = target->accessibleDescription();
        field.describingProblem = true;
        target->setAccessibleDescription(shown);
    } else if (field.describingProblem) {
        field.describingProblem = false;
        target->setAccessibleDescription(field.descriptionBeforeProblem);
    }
}

void RecordFormFields::revealFieldOf(const QWidget *widget)
{
    for (Field &candidate : m_fields) {
        if (widget == candidate.cell || candidate.cell->isAncestorOf(widget)) {
            candidate.revealed = true;
            return;
        }
    }
}

void RecordFormFields::revealAll()
{
    for (Field &candidate : m_fields)
        candidate.revealed = true;
}

void RecordFormFields::revealWrongValues()
{
    for (Field &candidate : m_fields)
        if (!candidate.currentProblem.isEmpty() && !isEmptyText(candidate.editor))
            candidate.revealed = true;
}

QStringList RecordFormFields::placeServerErrors(
    const QList<ApiError::FieldError> &errors, QWidget **first)
{
    QStringList unplaced;
    *first = nullptr;
    for (const ApiError::FieldError &blamed : errors) {
        Field *target = field(blamed.field);
        if (!target || !target->shown) {
            unplaced.append(blamed.message);
            continue;
        }
        target->serverProblem =
            blamed.message.isEmpty() ? tr("Refused by the service.") : blamed.message;
        target->revealed = true; // and what the user types there next is checked at once
        if (!*first)
            *first = target->editor;
    }
    return unplaced;
}

QStringList RecordFormFields::problems() const
{
    QStringList result;
    for (const Field &candidate : m_fields)
        if (candidate.shown && !candidate.currentProblem.isEmpty())
            result.append(candidate.key);
    return result;
}

QString RecordFormFields::problemAt(const QString &key) const
{
    const Field *target = field(key);
    return target && target->shown ? target->currentProblem : QString();
}

QString RecordFormFields::shownProblemAt(const QString &key) const
{
    const Field *target = field(key);
    return target && target->shown ? target->problem->text() : QString();
}

QString RecordFormFields::nameOf(const QString &key) const
{
    const Field *target = field(key);
    if (!target)
        return QString();
    return target->name.isEmpty() ? target->labelText : target->name;
}

QStringList RecordFormFields::keys() const
{
    QStringList result;
    for (const Field &candidate : m_fields)
        result.append(candidate.key);
    return result;
}

QWidget *RecordFormFields::firstEditableEditor() const
{
    for (const Field &candidate : m_fields) {
        QWidget *editor = candidate.editor;
        if (!candidate.shown || !editor->isEnabled() || !(editor->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QLabel *>(editor))
            continue;
        if (const auto *line = qobject_cast<QLineEdit *>(editor); line && line->isReadOnly())
            continue;
        return editor;
    }
    return nullptr;
}

QWidget *RecordFormFields::firstProblemEditor() const
{
    for (const Field &candidate : m_fields)
        if (candidate.shown && !candidate.currentProblem.isEmpty())
            return candidate.editor;
    return nullptr;
}

QWidget *RecordFormFields::editorFor(const QString &key) const
{
    const Field *target = field(key);
    return target ? target->editor : nullptr;
}

bool RecordFormFields::isShown(const QString &key) const
{
    const Field *target = field(key);
    return target && target->shown;
}
