#pragma once

#include <QStyledItemDelegate>

// Draws a profile in the manager's list as its colour swatch, its name and,
// on a second, quieter line, the identifier support staff quote.
class ProfileListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole, // the profile's id
        DetailRole, // the second line: identifier and service
        UnsavedRole, // true for a profile that is not in the store yet
        // A short mark at the end of the name line when the secret is not
        // in the keychain ("No secret", "This session"); empty otherwise.
        SecretMarkRole,
        SecretMissingRole, // true: the mark is drawn as a problem
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
