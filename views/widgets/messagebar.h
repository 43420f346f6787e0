#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;

// An inline message at the top of a form or page, in the manner of
// KMessageWidget: a tinted box with an icon, the text, an optional "More
// information" link and an optional action button. The text is always shown
// as plain text because it often comes from a service's error message.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);

    // Only http and https links are shown: the link comes from the service too.
    void showMessage(
        Type type, const QString &text, const QUrl &link = {}, const QString &actionText = {});
    void hideMessage();

    QString text() const { return m_text; }
    Type type() const { return m_type; }
    QUrl link() const { return m_link; }

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    void updateLinkText();
    QColor tint() const;

    Type m_type = Type::Information;
    QString m_text;
    QUrl m_link;
    QLabel *m_icon = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_linkLabel = nullptr;
    QPushButton *m_action = nullptr;
};
