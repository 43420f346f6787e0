#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

// A preference-ordered pick list (SignalWire codecs, SRTP ciphers): the
// checked items, top to bottom, are the value. An empty value means "the
// project's defaults" to the API, so that state is shown as such and kept
// apart from a list the user built by hand.
class OrderedCheckList : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        // The raw value of an item, e.g. "OPUS@48000h@20i".
        ValueRole = Qt::UserRole + 1,
        // Whether the value's name is one of the known values.
        RecognisedRole,
    };

    explicit OrderedCheckList(QWidget *parent = nullptr);

    void setKnownValues(const QStringList &known);
    QStringList knownValues() const { return m_known; }
    void setDefaults(const QStringList &defaults);
    QStringList defaults() const { return m_defaults; }

    void setValue(const QStringList &checkedInOrder);
    // The checked values in order, or empty in defaults mode.
    QStringList value() const;
    bool usesDefaults() const { return m_usesDefaults; }

    // The checked values as shown, also in defaults mode.
    QStringList checkedValues() const;

    void moveCurrentUp();
    void moveCurrentDown();
    void resetToDefaults();

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMoveShortcuts();
    void buildLayout();
    void populate(const QStringList &checked);
    void moveCurrent(int delta);
    void userChanged();
    void updateState();
    void retranslate();
    QString displayText(const QString &value, bool recognised) const;
    bool isKnown(const QString &value) const;

    QStringList m_known;
    QStringList m_defaults;
    bool m_usesDefaults = true;
    bool m_populating = false;
    QListWidget *m_list = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_note = nullptr;
};
