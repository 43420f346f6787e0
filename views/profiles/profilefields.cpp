#include "views/profiles/profilefields.h"

#include "views/profiles/locationchoice.h"
#include "views/profiles/profilecolorrow.h"
#include "views/widgets/passwordlineedit.h"
#include "views/widgets/statuscolors.h"

#include "models/profiles/twiliolocations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString kName = u"name"_s;
const QString kColor = u"color"_s;
const QString kService = u"service"_s;
const QString kAccountSid = u"accountSid"_s;
const QString kAuthMode = u"authMode"_s;
const QString kApiKeySid = u"apiKeySid"_s;
const QString kSecret = u"secret"_s;
const QString kRegion = u"region"_s;
const QString kEdge = u"edge"_s;
const QString kSpace = u"space"_s;
const QString kProjectId = u"projectId"_s;
const QString kBaseUrl = u"baseUrl"_s;
const QString kReadOnly = u"readOnly"_s;

} // namespace

QString ProfileFields::key(Profile::Field field)
{
    switch (field) {
    case Profile::Field::Name:
        return kName;
    case Profile::Field::Color:
        return kColor;
    case Profile::Field::AccountSid:
        return kAccountSid;
    case Profile::Field::ApiKeySid:
        return kApiKeySid;
    case Profile::Field::Region:
        return kRegion;
    case Profile::Field::Edge:
        return kEdge;
    case Profile::Field::Space:
        return kSpace;
    case Profile::Field::ProjectId:
        return kProjectId;
    case Profile::Field::BaseUrl:
        return kBaseUrl;
    }
    return QString();
}

QString ProfileFields::secretKey()
{
    return kSecret;
}

const QStringList &ProfileFields::keysInOrder()
{
    static const QStringList order { kName, kColor, kAccountSid, kSpace, kProjectId, kApiKeySid,
        kSecret, kRegion, kEdge, kBaseUrl };
    return order;
}

ProfileFields::ProfileFields(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
}

void ProfileFields::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    // The editor's rows go on below these as if they were one layout.
    layout->setContentsMargins(0, 0, 0, 0);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Acme (production)"));
    addField(m_form, tr("&Name:"), m_name, kName);

    m_color = new ProfileColorRow(this);
    addField(m_form, tr("Co&lor:"), m_color, kColor);
    connect(m_color, &ProfileColorRow::chosen, this, [this] { emit edited(kColor); });

    // Next to the colour: both tell apart an account that must not be changed by mistake.
    m_readOnly = new QCheckBox(
        tr("Read-onl&y: SipDesk will send no changes to this account"), this);
    m_readOnly->setObjectName(kReadOnly + u"Check"_s);
    m_readOnly->setToolTip(tr("Records can be listed and viewed, but not created, changed or "
                              "deleted. The switch applies at once, also to the open account."));
    m_form->addRow(QString(), m_readOnly);
    connect(m_readOnly, &QCheckBox::clicked, this, [this] { emit edited(kReadOnly); });

    m_service = addChoice(tr("Service:"), kService, u"serviceBox"_s,
        { { tr("Twilio"), int(Account::Service::Twilio) },
            { tr("SignalWire"), int(Account::Service::SignalWire) } });

    buildAccountRows();
    for (QLineEdit *field : { m_name, m_accountSid, m_apiKeySid, m_space, m_projectId,
             static_cast<QLineEdit *>(m_secret) }) {
        connectEdits(field, field->objectName().chopped(5)); // without "Field"
    }
    buildBaseUrlSection(layout);
}

// Both services' rows in one form, in the order each shows its own; the
// other service's rows are hidden (updateVisibility()).
void ProfileFields::buildAccountRows()
{
    m_accountSid = new QLineEdit(this);
    m_accountSid->setPlaceholderText(u"AC…"_s);
    addField(m_form, tr("&Account SID:"), m_accountSid, kAccountSid);

    m_space = new QLineEdit(this);
    m_space->setPlaceholderText(tr("example (of example.signalwire.com)"));
    addField(m_form, tr("Spac&e:"), m_space, kSpace);

    m_projectId = new QLineEdit(this);
    m_projectId->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    addField(m_form, tr("&Project ID:"), m_projectId, kProjectId);

    m_authMode = addChoice(tr("A&uthentication:"), kAuthMode, u"authModeBox"_s,
        { { tr("Auth token"), int(Profile::TwilioAuth::AuthToken) },
            { tr("API key"), int(Profile::TwilioAuth::ApiKey) } });

    m_apiKeySid = new QLineEdit(this);
    m_apiKeySid->setPlaceholderText(u"SK…"_s);
    addField(m_form, tr("API &key SID:"), m_apiKeySid, kApiKeySid);

    m_secret = new PasswordLineEdit(this);
    addField(m_form, tr("&Secret:"), m_secret, kSecret);

    m_region =
        addLocationChoice(tr("&Region:"), kRegion, TwilioLocations::regions(), tr("Default (us1)"),
            tr("The Twilio region that processes the requests: choose one or type its id. Leave "
               "empty for the United States (us1)."));
    m_edge = addLocationChoice(tr("Edg&e:"), kEdge, TwilioLocations::edges(), tr("Default"),
        tr("The Twilio edge location the requests enter by: choose one or type its id (an "
           "Interconnect edge such as ashburn-ix, too). Leave empty for Twilio's default."));
}

