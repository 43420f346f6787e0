#pragma once

#include "views/forms/recordform.h"

#include "models/records/sipdomain.h"

#include <QHash>
#include <QPointer>

#include <optional>

class DomainAuthSection;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class TwilioClient;

// Create or edit one Twilio SIP Domain (Twilio's "SIP Domain Resource"
// reference, CreateSipDomain and UpdateSipDomain): every writable
// field, grouped as a person thinks of them. Editing sends only the fields
// that changed; clearing an optional field sends it empty.
class SipDomainForm : public RecordForm
{
    Q_OBJECT

public:
    // Without a domain the form creates one.
    SipDomainForm(TwilioClient *client, const QString &accountText,
        const std::optional<SipDomain> &existing, QWidget *parent = nullptr);

    // The domain as the form's fields now describe it.
    SipDomain current() const;
    bool hasUnsavedChanges() const override;
    DomainAuthSection *authSection() const { return m_auth; }

protected:
    ApiRequest *sendRequest() override;
    QVariant savedRecord(const ApiRequest &request) const override;
    // Then the mapping differences, then the domain again (its auth_type
    // follows its mappings).
    bool startFurtherSteps(const ApiRequest *request) override;

private:
    void addText(QGridLayout *group, const char *formName, const QString &label,
        const QString &placeholder, std::function<QString(const QString &)> rule);
    void addMethod(QGridLayout *group, const char *formName, const QString &label);
    void addBool(
        QGridLayout *group, const char *formName, const QString &label, const QString &explanation);

    void addDomainSuffixOffer();
    void onMappingsApplied();
    void onRefetched(ApiRequest *request);
    void finishMappingSave(const QVariant &record, const QString &problem);

    QPointer<TwilioClient> m_client;
    DomainAuthSection *m_auth = nullptr;
    QPushButton *m_addSuffix = nullptr;
    // The domain as the domain request of this save answered, if it was sent.
    std::optional<SipDomain> m_saved;
    QStringList m_mappingFailures;
    QPointer<ApiRequest> m_refetch;
    SipDomain m_before;
    SipDomain m_pristine; // what the form showed when it opened
    QHash<QString, QLineEdit *> m_texts;
    QHash<QString, QComboBox *> m_methods;
    QHash<QString, QCheckBox *> m_bools;
};
