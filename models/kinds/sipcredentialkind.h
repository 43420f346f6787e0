#pragma once

#include "models/kinds/twiliorecordkind.h"
#include "models/records/sipauth.h"

#include <QCoreApplication>

// A Twilio account's credentials (members of a credential list).
class SipCredentialKind final : public TwilioRecordKind<SipCredentialKind, SipCredential>
{
    Q_DECLARE_TR_FUNCTIONS(SipCredentialKind)

public:
    enum Column { Username, Sid, Updated, ColumnCount };

    static const SipCredentialKind &instance();

    static TwilioCollection collection(const QString &parentId);
    static QString name(const SipCredential &record) { return record.username; }
    static QString title(const SipCredential &record);
    static QString identity(const SipCredential &record);
    static QString searchText(const SipCredential &record);
    static QList<DetailGroup> details(const SipCredential &record);
    static QList<RecordColumn<SipCredential>> columns();

    QString key() const override;
    QString pageTitle() const override { return tr("Credentials"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<CopyColumn> copyColumns() const override;
    const RecordKind *parentKind() const override;
    QString parentIdOf(const QVariant &record) const override;

private:
    SipCredentialKind() = default;
};
