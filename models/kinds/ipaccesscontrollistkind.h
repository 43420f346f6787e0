#pragma once

#include "models/kinds/twiliorecordkind.h"
#include "models/records/sipauth.h"

#include <QCoreApplication>

// A Twilio account's IP access control lists.
class IpAccessControlListKind final
    : public TwilioRecordKind<IpAccessControlListKind, IpAccessControlList>
{
    Q_DECLARE_TR_FUNCTIONS(IpAccessControlListKind)

public:
    enum Column { FriendlyName, Sid, Updated, ColumnCount };

    static const IpAccessControlListKind &instance();

    static TwilioCollection collection(const QString &parentId);
    static QString name(const IpAccessControlList &record) { return record.friendlyName; }
    static QString title(const IpAccessControlList &record);
    static QString identity(const IpAccessControlList &record);
    static QString searchText(const IpAccessControlList &record);
    static QList<DetailGroup> details(const IpAccessControlList &record);
    static QList<RecordColumn<IpAccessControlList>> columns();

    QString key() const override;
    QString pageTitle() const override { return tr("IP Access Control Lists"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<CopyColumn> copyColumns() const override;
    QString deleteConsequence() const override;
    QStringList kindsChangedByDeleting() const override { return { u"sipDomains"_qs }; }

private:
    IpAccessControlListKind() = default;
};
