#include "views/kinds/recordkindview.h"

#include "views/forms/ipaddressform.h"
#include "views/forms/sipauthlistform.h"
#include "views/forms/sipcredentialform.h"
#include "views/forms/sipdomainform.h"
#include "views/forms/sipendpointform.h"

#include "models/kinds/credentiallistkind.h"
#include "models/kinds/ipaccesscontrollistkind.h"
#include "models/kinds/ipaddresskind.h"
#include "models/kinds/sipcredentialkind.h"
#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"

#include <optional>
#include <type_traits>

namespace {

// A kind whose form takes its service's client, the account's name and the
// record to edit (none for a new one); a member kind's form also the SID of
// the list it is in (the record's own list when editing), and without one
// there is no form.
template<class Kind, class Form>
class FormKindView final : public RecordKindView
{
    using Record = typename Kind::RecordType;
    using Client = typename Kind::ClientType;
    static constexpr bool kTakesParent = std::is_constructible_v<Form, Client *, const QString &,
        const std::optional<Record> &, const QString &, QWidget *>;
    static_assert(kTakesParent
        || std::is_constructible_v<Form, Client *, const QString &, const std::optional<Record> &,
            QWidget *>);

public:
    const RecordKind &kind() const override { return Kind::instance(); }
    RecordForm *makeForm(ServiceClient *client, const QString &accountText, const QVariant &record,
        [[maybe_unused]] const QString &parentId, QWidget *parent) const override
    {
        auto *typed = qobject_cast<Client *>(client);
        if (!typed)
            return nullptr;
        std::optional<Record> edited;
        if (record.isValid())
            edited = record.value<Record>();
        if constexpr (kTakesParent) {
            QString list = edited ? Kind::instance().parentIdOf(record) : QString();
            if (list.isEmpty())
                list = parentId;
            if (list.isEmpty())
                return nullptr;
            return new Form(typed, accountText, edited, list, parent);
        } else {
            return new Form(typed, accountText, edited, parent);
        }
    }
};

} // namespace

const QList<const RecordKindView *> &RecordKindView::all()
{
    static const FormKindView<SipDomainKind, SipDomainForm> sipDomains;
    static const FormKindView<CredentialListKind, CredentialListForm> credentialLists;
    static const FormKindView<SipCredentialKind, SipCredentialForm> credentials;
    static const FormKindView<IpAccessControlListKind, IpAccessControlListForm>
        ipAccessControlLists;
    static const FormKindView<IpAddressKind, IpAddressForm> ipAddresses;
    static const FormKindView<SipEndpointKind, SipEndpointForm> sipEndpoints;
    // In the order of RecordKinds::all().
    static const QList<const RecordKindView *> views { &sipDomains, &credentialLists, &credentials,
        &ipAccessControlLists, &ipAddresses, &sipEndpoints };
    return views;
}
