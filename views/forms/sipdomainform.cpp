#include "views/forms/sipdomainform.h"

#include "views/forms/choicebox.h"

#include "models/api/twilioclient.h"
#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

const SipDomain::TextField &textField(const char *formName)
{
    for (const auto &field : SipDomain::writableTextFields())
        if (qstrcmp(field.formName, formName) == 0)
            return field;
    Q_UNREACHABLE();
}

const SipDomain::BoolField &boolField(const char *formName)
{
    for (const auto &field : SipDomain::writableBoolFields())
        if (qstrcmp(field.formName, formName) == 0)
            return field;
    Q_UNREACHABLE();
}

std::function<QString(const QString &)> sidRule(QStringView prefix)
{
    return [prefix](const QString &value) { return Rules::sidProblem(value, prefix); };
}

} // namespace

SipDomainForm::SipDomainForm(TwilioClient *client, const QString &accountText,
    const std::optional<SipDomain> &existing, QWidget *parent)
    : RecordForm(existing ? Mode::Edit : Mode::Create, accountText, parent)
    , m_client(client)
    , m_before(existing.value_or(SipDomain()))
{
    setObjectName(u"sipDomainForm"_s);
    setWindowTitle(
        existing ? tr("Edit SIP Domain — %1").arg(existing->domainName) : tr("New SIP Domain"));

    QGridLayout *general = addGroup(tr("General"));
    addText(general, "FriendlyName", tr("Friendly name"), tr("e.g. Scranton Office"),
        &Rules::friendlyNameProblem);
    addText(general, "DomainName", tr("Domain name"), tr("e.g. scranton.sip.twilio.com"),
        &Rules::domainNameProblem);
    setFieldRequired(u"DomainName"_s, true);

    QGridLayout *voice = addGroup(tr("Voice"));
    addText(voice, "VoiceUrl", tr("URL"), tr("https://example.com/voice"), &Rules::urlProblem);
    addMethod(voice, "VoiceMethod", tr("Method"));
    QGridLayout *fallback = addGroup(tr("Fallback"));
    addText(fallback, "VoiceFallbackUrl", tr("URL"), tr("Requested when the voice URL fails"),
        &Rules::urlProblem);
    addMethod(fallback, "VoiceFallbackMethod", tr("Method"));
    QGridLayout *status = addGroup(tr("Status callback"));
    addText(status, "VoiceStatusCallbackUrl", tr("URL"), tr("Receives call status changes"),
        &Rules::urlProblem);
    addMethod(status, "VoiceStatusCallbackMethod", tr("Method"));

    QGridLayout *emergency = addGroup(tr("Emergency calling"));
    addBool(emergency, "EmergencyCallingEnabled", tr("Emergency calling"),
        tr("Allow emergency calls from this domain"));
    addText(emergency, "EmergencyCallerSid", tr("Emergency caller SID"), tr("PN… phone number SID"),
        sidRule(Rules::kPhoneNumberSid));

    QGridLayout *security = addGroup(tr("Registration and security"));
    addBool(security, "SipRegistration", tr("SIP registration"),
        tr("Let SIP devices register with this domain"));
    addBool(security, "Secure", tr("Secure media"), tr("Require TLS signalling and SRTP media"));

    QGridLayout *byoc = addGroup(tr("BYOC trunk"));
    addText(byoc, "ByocTrunkSid", tr("BYOC trunk SID"), tr("BY… (empty: none)"),
        sidRule(Rules::kByocTrunkSid));

    finishLayout();
    resize(560, 640);
}

void SipDomainForm::addText(QGridLayout *group, const char *formName, const QString &label,
    const QString &placeholder, std::function<QString(const QString &)> rule)
{
    auto *edit = new QLineEdit(m_before.*textField(formName).member);
    edit->setCursorPosition(0); // long values show their start, not their end
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    const QString key = QLatin1String(formName);
    m_texts.insert(key, edit);
    addField(group, key, label, edit, [edit, rule] { return rule(edit->text().trimmed()); });
}

void SipDomainForm::addMethod(QGridLayout *group, const char *formName, const QString &label)
{
    QComboBox *box = makeChoiceBox(TwilioVocabulary::httpMethods(), tr("Service default (POST)"));
    setChoice(box, m_before.*textField(formName).member);
    const QString key = QLatin1String(formName);
    m_methods.insert(key, box);
    addField(group, key, label, box, [box] {
        const QString value = choice(box);
        return value.isEmpty() ? QString()
                               : Rules::enumProblem(value, TwilioVocabulary::httpMethods());
    });
}

void SipDomainForm::addBool(
    QGridLayout *group, const char *formName, const QString &label, const QString &explanation)
{
    auto *check = new QCheckBox(explanation);
    check->setChecked(m_before.*boolField(formName).member);
    const QString key = QLatin1String(formName);
    m_bools.insert(key, check);
    addField(group, key, label, check, {});
}

SipDomain SipDomainForm::current() const
{
    SipDomain domain = m_before;
    for (const auto &field : SipDomain::writableTextFields()) {
        const QString key = QLatin1String(field.formName);
        const QString value = m_texts.contains(key)
            ? editedValue(m_texts.value(key)->text(), domain.*field.member)
            : choice(m_methods.value(key));
        // An untouched null stays null, so that it does not count as a change.
        if (value.isEmpty() && (domain.*field.member).isEmpty())
            continue;
        domain.*field.member = value;
    }
    for (const auto &field : SipDomain::writableBoolFields())
        domain.*field.member = m_bools.value(QLatin1String(field.formName))->isChecked();
    return domain;
}

bool SipDomainForm::hasUnsavedChanges() const
{
    return !TwilioClient::changedFields(m_before, current()).isEmpty();
}

ApiRequest *SipDomainForm::sendRequest()
{
    if (!m_client)
        return nullptr;
    const FormFields changed = TwilioClient::changedFields(m_before, current());
    if (mode() == Mode::Create)
        return m_client->createDomain(changed);
    return changed.isEmpty() ? nullptr : m_client->updateDomain(m_before.sid, changed);
}

QVariant SipDomainForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(TwilioClient::domainFrom(request));
}
