#include "views/profiles/locationchoice.h"

#include <QLineEdit>

LocationChoice::LocationChoice(
    const QList<TwilioLocations::Location> &known, const QString &placeholder, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // No inline completion: typing "ie1" would become "ie1 – Ireland".
    setCompleter(nullptr);
    setInsertPolicy(QComboBox::NoInsert);
    for (const TwilioLocations::Location &location : known)
        addItem(tr("%1 – %2").arg(location.id, location.place), location.id);
    setCurrentIndex(-1);
    lineEdit()->setPlaceholderText(placeholder);
    connect(this, &QComboBox::activated, this, [this](int index) {
        setEditText(itemData(index).toString());
        emit chosen();
    });
}

QString LocationChoice::value() const
{
    return currentText();
}

void LocationChoice::setValue(const QString &value)
{
    setCurrentIndex(-1);
    setEditText(value);
}
