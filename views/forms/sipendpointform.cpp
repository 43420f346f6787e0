#include "views/forms/sipendpointform.h"

#include "views/forms/choicebox.h"
#include "views/widgets/orderedchecklist.h"
#include "views/widgets/passwordlineedit.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/lists/sipendpointtablemodel.h"
#include "models/records/callhandlers.h"
#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

namespace Vocabulary = SignalWireVocabulary;

QString *recordText(SipEndpoint &endpoint, const QString &key)
{
    for (const auto &field : SipEndpoint::textFields())
        if (key == QLatin1String(field.jsonKey))
            return &(endpoint.*field.member);
    return nullptr;
}

// Every field some handler uses, in form order.
QStringList allHandlerFields()
{
    QStringList all;
    for (const SignalWireCallHandlers::Handler &handler : SignalWireCallHandlers::table())
        for (const QString &key : handler.shownFields())
            if (!all.contains(key))
                all.append(key);
    return all;
}

bool isMethodField(const QString &key)
{
    return key.endsWith(u"_method");
}

} // namespace

SipEndpointForm::SipEndpointForm(SignalWireSipEndpointsClient *client, const QString &accountText,
    const std::optional<SipEndpoint> &existing, QWidget *parent)
    : RecordForm(existing ? Mode::Edit : Mode::Create, accountText, parent)
    , m_client(client)
    , m_before(existing.value_or(SipEndpoint()))
{
    setObjectName(u"sipEndpointForm"_s);
    setWindowTitle(
        existing ? tr("Edit SIP Endpoint — %1").arg(existing->username) : tr("New SIP Endpoint"));
    buildGeneral();
    buildMedia();
    buildCallHandling();
    finishLayout();
    resize(600, 700);
    m_pristineBody = requestBody();
}

QLineEdit *SipEndpointForm::addText(QGridLayout *group, const QString &key, const QString &label,
    std::function<QString(const QString &)> rule)
{
    auto *edit = new QLineEdit;
    if (const QString *value = recordText(m_before, key))
        edit->setText(*value);
    edit->setCursorPosition(0); // long values show their start, not their end
    edit->setClearButtonEnabled(true);
    m_texts.insert(key, edit);
    addField(group, key, label, edit,
        rule ? std::function<QString()>([edit, rule] { return rule(edit->text().trimmed()); })
             : std::function<QString()>());
    return edit;
}

void SipEndpointForm::buildGeneral()
{
    QGridLayout *general = addGroup(tr("General"));
    addText(general, u"username"_s, tr("Username"), &Rules::usernameProblem)
        ->setPlaceholderText(tr("No spaces and no @"));
    setFieldRequired(u"username"_s, true);

    m_password = new PasswordLineEdit;
    const bool creating = mode() == Mode::Create;
    m_password->setPlaceholderText(creating ? tr("Used by the device to register")
                                            : tr("Leave empty to keep the current one"));
    addField(general, u"password"_s, tr("Password"), m_password, {});
    setFieldRequired(u"password"_s, creating);

    addText(general, u"caller_id"_s, tr("Caller ID"))->setPlaceholderText(tr("Shown as the CNAM"));
    addText(general, u"send_as"_s, tr("Send as"))
        ->setPlaceholderText(tr("A purchased or verified number, or \"random\""));

    QComboBox *encryption = makeChoiceBox(Vocabulary::encryptionModes());
    for (int index = 0; index < encryption->count(); ++index)
        encryption->setItemText(
            index, Vocabulary::encryptionText(encryption->itemData(index).toString()));
    setChoice(encryption, m_before.encryption.isEmpty() ? u"default"_s : m_before.encryption);
    m_choices.insert(u"encryption"_s, encryption);
    addField(general, u"encryption"_s, tr("Encryption"), encryption, {});
}

void SipEndpointForm::buildMedia()
{
    QGridLayout *media = addGroup(tr("Media"));
    m_codecs = new OrderedCheckList;
    m_codecs->setKnownValues(Vocabulary::knownCodecs());
    m_codecs->setDefaults(Vocabulary::defaultCodecs());
    m_codecs->setValue(m_before.codecs);
    addField(media, u"codecs"_s, tr("Codecs"), m_codecs,
        [this] { return Rules::codecListProblem(m_codecs->value()); });
    m_ciphers = new OrderedCheckList;
    m_ciphers->setKnownValues(Vocabulary::knownCiphers());
    m_ciphers->setDefaults(Vocabulary::defaultCiphers());
    m_ciphers->setValue(m_before.ciphers);
    addField(media, u"ciphers"_s, tr("Ciphers"), m_ciphers,
        [this] { return Rules::cipherListProblem(m_ciphers->value()); });
}