LocationChoice *ProfileFields::addLocationChoice(const QString &label, const QString &key,
    const QList<TwilioLocations::Location> &known, const QString &placeholder,
    const QString &toolTip)
{
    auto *box = new LocationChoice(known, placeholder, this);
    box->setToolTip(toolTip);
    addField(m_form, label, box, key);
    box->lineEdit()->setAccessibleName(box->accessibleName());
    connectEdits(box->lineEdit(), key);
    connect(box, &LocationChoice::chosen, this, [this, key] { emit edited(key); });
    return box;
}

// A checkbox that unfolds the section: a collapsed group box would still
// draw an empty frame.
void ProfileFields::buildBaseUrlSection(QVBoxLayout *layout)
{
    m_advanced = new QCheckBox(tr("Advanced: use a custom &base URL"), this);
    m_advanced->setObjectName(u"advancedCheck"_s);
    m_advancedContent = new QWidget(this);
    auto *advancedForm = new QFormLayout(m_advancedContent);
    advancedForm->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_baseUrl = new QLineEdit(m_advancedContent);
    m_baseUrl->setPlaceholderText(u"http://127.0.0.1:8080"_s);
    addField(advancedForm, tr("Base URL:"), m_baseUrl, kBaseUrl);
    auto *baseUrlHint =
        new QLabel(tr("Replaces the service's address, e.g. with a local sandbox. Plain http is "
                      "allowed only to this computer."),
            m_advancedContent);
    baseUrlHint->setWordWrap(true);
    advancedForm->addRow(static_cast<QWidget *>(nullptr), baseUrlHint);
    m_advancedContent->hide();
    connectEdits(m_baseUrl, kBaseUrl);
    // Unchecked means "no override": the field is hidden and not used, so
    // what is shown is always what is saved.
    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        m_advancedContent->setVisible(on);
        emit edited(kBaseUrl);
    });
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedContent);
}

void ProfileFields::addField(
    QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    field->setObjectName(key + u"Field"_s);
    field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    form->addRow(label, field);
    // A row of its own under the field rather than a box around both: the
    // form only gives a wrapped label the height it needs when it is a row.
    auto *problem = new QLabel(this);
    problem->setObjectName(key + u"Problem"_s);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    StatusColors::colorText(problem, StatusColors::Status::Error);
    form->addRow(static_cast<QWidget *>(nullptr), problem);
    form->setRowVisible(problem, false);
    m_rows.insert(key, field);
    m_problems.insert(key, problem);
    m_forms.insert(key, form);
}

QComboBox *ProfileFields::addChoice(const QString &label, const QString &key,
    const QString &objectName, const QList<QPair<QString, int>> &items)
{
    auto *box = new QComboBox(this);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    addField(m_form, label, box, key);
    // Its problem row keeps "<key>Problem"; the box has a name of its own.
    box->setObjectName(objectName);
    // Another choice shows other rows; the values stay.
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit edited(QString());
    });
    return box;
}

void ProfileFields::connectEdits(QLineEdit *field, const QString &key)
{
    // textEdited, not textChanged: loading a profile is not the user's doing.
    connect(field, &QLineEdit::textEdited, this, [this, key] { emit edited(key); });
}

void ProfileFields::setFieldsEnabled(bool enabled)
{
    for (QWidget *field : std::as_const(m_rows))
        field->setEnabled(enabled);
    m_readOnly->setEnabled(enabled);
    m_advanced->setEnabled(enabled);
    m_advancedContent->setEnabled(enabled);
    // The service of a saved profile is fixed: its secret and its
    // identifier mean nothing to the other service.
    m_service->setEnabled(enabled && !m_serviceFixed);
}

void ProfileFields::load(
    const Profile &profile, bool hasProfile, bool serviceFixed, SecretHint secret)
{
    m_serviceFixed = serviceFixed;
    m_secretHint = secret;
    m_name->setText(profile.name);
    m_color->setColor(profile.color);
    m_readOnly->setChecked(profile.readOnly);
    m_service->setCurrentIndex(m_service->findData(int(profile.service)));
    m_accountSid->setText(profile.accountSid);
    m_authMode->setCurrentIndex(m_authMode->findData(int(profile.twilioAuth)));
    m_apiKeySid->setText(profile.apiKeySid);
    m_region->setValue(profile.region);
    m_edge->setValue(profile.edge);
    m_space->setText(profile.space);
    m_projectId->setText(profile.projectId);
    clearSecretField();
    m_baseUrl->setText(profile.baseUrl.toString());
    {
        const QSignalBlocker blocker(m_advanced);
        m_advanced->setChecked(!profile.baseUrl.isEmpty());
        m_advancedContent->setVisible(m_advanced->isChecked());
    }
    m_service->setEnabled(hasProfile && !serviceFixed);
    m_service->setToolTip(serviceFixed
            ? tr("A saved profile stays with its service; add a new profile for the other one.")
            : QString());
    updateVisibility();
}

