#include "views/widgets/orderedchecklist.h"

#include "models/records/vocabulary.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OrderedCheckList::OrderedCheckList(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"items"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_populating)
            userChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OrderedCheckList::updateState);

    createMoveShortcuts();

    m_up = new QToolButton(this);
    m_up->setObjectName(u"moveUp"_s);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp, nullptr, this));
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_up, &QToolButton::clicked, this, &OrderedCheckList::moveCurrentUp);

    m_down = new QToolButton(this);
    m_down->setObjectName(u"moveDown"_s);
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown, nullptr, this));
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_down, &QToolButton::clicked, this, &OrderedCheckList::moveCurrentDown);

    m_reset = new QPushButton(this);
    m_reset->setObjectName(u"resetDefaults"_s);
    m_reset->setAutoDefault(false);
    connect(m_reset, &QPushButton::clicked, this, &OrderedCheckList::resetToDefaults);

    m_note = new QLabel(this);
    m_note->setObjectName(u"defaultsNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    buildLayout();

    // A form label's buddy is this widget; focus belongs in the list.
    setFocusProxy(m_list);
    retranslate();
    updateState();
}

void OrderedCheckList::createMoveShortcuts()
{
    // Widget shortcuts on the list: they act only while the list has focus,
    // which is where the moved item is.
    const auto add = [this](QKeyCombination keys, void (OrderedCheckList::*move)()) {
        auto *action = new QAction(m_list);
        action->setShortcut(QKeySequence(keys));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, move);
        m_list->addAction(action);
    };
    add(Qt::CTRL | Qt::Key_Up, &OrderedCheckList::moveCurrentUp);
    add(Qt::CTRL | Qt::Key_Down, &OrderedCheckList::moveCurrentDown);
}

// The list with the move buttons beside it; below, the note on defaults and
// the reset button.
void OrderedCheckList::buildLayout()
{
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_note, 1);
    footer->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(footer);
}

void OrderedCheckList::setKnownValues(const QStringList &known)
{
    const QStringList checked = checkedValues();
    m_known = known;
    populate(m_usesDefaults ? m_defaults : checked);
}

void OrderedCheckList::setDefaults(const QStringList &defaults)
{
    m_defaults = defaults;
    if (m_usesDefaults)
        populate(m_defaults);
}

void OrderedCheckList::setValue(const QStringList &checkedInOrder)
{
    m_usesDefaults = checkedInOrder.isEmpty();
    populate(m_usesDefaults ? m_defaults : checkedInOrder);
}

QStringList OrderedCheckList::value() const
{
    return m_usesDefaults ? QStringList() : checkedValues();
}

QStringList OrderedCheckList::checkedValues() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            values.append(item->data(ValueRole).toString());
    }
    return values;
}

void OrderedCheckList::moveCurrentUp()
{
    moveCurrent(-1);
}

void OrderedCheckList::moveCurrentDown()
{
    moveCurrent(+1);
}

void OrderedCheckList::resetToDefaults()
{
    if (m_usesDefaults)
        return;
    m_usesDefaults = true;
    populate(m_defaults);
    emit valueChanged();
}

void OrderedCheckList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool OrderedCheckList::isKnown(const QString &value) const
{
    return m_known.contains(SignalWireVocabulary::codecName(value));
}

QString OrderedCheckList::displayText(const QString &value, bool recognised) const
{
    return recognised ? value : tr("%1 (not recognised)").arg(value);
}

void OrderedCheckList::populate(const QStringList &checked)
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(ValueRole).toString() : QString();
    m_populating = true;
    m_list->clear();

    QSet<QString> shownNames;
    auto add = [this, &shownNames](const QString &value, bool isChecked) {
        const bool recognised = isKnown(value);
        auto *item = new QListWidgetItem(displayText(value, recognised));
        item->setData(ValueRole, value);
        item->setData(RecognisedRole, recognised);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
        if (!recognised)
            item->setToolTip(tr("The service returned this value; SipDesk does not know it."));
        m_list->addItem(item);
        shownNames.insert(SignalWireVocabulary::codecName(value));
    };
    for (const QString &value : checked) {
        // A value listed twice is shown once: the list cannot express more.
        if (!shownNames.contains(SignalWireVocabulary::codecName(value)))
            add(value, true);
    }
    for (const QString &value : m_known) {
        if (!shownNames.contains(SignalWireVocabulary::codecName(value)))
            add(value, false);
    }

    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(ValueRole).toString() == current)
            row = i;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(row);
    // Short lists (a handful of codecs) show every row without a scroll bar
    // and without empty space below them.
    const int rows = qBound(3, m_list->count(), 10);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_populating = false;
    updateState();
}

void OrderedCheckList::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_populating = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentItem(item);
    m_populating = false;
    m_list->scrollToItem(item);
    userChanged();
}

void OrderedCheckList::userChanged()
{
    m_usesDefaults = false;
    updateState();
    emit valueChanged();
}

void OrderedCheckList::updateState()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_reset->setEnabled(!m_usesDefaults);
    m_note->setVisible(m_usesDefaults);
}

void OrderedCheckList::retranslate()
{
    const QString upShortcut =
        QKeySequence(Qt::CTRL | Qt::Key_Up).toString(QKeySequence::NativeText);
    const QString downShortcut =
        QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText);
    m_up->setText(tr("Move up"));
    m_up->setAccessibleName(tr("Move up"));
    m_up->setToolTip(tr("Move up: prefer this one more (%1)").arg(upShortcut));
    m_down->setText(tr("Move down"));
    m_down->setAccessibleName(tr("Move down"));
    m_down->setToolTip(tr("Move down: prefer this one less (%1)").arg(downShortcut));
    m_reset->setText(tr("Reset to defaults"));
    m_reset->setToolTip(tr("Use whatever the project uses by default"));
    m_note->setText(tr("Using the project's defaults"));
    m_list->setAccessibleDescription(
        tr("Checked items are used, the first one is preferred. Space checks, %1 and %2 move.")
            .arg(upShortcut, downShortcut));
    populate(m_usesDefaults ? m_defaults : checkedValues());
}
