#pragma once

#include <QList>
#include <QVariant>

class QString;
class QWidget;
class RecordForm;
class RecordKind;
class ServiceClient;

// What a record kind needs from Widgets, on top of its headless RecordKind:
// the create and edit form. The page, the delete flow and CSV export need
// nothing more.
class RecordKindView
{
public:
    virtual ~RecordKindView() = default;

    virtual const RecordKind &kind() const = 0;
    // A form that saves through client; record is the RecordRole value of
    // the record to edit, or invalid for a new one; parentId the record that
    // holds a member kind's records (the credential list of a credential).
    // nullptr when client is not of the kind's service, or a member kind
    // has no parent.
    virtual RecordForm *makeForm(ServiceClient *client, const QString &accountText,
        const QVariant &record, const QString &parentId, QWidget *parent) const = 0;

    // Every kind with a page, in the order of RecordKinds::all().
    static const QList<const RecordKindView *> &all();
};
