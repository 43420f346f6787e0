#include "views/widgets/accountstrip.h"

#include "views/widgets/statuscolors.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPadding = 4;
// Below this contrast with the window the band's edge is hard to see.
constexpr double kVisibleEdge = 1.5;

} // namespace

AccountStrip::AccountStrip(const QString &accountText, QWidget *parent)
    : QWidget(parent)
    , m_accountText(accountText)
{
    setObjectName(u"accountStrip"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setVisible(false);
}

void AccountStrip::setColor(const QString &color)
{
    const QColor parsed = QColor::fromString(color);
    m_color = color.size() == 7 && parsed.isValid() ? parsed : QColor();
    setAccessibleName(tr("Profile colour"));
    setAccessibleDescription(m_color.isValid() ? m_color.name() : QString());
    setToolTip(m_color.isValid()
            ? tr("The colour of the profile of %1 (%2)").arg(m_accountText, m_color.name())
            : QString());
    setVisible(m_color.isValid());
    update();
}

QColor AccountStrip::textColor() const
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return StatusColors::contrastRatio(m_color, black) >= StatusColors::contrastRatio(m_color, white)
        ? black
        : white;
}

bool AccountStrip::isOutlined() const
{
    return StatusColors::contrastRatio(m_color, palette().color(QPalette::Window)) < kVisibleEdge;
}

QSize AccountStrip::sizeHint() const
{
    const QFontMetrics metrics(font());
    return { metrics.horizontalAdvance(m_accountText) + 4 * kPadding,
        metrics.height() + 2 * kPadding };
}

QSize AccountStrip::minimumSizeHint() const
{
    return { 4 * kPadding, sizeHint().height() };
}

void AccountStrip::paintEvent(QPaintEvent *)
{
    if (!m_color.isValid())
        return;
    QPainter painter(this);
    const QRect band = rect();
    painter.fillRect(band, m_color);
    if (isOutlined()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(band.adjusted(0, 0, -1, -1));
    }
    painter.setPen(textColor());
    const QRect textArea = band.adjusted(2 * kPadding, 0, -2 * kPadding, 0);
    painter.drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(m_accountText, Qt::ElideMiddle, textArea.width()));
}
