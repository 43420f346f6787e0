#pragma once

#include "views/forms/recordform.h"

#include "models/api/twilioclient.h"
#include "models/records/sipauth.h"

#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;

// Create or edit one address or range of a Twilio IP access control list
// (CreateSipIpAddress, UpdateSipIpAddress): a friendly name, an IPv4
// address and a CIDR prefix length (32, the default, is the address alone),
// with a live hint of the range they cover. Editing sends only the fields
// that changed.
class IpAddressForm : public RecordForm
{
    Q_OBJECT

public:
    // Without an address the form creates one in ipAccessControlListSid;
    // editing, ipAccessControlListSid is the address's own list.
    IpAddressForm(TwilioClient *client, const QString &accountText,
        const std::optional<IpAddress> &existing, const QString &ipAccessControlListSid,
        QWidget *parent = nullptr);

    const QString &ipAccessControlListSid() const { return m_listSid; }
    // What Save would send: on create FriendlyName and IpAddress, and
    // CidrPrefixLength unless it is the default 32; on edit what changed.
    FormFields requestFields() const;
    bool hasUnsavedChanges() const override;

    // "192.0.2.0/24 = 256 addresses (192.0.2.0 – 192.0.2.255)"; a general
    // explanation while the address or prefix is not valid.
    static QString rangeText(const QString &address, const QString &prefix);

protected:
    ApiRequest *sendRequest() override;
    QVariant savedRecord(const ApiRequest &request) const override;

private:
    QLineEdit *addText(QGridLayout *group, const QString &key, const QString &label,
        const QString &value, const QString &placeholder, QString (*rule)(const QString &));
    void updateRangeHint();

    QPointer<TwilioClient> m_client;
    IpAddress m_before;
    QString m_listSid;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_rangeHint = nullptr;
};
