#include "views/accountswitcher.h"

#include "views/widgets/colorswatch.h"

#include "models/lists/tooltip.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

AccountSwitcher::AccountSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_box(new QComboBox(this))
    , m_color(new QLabel(this))
    , m_identifier(new QLabel(this))
    , m_readOnly(new QLabel(tr("Read-only"), this))
{
    auto *label = new QLabel(tr("&Account:"), this);
    m_box->setObjectName(u"accountSwitcher"_s);
    m_box->setAccessibleName(tr("Account"));
    m_box->setMinimumContentsLength(22);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setEnabled(false);
    label->setBuddy(m_box);
    m_color->setObjectName(u"accountColor"_s);
    m_identifier->setObjectName(u"accountIdentifier"_s);
    m_identifier->setTextFormat(Qt::PlainText);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identifier->setToolTip(tr("Account SID or project id of the open account"));
    m_readOnly->setObjectName(u"accountReadOnly"_s);
    m_readOnly->setToolTip(tr("The open profile is read-only: SipDesk sends no changes to this "
                              "account. Manage Profiles changes that."));
    QFont bold = m_readOnly->font();
    bold.setBold(true);
    m_readOnly->setFont(bold);
    m_readOnly->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_color);
    layout->addWidget(m_box);
    layout->addSpacing(8);
    layout->addWidget(m_identifier);
    layout->addSpacing(8);
    layout->addWidget(m_readOnly);
    connect(m_box, &QComboBox::activated, this, &AccountSwitcher::accountChosen);
}

void AccountSwitcher::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    qDeleteAll(m_actions);
    m_actions.clear();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    const int iconSize = fontMetrics().height() - 4;
    for (int index = 0; index < accounts.size(); ++index) {
        const Account &account = accounts.at(index);
        const QIcon icon = colorSwatch(account.color, iconSize, NoColor::Blank);
        m_box->addItem(icon, account.name);
        m_box->setItemData(index, ToolTip::plain(account.identifier()), Qt::ToolTipRole);
        auto *action = new QAction(icon, account.name, this);
        action->setObjectName(u"switchAccount%1"_s.arg(index + 1));
        action->setCheckable(true);
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { emit accountChosen(index); });
        m_actions.append(action);
    }
    m_box->setEnabled(!accounts.isEmpty());
    setCurrent(-1);
    emit actionsChanged();
}

void AccountSwitcher::setCurrent(int index)
{
    const bool valid = index >= 0 && index < m_accounts.size();
    {
        const QSignalBlocker blocker(m_box);
        m_box->setCurrentIndex(valid ? index : -1);
    }
    for (int other = 0; other < m_actions.size(); ++other)
        m_actions.at(other)->setChecked(other == index);
    const Account account = valid ? m_accounts.at(index) : Account();
    m_identifier->setText(valid ? account.identifier() : QString());
    m_readOnly->setVisible(valid && account.readOnly);
    const int size = fontMetrics().height() - 2;
    m_color->setPixmap(colorSwatch(account.color, size, NoColor::Blank).pixmap(size, size));
    m_color->setVisible(QColor(account.color).isValid());
    m_color->setToolTip(ToolTip::plain(account.color));
}
