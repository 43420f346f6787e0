#pragma once

#include <QString>
#include <QStringList>

class QComboBox;
class QWidget;

// A combo box over a closed set of API values, with an optional first entry
// meaning "not set" (empty data). A value the service returned that is not
// in the set is kept as an extra entry, so that opening a form never
// changes a field the user did not touch.
QComboBox *makeChoiceBox(
    const QStringList &values, const QString &unsetText = {}, QWidget *parent = nullptr);
void setChoice(QComboBox *box, const QString &value);
// The selected API value; null when the "not set" entry is selected.
QString choice(const QComboBox *box);
