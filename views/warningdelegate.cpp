#include "views/warningdelegate.h"

#include "models/lists/pagedtablemodel.h"

#include <QApplication>
#include <QStyle>

void WarningDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PagedTableModel::WarningRole).toString().isEmpty())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = option->fontMetrics.height();
    option->decorationSize = QSize(size, size);
}
