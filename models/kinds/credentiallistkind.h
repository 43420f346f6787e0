#pragma once

#include "models/kinds/twiliorecordkind.h"
#include "models/records/sipauth.h"

#include <QCoreApplication>

// A Twilio account's credential lists.
class CredentialListKind final : public TwilioRecordKind<CredentialListKind, CredentialList>
{
    Q_DECLARE_TR_FUNCTIONS(CredentialListKind)

public:
    enum Column { FriendlyName, Sid, Updated, ColumnCount };

    static const CredentialListKind &instance();

    static TwilioCollection collection(const QString &parentId);
    static QString name(const CredentialList &record) { return record.friendlyName; }
    static QString title(const CredentialList &record);
    static QString identity(const CredentialList &record);
    static QString searchText(const CredentialList &record);
    static QList<DetailGroup> details(const CredentialList &record);
    static QList<RecordColumn<CredentialList>> columns();

    QString key() const override;
    QString pageTitle() const override { return tr("Credential Lists"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<CopyColumn> copyColumns() const override;
    QString deleteConsequence() const override;
    QStringList kindsChangedByDeleting() const override { return { u"sipDomains"_qs }; }

private:
    CredentialListKind() = default;
};
