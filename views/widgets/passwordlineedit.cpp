#include "views/widgets/passwordlineedit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {

constexpr Qt::InputMethodHints secretHints =
    Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase;

// No QStyle standard pixmap shows an eye, and the offscreen and Windows
// platforms have no icon theme, so an eye is drawn as the last resort.
QPixmap drawnEye(const QColor &colour, bool struckThrough)
{
    constexpr int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, size / 14.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);

    QPainterPath outline;
    outline.moveTo(size * 0.06, size * 0.5);
    outline.quadTo(size * 0.5, size * 0.05, size * 0.94, size * 0.5);
    outline.quadTo(size * 0.5, size * 0.95, size * 0.06, size * 0.5);
    painter.drawPath(outline);

    painter.setBrush(colour);
    painter.drawEllipse(QPointF(size * 0.5, size * 0.5), size * 0.13, size * 0.13);

    if (struckThrough) {
        painter.drawLine(QPointF(size * 0.15, size * 0.85), QPointF(size * 0.85, size * 0.15));
    }
    return pixmap;
}

QIcon eyeIcon(const QColor &colour, bool struckThrough)
{
    // Breeze names first, then the freedesktop/GNOME symbolic names.
    const QStringList names = struckThrough
        ? QStringList { u"view-hidden"_s, u"view-conceal-symbolic"_s }
        : QStringList { u"view-visible"_s, u"view-reveal-symbolic"_s };
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return QIcon(drawnEye(colour, struckThrough));
}

} // namespace

PasswordLineEdit::PasswordLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(inputMethodHints() | secretHints);

    m_revealAction = new QAction(this);
    m_revealAction->setObjectName(u"revealAction"_s);
    m_revealAction->setCheckable(true);
    // A widget shortcut: the trailing button itself takes no focus, so this is
    // how a keyboard user reaches it, and only while this field has focus.
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, [this](bool checked) {
        applyRevealState();
        emit revealedChanged(checked);
    });
    updateActionLook();
}

PasswordLineEdit::PasswordLineEdit(const QString &text, QWidget *parent)
    : PasswordLineEdit(parent)
{
    setText(text);
}

bool PasswordLineEdit::isRevealed() const
{
    return m_revealAction->isChecked();
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    m_revealAction->setChecked(revealed);
}

void PasswordLineEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange)
        updateActionLook();
}

void PasswordLineEdit::applyRevealState()
{
    setEchoMode(isRevealed() ? QLineEdit::Normal : QLineEdit::Password);
    // QLineEdit::setEchoMode(Normal) drops the sensitive hints again.
    setInputMethodHints(inputMethodHints() | secretHints);
    updateActionLook();
}

void PasswordLineEdit::updateActionLook()
{
    const bool revealed = isRevealed();
    const QString shortcut = m_revealAction->shortcut().toString(QKeySequence::NativeText);
    const QString text = revealed ? tr("Hide password") : tr("Show password");
    m_revealAction->setText(text);
    m_revealAction->setToolTip(text);
    m_revealAction->setStatusTip(tr("%1 (%2)").arg(text, shortcut));
    m_revealAction->setIcon(eyeIcon(palette().color(QPalette::Text), revealed));
}
