#pragma once

#include "models/profiles/twiliolocations.h"

#include <QComboBox>

// An editable choice of a Twilio region or edge: the known ids with the
// place each stands for in the list, while any other value can be typed
// (the profile's rules check it as any typed value). Choosing puts the bare
// id into the field.
class LocationChoice : public QComboBox
{
    Q_OBJECT

public:
    LocationChoice(const QList<TwilioLocations::Location> &known, const QString &placeholder,
        QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);

signals:
    // The user picked an entry of the list (typing is the line edit's textEdited).
    void chosen();
};
