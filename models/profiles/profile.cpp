#include "models/profiles/profile.h"

#include "models/api/apirequest.h"
#include "models/validation/rules.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Profile", text);
}

constexpr qsizetype kNameMaxLength = 64;

bool isColor(const QString &color)
{
    if (color.size() != 7 || color.front() != u'#')
        return false;
    return std::all_of(color.begin() + 1, color.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QMap<Profile::Field, QString> Profile::problems() const
{
    QMap<Field, QString> problems;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        problems.insert(Field::Name, tr("A name is required."));
    else if (name.size() > kNameMaxLength)
        problems.insert(
            Field::Name, tr("The name may be at most %1 characters long.").arg(kNameMaxLength));

    if (!color.isEmpty() && !isColor(color))
        problems.insert(Field::Color, tr("The color must be empty or #rrggbb (six hex digits)."));

    if (service == Account::Service::Twilio) {
        if (const QString p = Rules::sidProblem(accountSid, Rules::kAccountSid); !p.isEmpty())
            problems.insert(Field::AccountSid, tr("Account SID %1.").arg(p));
        if (twilioAuth == TwilioAuth::ApiKey) {
            if (const QString p = Rules::sidProblem(apiKeySid, Rules::kApiKeySid); !p.isEmpty())
                problems.insert(Field::ApiKeySid, tr("API key SID %1.").arg(p));
        }
        // Both become part of the host name that receives the credentials.
        if (!region.isEmpty()) {
            if (const QString p = Rules::dnsLabelProblem(region); !p.isEmpty())
                problems.insert(Field::Region, tr("Region %1.").arg(p));
        }
        if (!edge.isEmpty()) {
            if (const QString p = Rules::dnsLabelProblem(edge); !p.isEmpty())
                problems.insert(Field::Edge, tr("Edge %1.").arg(p));
        }
    } else {
        // With a base URL of its own (the sandbox) the space names no host,
        // so it may stay empty; when given it must still be a label.
        if (baseUrl.isEmpty() || !space.isEmpty()) {
            if (const QString p = Rules::dnsLabelProblem(space); !p.isEmpty())
                problems.insert(Field::Space, tr("Space %1.").arg(p));
        }
        if (const QString p = Rules::uuidProblem(projectId); !p.isEmpty())
            problems.insert(Field::ProjectId, tr("Project ID %1.").arg(p));
    }

    if (!baseUrl.isEmpty()) {
        if (const QString p = ApiRequest::urlProblem(baseUrl); !p.isEmpty())
            problems.insert(Field::BaseUrl, tr("Base URL: %1.").arg(p));
    }
    return problems;
}

QString Profile::identifier() const
{
    return service == Account::Service::Twilio ? accountSid : projectId;
}

QUrl Profile::effectiveBaseUrl() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    if (service == Account::Service::Twilio)
        return TwilioConnection::regionalBaseUrl(region, edge);
    return SignalWireConnection::spaceBaseUrl(space);
}

bool Profile::usesSameCredentialsAs(const Profile &other) const
{
    return toAccount(QString()).credentialScope() == other.toAccount(QString()).credentialScope();
}

Account Profile::toAccount(const QString &secret) const
{
    Account account;
    account.name = name;
    account.service = service;
    account.profileId = id;
    account.color = color;
    account.readOnly = readOnly;
    if (service == Account::Service::Twilio) {
        account.twilio.baseUrl = effectiveBaseUrl();
        account.twilio.accountSid = accountSid;
        account.twilio.authUser = twilioAuth == TwilioAuth::ApiKey ? apiKeySid : accountSid;
        account.twilio.secret = secret;
    } else {
        account.signalWire.baseUrl = effectiveBaseUrl();
        account.signalWire.projectId = projectId;
        account.signalWire.apiToken = secret;
    }
    return account;
}
