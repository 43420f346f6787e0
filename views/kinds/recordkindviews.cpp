#include "views/kinds/recordkindview.h"

#include "views/forms/sipdomainform.h"
#include "views/forms/sipendpointform.h"

#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"

#include <optional>

namespace {

// A kind whose form takes its service's client, the account's name and the
// record to edit (none for a new one).
template<class Kind, class Form>
class FormKindView final : public RecordKindView
{
    using Record = typename Kind::RecordType;
    using Client = typename Kind::ClientType;

public:
    const RecordKind &kind() const override { return Kind::instance(); }
    RecordForm *makeForm(ServiceClient *client, const QString &accountText, const QVariant &record,
        const QString & /*parentId*/, QWidget *parent) const override
    {
        auto *typed = qobject_cast<Client *>(client);
        if (!typed)
            return nullptr;
        std::optional<Record> edited;
        if (record.isValid())
            edited = record.value<Record>();
        return new Form(typed, accountText, edited, parent);
    }
};

} // namespace

const QList<const RecordKindView *> &RecordKindView::all()
{
    static const FormKindView<SipDomainKind, SipDomainForm> sipDomains;
    static const FormKindView<SipEndpointKind, SipEndpointForm> sipEndpoints;
    static const QList<const RecordKindView *> views { &sipDomains, &sipEndpoints };
    return views;
}