void ProfileFields::updateVisibility()
{
    const bool twilio = m_service->currentData().toInt() == int(Account::Service::Twilio);
    const bool apiKey = m_authMode->currentData().toInt() == int(Profile::TwilioAuth::ApiKey);
    const auto show = [this](const QString &key, bool visible) {
        m_form->setRowVisible(m_rows.value(key), visible);
    };
    show(kAccountSid, twilio);
    show(kAuthMode, twilio);
    show(kApiKeySid, twilio && apiKey);
    show(kRegion, twilio);
    show(kEdge, twilio);
    show(kSpace, !twilio);
    show(kProjectId, !twilio);

    const QString secretName = !twilio ? tr("API token")
        : apiKey                       ? tr("API key secret")
                                       : tr("Auth token");
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_rows.value(kSecret))))
        label->setText(tr("%1:").arg(secretName));
    m_secret->setAccessibleName(secretName);
    updateSecretPlaceholder(secretName);
}

void ProfileFields::setSecretHint(SecretHint hint)
{
    m_secretHint = hint;
    updateVisibility();
}

void ProfileFields::updateSecretPlaceholder(const QString &secretName)
{
    // Only what is true: "keep the stored token" for a profile whose
    // keychain refused it would send the user away without one.
    const QString lower = secretName.toLower();
    switch (m_secretHint) {
    case SecretHint::Required:
        m_secret->setPlaceholderText(tr("Required"));
        break;
    case SecretHint::Stored:
        m_secret->setPlaceholderText(tr("Leave empty to keep the stored %1").arg(lower));
        break;
    case SecretHint::SessionOnly:
        m_secret->setPlaceholderText(
            tr("Leave empty to keep the %1 kept for this session only").arg(lower));
        break;
    case SecretHint::NotStored:
        m_secret->setPlaceholderText(tr("No %1 is stored: type it").arg(lower));
        break;
    }
}

Profile ProfileFields::read(const Profile &base) const
{
    Profile p = base;
    p.name = m_name->text().trimmed();
    p.color = m_color->color();
    p.readOnly = m_readOnly->isChecked();
    p.service = Account::Service(m_service->currentData().toInt());
    // Pasted identifiers often carry a space or a line break at either end.
    if (p.service == Account::Service::Twilio) {
        p.accountSid = m_accountSid->text().trimmed();
        p.twilioAuth = Profile::TwilioAuth(m_authMode->currentData().toInt());
        p.apiKeySid =
            p.twilioAuth == Profile::TwilioAuth::ApiKey ? m_apiKeySid->text().trimmed() : QString();
        p.region = m_region->value().trimmed().toLower();
        p.edge = m_edge->value().trimmed().toLower();
        p.space.clear();
        p.projectId.clear();
    } else {
        p.space = m_space->text().trimmed().toLower();
        p.projectId = m_projectId->text().trimmed();
        p.accountSid.clear();
        p.twilioAuth = Profile::TwilioAuth::AuthToken;
        p.apiKeySid.clear();
        p.region.clear();
        p.edge.clear();
    }
    const QString baseUrl = m_baseUrl->text().trimmed();
    p.baseUrl =
        m_advanced->isChecked() && !baseUrl.isEmpty() ? QUrl(baseUrl, QUrl::StrictMode) : QUrl();
    return p;
}

QString ProfileFields::secretText() const
{
    return m_secret->text();
}

void ProfileFields::setSecretText(const QString &text)
{
    m_secret->setText(text);
}

void ProfileFields::clearSecretField()
{
    // setText(), not clear(): clear() is undoable, and Ctrl+Z in a revealed
    // field would bring one profile's secret back into another's.
    m_secret->setText(QString());
    m_secret->setRevealed(false);
}

void ProfileFields::clearSecret()
{
    clearSecretField();
}

void ProfileFields::showProblems(const QMap<QString, QString> &problems)
{
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text);
        QFormLayout *form = m_forms.value(it.key());
        form->setRowVisible(
            it.value(), !text.isEmpty() && form->isRowVisible(m_rows.value(it.key())));
        if (QWidget *field = findChild<QWidget *>(it.key() + u"Field"_s))
            field->setAccessibleDescription(text);
    }
}
