#pragma once

#include <QDialog>
#include <QStringList>

class AccountStrip;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks before deleting records at the service. Says which account it acts on
// and that there is no undo; Cancel is the default button, and deleting more
// than one record needs the count typed in first, so that neither Enter nor a
// hurried click deletes a selection the user did not mean.
class DeleteConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    // resourceKind is singular ("SIP domain"); the dialog counts and
    // pluralises it.
    // consequence: what else the deletion changes, if anything.
    DeleteConfirmationDialog(const QString &accountText, const QString &resourceKind,
        const QStringList &resourceNames, QWidget *parent = nullptr,
        const QString &consequence = {});

    // The records counted in their kind's own words ("2 credentials"), for
    // a kind the dialog does not count itself.
    void setCountedText(const QString &counted);
    // Where the records go from when that is not the account's top level:
    // a member's list ("the credential list “Front desk”").
    void setContainer(const QString &container);
    // The profile's "#rrggbb" colour as a strip across the top; empty for none.
    void setAccountColor(const QString &color);

    bool requiresTypedCount() const { return m_count > 1; }
    int count() const { return m_count; }

    // The most names listed before "and N more".
    static constexpr int maxListedNames = 10;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *makeHeading();
    void updateTexts();
    QFormLayout *makeDetails(const QString &accountText, const QStringList &resourceNames);
    QHBoxLayout *makeCountConfirmation();
    QDialogButtonBox *makeButtons();
    QString countedKind(const QString &resourceKind) const;
    bool typedCountMatches() const;
    void updateDeleteButton();

    int m_count = 0;
    QString m_counted;
    QString m_container;
    AccountStrip *m_strip = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_countEdit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
};
