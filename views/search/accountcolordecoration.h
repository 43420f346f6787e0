#pragma once

#include <QColor>
#include <QIdentityProxyModel>

// Shows an account's colour tag (a "#rrggbb" of the source's colour role)
// as the decoration of the first column, where the account is named.
class AccountColorDecoration : public QIdentityProxyModel
{
public:
    AccountColorDecoration(int colorRole, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_colorRole(colorRole)
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == 0) {
            const QColor color(QIdentityProxyModel::data(index, m_colorRole).toString());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_colorRole;
};
