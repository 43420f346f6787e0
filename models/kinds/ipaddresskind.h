#pragma once

#include "models/kinds/twiliorecordkind.h"
#include "models/records/sipauth.h"

#include <QCoreApplication>

// A Twilio account's IP addresss (members of a IP access control list).
class IpAddressKind final : public TwilioRecordKind<IpAddressKind, IpAddress>
{
    Q_DECLARE_TR_FUNCTIONS(IpAddressKind)

public:
    enum Column { FriendlyName, Address, Sid, Updated, ColumnCount };

    static const IpAddressKind &instance();

    static TwilioCollection collection(const QString &parentId);
    static QString name(const IpAddress &record) { return record.range(); }
    static QString title(const IpAddress &record);
    static QString identity(const IpAddress &record);
    static QString searchText(const IpAddress &record);
    static QList<DetailGroup> details(const IpAddress &record);
    static QList<RecordColumn<IpAddress>> columns();

    QString key() const override;
    QString pageTitle() const override { return tr("IP Addresses"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<CopyColumn> copyColumns() const override;
    const RecordKind *parentKind() const override;
    QString parentIdOf(const QVariant &record) const override;

private:
    IpAddressKind() = default;
};