void SipEndpointForm::buildCallHandling()
{
    QGridLayout *handling = addGroup(tr("Incoming calls"));
    QComboBox *handler = makeChoiceBox({}, tr("No handler"));
    for (const QString &value : Vocabulary::callHandlers())
        handler->addItem(SipEndpointTableModel::callHandlerText(value), value);
    setChoice(handler, m_before.callHandler);
    m_choices.insert(u"call_handler"_s, handler);
    addField(handling, u"call_handler"_s, tr("Call handler"), handler, {});

    for (const SignalWireCallHandlers::Handler &each : SignalWireCallHandlers::table())
        for (const SignalWireCallHandlers::Field &field : each.shown)
            if (field.key)
                addHandlerField(handling, QLatin1String(field.key),
                    SignalWireCallHandlers::translated(field.label));
    connect(handler, &QComboBox::currentIndexChanged, this, &SipEndpointForm::showHandlerFields);
    showHandlerFields();
}

void SipEndpointForm::addHandlerField(QGridLayout *group, const QString &key, const QString &label)
{
    if (isMethodField(key) || key == u"call_flow_version") {
        const QStringList &values = key == u"call_flow_version" ? Vocabulary::callFlowVersions()
                                                                : Vocabulary::callbackMethods();
        QComboBox *box = makeChoiceBox(values, tr("Service default"));
        if (const QString *value = recordText(m_before, key))
            setChoice(box, *value);
        m_choices.insert(key, box);
        addField(group, key, label, box, {});
        return;
    }
    std::function<QString(const QString &)> rule;
    if (key.endsWith(u"_url"))
        rule = &Rules::urlProblem;
    else if (Vocabulary::uuidFields().contains(key))
        rule = &Rules::uuidProblem;
    QLineEdit *edit = addText(group, key, label, rule);
    if (mode() == Mode::Edit && Vocabulary::writeOnlyFields().contains(key))
        edit->setPlaceholderText(tr("Not returned by the service: leave empty to keep"));
}

QString SipEndpointForm::selectedHandler() const
{
    return choice(m_choices.value(u"call_handler"_s));
}

void SipEndpointForm::showHandlerFields()
{
    const QString handler = selectedHandler();
    const QStringList shown = Vocabulary::fieldsFor(handler);
    const QStringList required = Vocabulary::requiredFieldsFor(handler);
    // What the service never returns cannot be asked for again when the
    // handler stays the same: it is kept unless the user types a new one.
    const bool keepsWriteOnly = mode() == Mode::Edit && handler == m_before.callHandler;
    for (const QString &key : allHandlerFields()) {
        setFieldShown(key, shown.contains(key));
        setFieldRequired(key,
            required.contains(key)
                && !(keepsWriteOnly && Vocabulary::writeOnlyFields().contains(key)));
    }
    revalidate();
}

SipEndpoint SipEndpointForm::current() const
{
    SipEndpoint endpoint = m_before;
    const QStringList handlerFields = allHandlerFields();
    auto assign = [this, &endpoint, &handlerFields](const QString &key, const QString &value) {
        QString *target = recordText(endpoint, key);
        // A field of another handler is neither checked nor sent: it keeps
        // the value the service has.
        if (!target || (handlerFields.contains(key) && !isFieldShown(key)))
            return;
        // An untouched null stays null, so that it does not count as a change.
        if (!(value.isEmpty() && target->isEmpty()))
            *target = value;
    };
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
        const QString *original = recordText(endpoint, it.key());
        assign(it.key(), editedValue(it.value()->text(), original ? *original : QString()));
    }
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it)
        assign(it.key(), choice(it.value()));
    endpoint.codecs = m_codecs->value();
    endpoint.ciphers = m_ciphers->value();
    return endpoint;
}

QJsonObject SipEndpointForm::requestBody() const
{
    const SipEndpoint now = current();
    QJsonObject body = SignalWireSipEndpointsClient::changedFields(m_before, now);
    if (!m_password->text().isEmpty())
        body.insert(u"password"_s, m_password->text());
    for (const QString &key : Vocabulary::writeOnlyFields()) {
        if (key == u"password" || !isFieldShown(key))
            continue;
        const QString value = m_texts.contains(key) ? m_texts.value(key)->text().trimmed()
                                                    : choice(m_choices.value(key));
        if (!value.isEmpty())
            body.insert(key, value);
    }
    return body;
}

bool SipEndpointForm::hasUnsavedChanges() const
{
    // A new endpoint starts from the form's defaults: only what the user changed since counts.
    return requestBody() != (mode() == Mode::Create ? m_pristineBody : QJsonObject());
}

ApiRequest *SipEndpointForm::sendRequest()
{
    if (!m_client)
        return nullptr;
    const QJsonObject body = requestBody();
    if (mode() == Mode::Create)
        return m_client->create(body);
    return body.isEmpty() ? nullptr : m_client->update(m_before.id, body);
}

QVariant SipEndpointForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(SignalWireSipEndpointsClient::endpointFrom(request));
}
