#include "views/widgets/colorswatch.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

QIcon colorSwatch(const QString &color, int size, NoColor noColor)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    const QColor fill = QColor::fromString(color);
    if (!fill.isValid() && noColor == NoColor::Blank)
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0.5, 0.5, size - 1, size - 1);
    if (fill.isValid()) {
        painter.setPen(fill.darker(130));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
    } else {
        painter.setPen(QColor(128, 128, 128));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
        painter.drawLine(box.bottomLeft() + QPointF(3, -3), box.topRight() + QPointF(-3, 3));
    }
    return QIcon(pixmap);
}
