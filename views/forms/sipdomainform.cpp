#include "views/forms/sipdomainform.h"

#include "views/forms/choicebox.h"
#include "views/forms/domainauthsection.h"
#include "views/forms/sipauthformparts.h"
#include "views/widgets/messagebar.h"

#include "models/api/apirequest.h"
#include "models/api/twilioclient.h"
#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
    addDomainSuffixOffer();

    QGridLayout *voice = addGroup(tr("Voice"));
    addText(voice, "VoiceUrl", tr("URL"), tr("https://example.com/voice"), &Rules::urlProblem);
    addMethod(voice, "VoiceMethod", tr("Method"));
    setFieldName(u"VoiceUrl"_s, tr("Voice URL"));
    setFieldName(u"VoiceMethod"_s, tr("Voice method"));
    QGridLayout *fallback = addGroup(tr("Fallback"));
    addText(fallback, "VoiceFallbackUrl", tr("URL"), tr("Requested when the voice URL fails"),
        &Rules::urlProblem);
    addMethod(fallback, "VoiceFallbackMethod", tr("Method"));
    setFieldName(u"VoiceFallbackUrl"_s, tr("Fallback URL"));
    setFieldName(u"VoiceFallbackMethod"_s, tr("Fallback method"));
    QGridLayout *status = addGroup(tr("Status callback"));
    addText(status, "VoiceStatusCallbackUrl", tr("URL"), tr("Receives call status changes"),
        &Rules::urlProblem);
    addMethod(status, "VoiceStatusCallbackMethod", tr("Method"));
    setFieldName(u"VoiceStatusCallbackUrl"_s, tr("Status callback URL"));
    setFieldName(u"VoiceStatusCallbackMethod"_s, tr("Status callback method"));

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

    QGridLayout *authentication = addGroup(tr("Authentication"));
    m_auth = new DomainAuthSection(client, m_before.sid);
    authentication->addWidget(m_auth, 0, 0, 1, -1);
    connect(m_auth, &DomainAuthSection::changed, this, &SipDomainForm::revalidate);
    QCheckBox *registration = m_bools.value(u"SipRegistration"_s);
    m_auth->setRegistrationEnabled(registration->isChecked());
    connect(registration, &QCheckBox::toggled, m_auth, &DomainAuthSection::setRegistrationEnabled);

    finishLayout();
    resize(600, 760);
    m_pristine = current();
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

// Offered, never forced: a name typed without Twilio's suffix gets a button
// that completes it, beside the field's problem. Its room is kept while it
// is hidden, so that nothing moves as it comes and goes with the typing.
void SipDomainForm::addDomainSuffixOffer()
{
    QLineEdit *name = m_texts.value(u"DomainName"_s);
    m_addSuffix = new QPushButton(tr("Add .sip.twilio.com"));
    m_addSuffix->setObjectName(u"addDomainSuffixButton"_s);
    QSizePolicy policy = m_addSuffix->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_addSuffix->setSizePolicy(policy);
    auto *problem = findChild<QLabel *>(u"DomainNameProblem"_s);
    SipAuthFormParts::besideEditor(problem)->addWidget(m_addSuffix, 0, Qt::AlignTop);
    auto offer = [this, name] {
        const QString typed = name->text().trimmed();
        const QString completed = Rules::withDomainSuffix(typed);
        m_addSuffix->setVisible(!typed.isEmpty() && completed != typed);
        m_addSuffix->setToolTip(tr("Change the name to %1").arg(completed));
    };
    connect(name, &QLineEdit::textChanged, this, offer);
    connect(m_addSuffix, &QPushButton::clicked, this, [name] {
        name->setText(Rules::withDomainSuffix(name->text()));
        name->setFocus(Qt::OtherFocusReason);
    });
    offer();
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
    // A new domain starts from the form's defaults, not from an empty record: only what the
    // user changed since counts.
    const SipDomain &baseline = mode() == Mode::Create ? m_pristine : m_before;
    return !TwilioClient::changedFields(baseline, current()).isEmpty() || m_auth->hasChanges();
}

ApiRequest *SipDomainForm::sendRequest()
{
    m_saved.reset();
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

bool SipDomainForm::startFurtherSteps(const ApiRequest *request)
{
    if (!m_client || !m_auth->hasChanges())
        return false;
    if (request) {
        m_saved = TwilioClient::domainFrom(*request);
        // The fields now hold what was saved: a later Save sends only what changes next.
        m_before = *m_saved;
    }
    if (m_before.sid.isEmpty())
        return false;
    m_mappingFailures.clear();
    DomainAuthMappings *mappings = m_auth->mappings();
    connect(mappings, &DomainAuthMappings::finished, this, &SipDomainForm::onMappingsApplied,
        Qt::SingleShotConnection);
    auto showProgress = [this](int answered, int total) {
        messageBar()->showMessage(MessageBar::Type::Information,
            tr("Saving the authentication: %1 of %2 changes…").arg(answered + 1).arg(total));
    };
    auto *progress = new QObject(this);
    connect(
        mappings, &DomainAuthMappings::progress, progress, [showProgress](int answered, int total) {
            if (answered < total)
                showProgress(answered, total);
        });
    connect(mappings, &DomainAuthMappings::finished, progress, &QObject::deleteLater);
    showProgress(0, int(mappings->changes().size()));
    mappings->apply(m_before.sid);
    return true;
}

void SipDomainForm::onMappingsApplied()
{
    m_mappingFailures = m_auth->showResults();
    revalidate();
    if (!m_client) {
        finishMappingSave(m_saved ? QVariant::fromValue(*m_saved) : QVariant(),
            tr("The account was closed before the save finished."));
        return;
    }
    ApiRequest *request = m_client->fetchDomain(m_before.sid);
    m_refetch = request;
    connect(request, &ApiRequest::finished, this, [this, request] { onRefetched(request); });
    // Still connected when it goes unanswered, with its client.
    connect(request, &QObject::destroyed, this, [this] {
        if (isSaving())
            onRefetched(nullptr);
    });
}

void SipDomainForm::onRefetched(ApiRequest *request)
{
    if (request)
        request->disconnect(this);
    m_refetch.clear();
    if (request && !request->error()) {
        // Its auth_type follows the mappings just changed.
        m_before = TwilioClient::domainFrom(*request);
        finishMappingSave(QVariant::fromValue(m_before), {});
        return;
    }
    const QString why = request ? request->error().userMessage() : tr("The account was closed.");
    finishMappingSave(m_saved ? QVariant::fromValue(*m_saved) : QVariant(),
        tr("The domain could not be read again: %1").arg(why));
}

void SipDomainForm::finishMappingSave(const QVariant &record, const QString &problem)
{
    QStringList lines = m_mappingFailures;
    if (!problem.isEmpty())
        lines.append(problem);
    const bool created = mode() == Mode::Create && !m_before.sid.isEmpty();
    messageBar()->hideMessage();
    finishSteps(record, lines.join(u'\n'));
    if (!lines.isEmpty() && created && isVisible()) {
        // It exists now: another Save changes it instead of creating another.
        setMode(Mode::Edit);
        setWindowTitle(tr("Edit SIP Domain — %1").arg(m_before.domainName));
    }
    revalidate();
}
