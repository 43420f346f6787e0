#pragma once

#include "models/accounts/account.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

// The toolbar's account switcher: the accounts with their colour tags, the
// open account's SID or project id (and "Read-only" when it is), and "Switch to" actions with Ctrl+1…9
// for the first nine.
class AccountSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit AccountSwitcher(QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    // Shows index as the open account (-1: none) without emitting.
    void setCurrent(int index);
    // One checkable action per account, Ctrl+1…9 on the first nine; rebuilt
    // by setAccounts().
    QList<QAction *> switchActions() const { return m_actions; }

signals:
    void accountChosen(int index);
    void actionsChanged();

private:
    QComboBox *m_box;
    QLabel *m_color;
    QLabel *m_identifier;
    QLabel *m_readOnly;
    QList<Account> m_accounts;
    QList<QAction *> m_actions;
};
