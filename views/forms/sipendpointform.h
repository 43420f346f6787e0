#pragma once

#include "views/forms/recordform.h"

#include "models/records/sipendpoint.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class OrderedCheckList;
class PasswordLineEdit;
class QComboBox;
class QLineEdit;
class SignalWireSipEndpointsClient;

// Create or edit one SignalWire SIP Endpoint. Choosing a
// call handler shows exactly the fields that handler uses, the required ones
// marked; codecs and ciphers are ordered, checkable lists; the password is
// never pre-filled (the API does not return it) and only sent when typed.
class SipEndpointForm : public RecordForm
{
    Q_OBJECT

public:
    // Without an endpoint the form creates one.
    SipEndpointForm(SignalWireSipEndpointsClient *client, const QString &accountText,
        const std::optional<SipEndpoint> &existing, QWidget *parent = nullptr);

    SipEndpoint current() const;
    // What Save would send: changed fields only, plus typed write-only ones.
    QJsonObject requestBody() const;
    bool hasUnsavedChanges() const override;

protected:
    ApiRequest *sendRequest() override;
    QVariant savedRecord(const ApiRequest &request) const override;

private:
    void buildGeneral();
    void buildMedia();
    void buildCallHandling();
    void addHandlerField(QGridLayout *group, const QString &key, const QString &label);
    QLineEdit *addText(QGridLayout *group, const QString &key, const QString &label,
        std::function<QString(const QString &)> rule = {});
    void showHandlerFields();
    QString selectedHandler() const;

    QPointer<SignalWireSipEndpointsClient> m_client;
    SipEndpoint m_before;
    QJsonObject m_pristineBody; // what a create would have sent when the form opened
    QHash<QString, QLineEdit *> m_texts; // record text fields and write-only ones
    QHash<QString, QComboBox *> m_choices; // encryption, call_handler, methods, version
    PasswordLineEdit *m_password = nullptr;
    OrderedCheckList *m_codecs = nullptr;
    OrderedCheckList *m_ciphers = nullptr;
};
