#pragma once

#include <QWidget>

class QHBoxLayout;
class QToolButton;

// A profile's colour tag: none, one of six presets, or any colour from a
// colour dialog ("Other…", which also takes the focus).
class ProfileColorRow : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileColorRow(QWidget *parent = nullptr);

    // "#rrggbb", or empty for none.
    QString color() const { return m_color; }
    // Shows color; emits nothing.
    void setColor(const QString &color);

signals:
    // The user picked a colour.
    void chosen();

private:
    void addSwatch(QHBoxLayout *row, const QString &color, const QString &name, int index);
    void chooseOther();

    QString m_color;
    QToolButton *m_other = nullptr;
};
