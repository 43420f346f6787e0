#include "views/profiles/profilelistdelegate.h"

#include "views/widgets/statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int kMargin = 6;
constexpr int kSwatchSize = 16;

} // namespace

void ProfileListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The background and focus frame as the style draws them; text and icon
    // are ours, because the default delegate cannot give two lines two looks.
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect content = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(content.left(),
        content.top() + (opt.fontMetrics.height() - kSwatchSize) / 2 + kMargin / 2, kSwatchSize,
        kSwatchSize);
    icon.paint(painter, iconRect);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    QRect textRect = content;
    textRect.setLeft(iconRect.right() + kMargin + 2);
    painter->save();
    painter->setPen(textColor);
    QFont nameFont = opt.font;
    nameFont.setItalic(index.data(UnsavedRole).toBool());
    painter->setFont(nameFont);
    const QFontMetrics nameMetrics(nameFont);
    QRect line(
        textRect.left(), textRect.top() + kMargin / 2, textRect.width(), nameMetrics.height());
    // The secret's mark keeps its place at the right; the name gives way.
    const QString mark = index.data(SecretMarkRole).toString();
    int nameWidth = line.width();
    if (!mark.isEmpty()) {
        const QFontMetrics markMetrics(opt.font);
        const int markWidth = markMetrics.horizontalAdvance(mark);
        painter->save();
        painter->setFont(opt.font);
        if (index.data(SecretMissingRole).toBool() && !selected)
            painter->setPen(StatusColors::text(StatusColors::Status::Error, option.palette));
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, mark);
        painter->restore();
        nameWidth = std::max(0, line.width() - markWidth - kMargin);
    }
    painter->drawText(QRect(line.topLeft(), QSize(nameWidth, line.height())),
        Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, nameWidth));

    const QString detail = index.data(DetailRole).toString();
    if (!detail.isEmpty()) {
        QFont detailFont = opt.font;
        detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
        const QFontMetrics detailMetrics(detailFont);
        QColor detailColor = textColor;
        if (!selected)
            detailColor.setAlphaF(0.7f);
        painter->setFont(detailFont);
        painter->setPen(detailColor);
        line = QRect(line.left(), line.bottom() + 2, line.width(), detailMetrics.height());
        // The end of a SID is what people compare, so the middle goes.
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            detailMetrics.elidedText(detail, Qt::ElideMiddle, line.width()));
    }
    painter->restore();
}

QSize ProfileListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont detailFont = option.font;
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    const int height =
        option.fontMetrics.height() + QFontMetrics(detailFont).height() + 2 + 2 * kMargin;
    const int width = QStyledItemDelegate::sizeHint(option, index).width() + kSwatchSize;
    return { width, height };
}
