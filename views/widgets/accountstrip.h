#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

// The open profile's colour as a band across the top of a form or a
// confirmation, with the account named in it, so that a dialog of a red
// "production" profile cannot pass for one of a test account. The name is
// drawn in black or white, whichever stands out more from the colour; the
// band gets an outline where the colour is close to the window's, as a dark
// colour is in a dark palette. Hidden while the profile has no colour.
class AccountStrip : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStrip(const QString &accountText, QWidget *parent = nullptr);

    // "#rrggbb"; anything else (empty: the profile has none) hides the strip.
    void setColor(const QString &color);
    QColor color() const { return m_color; }
    // What the name is drawn in: black or white, for the colour.
    QColor textColor() const;
    // Whether the band is outlined: its colour alone would barely stand out.
    bool isOutlined() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_accountText;
    QColor m_color;
};
