#pragma once

#include "views/forms/recordform.h"

#include "models/api/twilioclient.h"
#include "models/records/sipauth.h"

#include <QPointer>

#include <optional>

class QLineEdit;

// Create or rename a Twilio credential list or IP access control list:
// both are a friendly name (required on create and on update, as Twilio's
// OpenAPI has it); they differ in its longest length (64 and 255) and in
// their collection.
class SipAuthListForm : public RecordForm
{
    Q_OBJECT

public:
    bool hasUnsavedChanges() const override;
    // What Save would send: FriendlyName on create, and on edit when it changed.
    FormFields requestFields() const;

protected:
    struct Flavour
    {
        TwilioCollection collection;
        QString (*nameProblem)(const QString &);
        QString placeholder;
        QString note;
    };
    SipAuthListForm(TwilioClient *client, const QString &accountText,
        const std::optional<SipAuthList> &existing, const Flavour &flavour, QWidget *parent);

    ApiRequest *sendRequest() override;

private:
    QPointer<TwilioClient> m_client;
    SipAuthList m_before;
    TwilioCollection m_collection;
    QLineEdit *m_name = nullptr;
};

// Twilio's "SIP Credential List" resource (CreateSipCredentialList,
// UpdateSipCredentialList).
class CredentialListForm final : public SipAuthListForm
{
    Q_OBJECT

public:
    // Without a list the form creates one.
    CredentialListForm(TwilioClient *client, const QString &accountText,
        const std::optional<CredentialList> &existing, QWidget *parent = nullptr);

protected:
    QVariant savedRecord(const ApiRequest &request) const override;
};

// Twilio's "SIP IpAccessControlList" resource (CreateSipIpAccessControlList,
// UpdateSipIpAccessControlList).
class IpAccessControlListForm final : public SipAuthListForm
{
    Q_OBJECT

public:
    // Without a list the form creates one.
    IpAccessControlListForm(TwilioClient *client, const QString &accountText,
        const std::optional<IpAccessControlList> &existing, QWidget *parent = nullptr);

protected:
    QVariant savedRecord(const ApiRequest &request) const override;
};
