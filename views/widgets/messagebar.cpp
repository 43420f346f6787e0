#include "views/widgets/messagebar.h"

#include "models/lists/tooltip.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QColor mix(const QColor &a, const QColor &b, qreal ratioOfB)
{
    const qreal r = 1.0 - ratioOfB;
    return QColor::fromRgbF(float(a.redF() * r + b.redF() * ratioOfB),
        float(a.greenF() * r + b.greenF() * ratioOfB), float(a.blueF() * r + b.blueF() * ratioOfB));
}

bool isShowableLink(const QUrl &link)
{
    return link.isValid() && !link.host().isEmpty()
        && (link.scheme() == u"https"_s || link.scheme() == u"http"_s);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon = new QLabel(this);
    m_icon->setObjectName(u"messageIcon"_s);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(u"messageText"_s);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // Rich text with a fixed, escaped body; the URL itself is never put into
    // the markup, the stored QUrl is what gets opened.
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(u"messageLink"_s);
    m_linkLabel->setTextFormat(Qt::RichText);
    m_linkLabel->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_linkLabel->setOpenExternalLinks(false);
    m_linkLabel->setVisible(false);
    connect(m_linkLabel, &QLabel::linkActivated, this, [this] {
        if (isShowableLink(m_link))
            QDesktopServices::openUrl(m_link);
    });

    m_action = new QPushButton(this);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setAutoDefault(false);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_textLabel);
    texts->addWidget(m_linkLabel);

    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin, nullptr, this);
    layout->setContentsMargins(margin, margin / 2 + 2, margin, margin / 2 + 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);

    updateLinkText();
    setVisible(false);
}

void MessageBar::showMessage(
    Type type, const QString &text, const QUrl &link, const QString &actionText)
{
    m_type = type;
    m_text = text;
    m_link = link;
    m_textLabel->setText(text);
    m_textLabel->setAccessibleName(text);
    m_linkLabel->setVisible(isShowableLink(link));
    m_linkLabel->setToolTip(
        isShowableLink(link) ? ToolTip::plain(link.toDisplayString()) : QString());
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    switch (type) {
    case Type::Information:
        setAccessibleName(tr("Information"));
        break;
    case Type::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Type::Error:
        setAccessibleName(tr("Error"));
        break;
    }
    setAccessibleDescription(text);
    updateIcon();
    show();
    update();
    // Screen readers announce the message without the user hunting for it.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::hideMessage()
{
    hide();
    m_text.clear();
    m_link.clear();
    m_textLabel->clear();
    m_linkLabel->setVisible(false);
    m_action->setVisible(false);
}

QColor MessageBar::tint() const
{
    // The palette has no warning or error roles, so these are the hues of
    // KDE's Breeze message widget; they are only ever mixed into the window
    // colour, which keeps the contrast of the window text in light and dark
    // themes.
    switch (m_type) {
    case Type::Information:
        return palette().color(QPalette::Highlight);
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return palette().color(QPalette::Highlight);
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = tint();
    painter.setPen(QPen(mix(window, accent, 0.6), 1.0));
    painter.setBrush(mix(window, accent, 0.18));
    const qreal radius = 4.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    if (event->type() == QEvent::LanguageChange)
        updateLinkText();
}

void MessageBar::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_type == Type::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_type == Type::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(pixmap, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
    m_icon->setVisible(!icon.isNull());
}

void MessageBar::updateLinkText()
{
    m_linkLabel->setText(u"<a href=\"#more\">%1</a>"_s.arg(tr("More information").toHtmlEscaped()));
}
