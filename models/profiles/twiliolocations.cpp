#include "models/profiles/twiliolocations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TwilioLocations", text);
}

} // namespace

QList<TwilioLocations::Location> TwilioLocations::regions()
{
    return {
        { u"us1"_s, tr("United States") },
        { u"ie1"_s, tr("Ireland") },
        { u"au1"_s, tr("Australia") },
    };
}

QList<TwilioLocations::Location> TwilioLocations::edges()
{
    return {
        { u"ashburn"_s, tr("US East Coast (Virginia)") },
        { u"umatilla"_s, tr("US West Coast (Oregon)") },
        { u"dublin"_s, tr("Ireland") },
        { u"frankfurt"_s, tr("Germany (Frankfurt)") },
        { u"sao-paulo"_s, tr("Brazil (São Paulo)") },
        { u"singapore"_s, tr("Singapore") },
        { u"sydney"_s, tr("Australia (Sydney)") },
        { u"tokyo"_s, tr("Japan (Tokyo)") },
    };
}
