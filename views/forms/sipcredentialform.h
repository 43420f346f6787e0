#pragma once

#include "views/forms/recordform.h"

#include "models/records/sipauth.h"

#include <QPointer>

#include <optional>

class PasswordLineEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class TwilioClient;

// Create a Twilio credential (a username and password in a credential list:
// CreateSipCredential) or set a new password for one (UpdateSipCredential:
// the username cannot change). Generate fills a password that meets
// Twilio's policy from the system's secure generator and shows it once,
// with Copy. The password is sent, never stored: not in the record, logs,
// settings or any label or tooltip; the field is emptied after a save.
class SipCredentialForm : public RecordForm
{
    Q_OBJECT

public:
    // Without a credential the form creates one in credentialListSid;
    // editing, credentialListSid is the credential's own list.
    SipCredentialForm(TwilioClient *client, const QString &accountText,
        const std::optional<SipCredential> &existing, const QString &credentialListSid,
        QWidget *parent = nullptr);
    ~SipCredentialForm() override;

    const QString &credentialListSid() const { return m_listSid; }
    bool hasUnsavedChanges() const override;

protected:
    ApiRequest *sendRequest() override;
    QVariant savedRecord(const ApiRequest &request) const override;
    void onSaved() override;

private:
    void generatePassword();
    void copyPassword();
    void onPasswordEdited();
    // The password as typed; a password of only spaces counts as none.
    QString typedPassword() const;
    void forgetPassword();

    QPointer<TwilioClient> m_client;
    SipCredential m_before;
    QString m_listSid;
    QLineEdit *m_username = nullptr; // only when creating: a username cannot change
    PasswordLineEdit *m_password = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copyHint = nullptr;
};
