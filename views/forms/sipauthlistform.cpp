#include "views/forms/sipauthlistform.h"

#include "views/forms/sipauthformparts.h"

#include "models/api/apirequest.h"
#include "models/validation/rules.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

const QString kFriendlyName = u"FriendlyName"_s;

std::optional<SipAuthList> asList(const auto &existing)
{
    return existing ? std::optional<SipAuthList>(*existing) : std::nullopt;
}

} // namespace

SipAuthListForm::SipAuthListForm(TwilioClient *client, const QString &accountText,
    const std::optional<SipAuthList> &existing, const Flavour &flavour, QWidget *parent)
    : RecordForm(existing ? Mode::Edit : Mode::Create, accountText, parent)
    , m_client(client)
    , m_before(existing.value_or(SipAuthList()))
    , m_collection(flavour.collection)
{
    QGridLayout *general = addGroup(tr("General"));
    m_name = new QLineEdit(m_before.friendlyName);
    m_name->setCursorPosition(0);
    m_name->setPlaceholderText(flavour.placeholder);
    m_name->setClearButtonEnabled(true);
    const auto rule = flavour.nameProblem;
    addField(general, kFriendlyName, tr("Friendly name"), m_name,
        [this, rule] { return rule(m_name->text().trimmed()); });
    setFieldRequired(kFriendlyName, true);
    SipAuthFormParts::addNote(m_name, flavour.note);
    if (existing) {
        addField(general, u"Sid"_s, tr("SID"), SipAuthFormParts::readOnlyText(m_before.sid), {});
    }
    finishLayout();
    resize(520, 300);
}

FormFields SipAuthListForm::requestFields() const
{
    const QString name = editedValue(m_name->text(), m_before.friendlyName);
    if (mode() == Mode::Edit && name == m_before.friendlyName)
        return {};
    return { { kFriendlyName, name } };
}

bool SipAuthListForm::hasUnsavedChanges() const
{
    // A create always sends the name, typed or not: only a typed one is worth keeping.
    if (mode() == Mode::Create)
        return !m_name->text().trimmed().isEmpty();
    return !requestFields().isEmpty();
}

ApiRequest *SipAuthListForm::sendRequest()
{
    if (!m_client)
        return nullptr;
    const FormFields fields = requestFields();
    if (mode() == Mode::Create)
        return m_client->create(m_collection, fields);
    return fields.isEmpty() ? nullptr : m_client->update(m_collection, m_before.sid, fields);
}

CredentialListForm::CredentialListForm(TwilioClient *client, const QString &accountText,
    const std::optional<CredentialList> &existing, QWidget *parent)
    : SipAuthListForm(client, accountText, asList(existing),
        { TwilioCollections::credentialLists(), &Rules::friendlyNameProblem,
            tr("e.g. Scranton desk phones"),
            tr("Up to %1 characters. Shown when you map the list to a SIP domain.")
                .arg(Rules::kFriendlyNameMaxLength) },
        parent)
{
    setObjectName(u"credentialListForm"_s);
    setWindowTitle(existing ? tr("Edit Credential List — %1").arg(existing->friendlyName)
                            : tr("New Credential List"));
}

QVariant CredentialListForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(CredentialList::fromJson(request.json().object()));
}

IpAccessControlListForm::IpAccessControlListForm(TwilioClient *client, const QString &accountText,
    const std::optional<IpAccessControlList> &existing, QWidget *parent)
    : SipAuthListForm(client, accountText, asList(existing),
        { TwilioCollections::ipAccessControlLists(), &Rules::longFriendlyNameProblem,
            tr("e.g. Office gateways"),
            tr("Up to %1 characters. Shown when you map the list to a SIP domain.")
                .arg(Rules::kLongFriendlyNameMaxLength) },
        parent)
{
    setObjectName(u"ipAccessControlListForm"_s);
    setWindowTitle(existing ? tr("Edit IP Access Control List — %1").arg(existing->friendlyName)
                            : tr("New IP Access Control List"));
}

QVariant IpAccessControlListForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(IpAccessControlList::fromJson(request.json().object()));
}
