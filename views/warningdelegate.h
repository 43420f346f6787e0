#pragma once

#include <QStyledItemDelegate>

// Shows a warning icon in front of a row's first cell when the model's
// WarningRole says the record needs attention (e.g. a SIP domain with no
// authentication mapped, which receives no traffic).
class WarningDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
