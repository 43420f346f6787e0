#pragma once

#include <QLineEdit>

class QAction;

// A line edit for secrets (SIP passwords, API tokens): masked by default, with
// a trailing eye button (and Ctrl+Shift+R while focused) that shows the text.
// The input method hints stay "sensitive" in both states so that a revealed
// password never reaches an on-screen keyboard's dictionary.
class PasswordLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(bool revealed READ isRevealed WRITE setRevealed NOTIFY revealedChanged)

public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);
    explicit PasswordLineEdit(const QString &text, QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);

    QAction *revealAction() const { return m_revealAction; }

signals:
    void revealedChanged(bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRevealState();
    void updateActionLook();

    QAction *m_revealAction = nullptr;
};
