#include "views/profiles/profilelistactions.h"

#include <QAction>
#include <QGridLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

ProfileListActions::ProfileListActions(QWidget *list, QWidget *parent)
    : QWidget(parent)
{
    createButtons();
    createShortcuts(list);
}

QPushButton *ProfileListActions::makeButton(
    const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

void ProfileListActions::createButtons()
{
    m_addTwilio = makeButton(tr("New T&wilio profile"), u"addTwilioButton"_s, this);
    m_addTwilio->setToolTip(tr("Add a Twilio account (Ctrl+N)"));
    m_addSignalWire = makeButton(tr("New Si&gnalWire profile"), u"addSignalWireButton"_s, this);
    m_addSignalWire->setToolTip(tr("Add a SignalWire project (Ctrl+Shift+N)"));
    m_duplicate = makeButton(tr("&Duplicate"), u"duplicateButton"_s, this);
    m_duplicate->setToolTip(tr("Copy the profile without its secret (Ctrl+D)"));
    m_remove = makeButton(tr("Re&move…"), u"removeButton"_s, this);
    m_remove->setToolTip(tr("Remove the profile and its secret (Del)"));
    m_importEnvironment =
        makeButton(tr("Import from env&ironment"), u"importEnvironmentButton"_s, this);
    m_importEnvironment->setToolTip(tr("Read TWILIO_* and SIGNALWIRE_* variables of this process"));
    m_importTwilioCli =
        makeButton(tr("Import from Twilio &CLI…"), u"importTwilioCliButton"_s, this);
    m_importTwilioCli->setToolTip(tr("Read the profiles of the Twilio CLI's config.json"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_addTwilio, 0, 0);
    grid->addWidget(m_addSignalWire, 0, 1);
    grid->addWidget(m_duplicate, 1, 0);
    grid->addWidget(m_remove, 1, 1);
    grid->addWidget(m_importEnvironment, 2, 0);
    grid->addWidget(m_importTwilioCli, 2, 1);

    connect(m_addTwilio, &QPushButton::clicked, this,
        [this] { emit addRequested(Account::Service::Twilio); });
    connect(m_addSignalWire, &QPushButton::clicked, this,
        [this] { emit addRequested(Account::Service::SignalWire); });
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileListActions::duplicateRequested);
    connect(m_remove, &QPushButton::clicked, this, &ProfileListActions::removeRequested);
    connect(m_importEnvironment, &QPushButton::clicked, this,
        &ProfileListActions::importEnvironmentRequested);
    connect(m_importTwilioCli, &QPushButton::clicked, this,
        &ProfileListActions::importTwilioCliRequested);
}

void ProfileListActions::createShortcuts(QWidget *list)
{
    // Window shortcuts: they reach this widget's window wherever the focus is.
    auto *newTwilio = new QAction(tr("New Twilio Profile"), this);
    newTwilio->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newTwilio, &QAction::triggered, this, [this] {
        if (m_addTwilio->isEnabled())
            emit addRequested(Account::Service::Twilio);
    });
    addAction(newTwilio);

    auto *newSignalWire = new QAction(tr("New SignalWire Profile"), this);
    newSignalWire->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newSignalWire, &QAction::triggered, this, [this] {
        if (m_addSignalWire->isEnabled())
            emit addRequested(Account::Service::SignalWire);
    });
    addAction(newSignalWire);

    auto *duplicate = new QAction(tr("Duplicate Profile"), this);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(duplicate, &QAction::triggered, this, &ProfileListActions::duplicateRequested);
    addAction(duplicate);

    auto *remove = new QAction(tr("Remove Profile"), list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ProfileListActions::removeRequested);
    list->addAction(remove);
}

void ProfileListActions::update(bool busy, bool hasCurrent, bool currentSaved)
{
    m_addTwilio->setEnabled(!busy);
    m_addSignalWire->setEnabled(!busy);
    m_duplicate->setEnabled(!busy && currentSaved);
    m_remove->setEnabled(!busy && hasCurrent);
    m_importEnvironment->setEnabled(!busy);
    m_importTwilioCli->setEnabled(!busy);
}
