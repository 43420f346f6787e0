#include "views/forms/ipaddressform.h"

#include "views/forms/sipauthformparts.h"

#include "models/api/apirequest.h"
#include "models/kinds/ipaddresskind.h"
#include "models/validation/rules.h"

#include <QGridLayout>
#include <QHostAddress>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QString kFriendlyName = u"FriendlyName"_s;
const QString kIpAddress = u"IpAddress"_s;
const QString kCidrPrefixLength = u"CidrPrefixLength"_s;

} // namespace

IpAddressForm::IpAddressForm(TwilioClient *client, const QString &accountText,
    const std::optional<IpAddress> &existing, const QString &ipAccessControlListSid,
    QWidget *parent)
    : RecordForm(existing ? Mode::Edit : Mode::Create, accountText, parent)
    , m_client(client)
    , m_before(existing.value_or(IpAddress()))
    , m_listSid(ipAccessControlListSid)
{
    setObjectName(u"ipAddressForm"_s);
    setWindowTitle(
        existing ? tr("Edit IP Address — %1").arg(existing->range()) : tr("New IP Address"));

    QGridLayout *general = addGroup(tr("General"));
    addField(general, u"IpAccessControlListSid"_s, tr("IP access control list"),
        SipAuthFormParts::parentLabel(client, TwilioCollections::ipAccessControlLists(), m_listSid),
        {});
    m_name = addText(general, kFriendlyName, tr("Friendly name"), m_before.friendlyName,
        tr("e.g. Office gateway"), &Rules::longFriendlyNameProblem);
    m_address = addText(general, kIpAddress, tr("IP address"), m_before.ipAddress,
        tr("e.g. 192.0.2.10"), &Rules::ipv4AddressProblem);
    SipAuthFormParts::addNote(m_address, tr("IPv4 only: Twilio takes no IPv6 addresses here."));
    m_prefix = addText(general, kCidrPrefixLength, tr("Prefix length"),
        QString::number(m_before.cidrPrefixLength), QString::number(IpAddress::kWholeAddress),
        &Rules::cidrPrefixProblem);
    m_prefix->setMaxLength(2);
    m_prefix->setClearButtonEnabled(false);
    m_prefix->setMaximumWidth(m_prefix->fontMetrics().horizontalAdvance(u"00000"_s) + 16);
    m_rangeHint = SipAuthFormParts::addNote(m_prefix, {});
    m_rangeHint->setObjectName(u"rangeHint"_s);
    connect(m_address, &QLineEdit::textChanged, this, &IpAddressForm::updateRangeHint);
    connect(m_prefix, &QLineEdit::textChanged, this, &IpAddressForm::updateRangeHint);
    updateRangeHint();

    finishLayout();
    resize(560, 420);
}

QLineEdit *IpAddressForm::addText(QGridLayout *group, const QString &key, const QString &label,
    const QString &value, const QString &placeholder, QString (*rule)(const QString &))
{
    auto *edit = new QLineEdit(value);
    edit->setCursorPosition(0);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    addField(group, key, label, edit, [edit, rule] { return rule(edit->text().trimmed()); });
    setFieldRequired(key, true);
    return edit;
}

QString IpAddressForm::rangeText(const QString &address, const QString &prefix)
{
    const QString general =
        tr("32 means this address only; 24 the 256 addresses of a.b.c.0 to a.b.c.255.");
    if (!Rules::ipv4AddressProblem(address).isEmpty()
        || !Rules::cidrPrefixProblem(prefix).isEmpty())
        return general;
    const int length = prefix.toInt();
    if (length == IpAddress::kWholeAddress)
        return tr("%1/32 = this address only").arg(address);
    const quint32 mask = ~quint32(0) << (32 - length);
    const quint32 first = QHostAddress(address).toIPv4Address() & mask;
    const quint32 last = first | ~mask;
    const QString network = QHostAddress(first).toString();
    const qint64 count = qint64(1) << (32 - length);
    return tr("%1/%2 = %3 addresses (%4 – %5)")
        .arg(network)
        .arg(length)
        .arg(QLocale().toString(count), network, QHostAddress(last).toString());
}

void IpAddressForm::updateRangeHint()
{
    m_rangeHint->setText(rangeText(m_address->text().trimmed(), m_prefix->text().trimmed()));
}

FormFields IpAddressForm::requestFields() const
{
    const QString name = editedValue(m_name->text(), m_before.friendlyName);
    const QString address = editedValue(m_address->text(), m_before.ipAddress);
    const bool creating = mode() == Mode::Create;
    FormFields fields;
    if (creating || name != m_before.friendlyName)
        fields.append({ kFriendlyName, name });
    if (creating || address != m_before.ipAddress)
        fields.append({ kIpAddress, address });
    // On create 32 is the service's default; on edit only a change is sent.
    const int prefix = m_prefix->text().trimmed().toInt();
    const int unchanged = creating ? int(IpAddress::kWholeAddress) : m_before.cidrPrefixLength;
    if (prefix != unchanged)
        fields.append({ kCidrPrefixLength, QString::number(prefix) });
    return fields;
}

bool IpAddressForm::hasUnsavedChanges() const
{
    if (mode() == Mode::Edit)
        return !requestFields().isEmpty();
    return !m_name->text().trimmed().isEmpty() || !m_address->text().trimmed().isEmpty()
        || m_prefix->text().trimmed() != QString::number(IpAddress::kWholeAddress);
}

ApiRequest *IpAddressForm::sendRequest()
{
    if (!m_client)
        return nullptr;
    const FormFields fields = requestFields();
    const TwilioCollection collection = IpAddressKind::collection(m_listSid);
    if (mode() == Mode::Create)
        return m_client->create(collection, fields);
    return fields.isEmpty() ? nullptr : m_client->update(collection, m_before.sid, fields);
}

QVariant IpAddressForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(IpAddress::fromJson(request.json().object()));
}
