#include "profileeditor.h"

#include "profilelistdelegate.h"
#include "widgets/messagebar.h"
#include "widgets/passwordlineedit.h"

#include "profiles/connectiontest.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Field keys: the objectNames are "<key>Field" and "<key>Problem".
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

QString keyOf(Profile::Field field)
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

// Fields on screen, top to bottom: the order of the Save button's tooltip.
const QStringList &fieldOrder()
{
    static const QStringList order { kName, kColor, kAccountSid, kSpace, kProjectId, kApiKeySid,
        kSecret, kRegion, kEdge, kBaseUrl };
    return order;
}

const QList<QPair<QString, const char *>> &presetColors()
{
    static const QList<QPair<QString, const char *>> presets {
        { u"#d32f2f"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Red") },
        { u"#f57c00"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Orange") },
        { u"#fbc02d"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Yellow") },
        { u"#388e3c"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Green") },
        { u"#1976d2"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Blue") },
        { u"#7b1fa2"_s, QT_TRANSLATE_NOOP("ProfileEditor", "Purple") },
    };
    return presets;
}

void setLabelColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString outcomeName(ConnectionTest::Outcome outcome)
{
    switch (outcome) {
    case ConnectionTest::Outcome::Authenticated:
        return u"authenticated"_s;
    case ConnectionTest::Outcome::WrongCredentials:
        return u"wrongCredentials"_s;
    case ConnectionTest::Outcome::CannotReachHost:
        return u"cannotReachHost"_s;
    case ConnectionTest::Outcome::TlsError:
        return u"tlsError"_s;
    case ConnectionTest::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kSuccessColor(0x2e, 0x7d, 0x32);

} // namespace

ProfileEditor::ProfileEditor(ProfileStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_network(network)
{
    setObjectName(u"profileEditor"_s);
    buildUi();
    clearProfile();
}

ProfileEditor::~ProfileEditor()
{
    cancelTest();
}

void ProfileEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_note = new MessageBar(this);
    m_note->setObjectName(u"editorNote"_s);
    m_note->hide();
    layout->addWidget(m_note);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Acme (production)"));
    addField(tr("&Name:"), m_name, kName);

    auto *colors = new QWidget(this);
    auto *colorRow = new QHBoxLayout(colors);
    colorRow->setContentsMargins(0, 0, 0, 0);
    colorRow->setSpacing(2);
    const auto addSwatch = [&](const QString &color, const QString &name, int index) {
        auto *button = new QToolButton(colors);
        button->setObjectName(u"colorPreset%1"_s.arg(index));
        button->setAutoRaise(true);
        button->setIcon(ProfileListDelegate::swatch(color));
        button->setToolTip(name);
        button->setAccessibleName(tr("Color: %1").arg(name));
        connect(button, &QToolButton::clicked, this, [this, color] {
            setColor(color);
            m_touched.insert(kColor);
            revalidate();
        });
        colorRow->addWidget(button);
    };
    addSwatch(QString(), tr("No color"), 0);
    int index = 1;
    for (const auto &[color, name] : presetColors())
        addSwatch(color, tr(name), index++);
    m_colorButton = new QToolButton(colors);
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colorButton->setText(tr("Other…"));
    m_colorButton->setToolTip(tr("Choose any color"));
    connect(m_colorButton, &QToolButton::clicked, this, &ProfileEditor::chooseColor);
    colorRow->addSpacing(6);
    colorRow->addWidget(m_colorButton);
    colorRow->addStretch();
    colors->setFocusProxy(m_colorButton);
    addField(tr("Co&lor:"), colors, kColor);
    m_colorButton->setObjectName(u"colorButton"_s);

    m_service = new QComboBox(this);
    m_service->addItem(tr("Twilio"), int(Account::Service::Twilio));
    m_service->addItem(tr("SignalWire"), int(Account::Service::SignalWire));
    addField(tr("Service:"), m_service, kService);
    m_service->setObjectName(u"serviceBox"_s);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        revalidate();
    });

    m_accountSid = new QLineEdit(this);
    m_accountSid->setPlaceholderText(u"AC…"_s);
    addField(tr("&Account SID:"), m_accountSid, kAccountSid);

    m_space = new QLineEdit(this);
    m_space->setPlaceholderText(tr("example (of example.signalwire.com)"));
    addField(tr("Spac&e:"), m_space, kSpace);

    m_projectId = new QLineEdit(this);
    m_projectId->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    addField(tr("&Project ID:"), m_projectId, kProjectId);

    m_authMode = new QComboBox(this);
    m_authMode->addItem(tr("Auth token"), int(Profile::TwilioAuth::AuthToken));
    m_authMode->addItem(tr("API key"), int(Profile::TwilioAuth::ApiKey));
    addField(tr("A&uthentication:"), m_authMode, kAuthMode);
    m_authMode->setObjectName(u"authModeBox"_s);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        revalidate();
    });

    m_apiKeySid = new QLineEdit(this);
    m_apiKeySid->setPlaceholderText(u"SK…"_s);
    addField(tr("API &key SID:"), m_apiKeySid, kApiKeySid);

    m_secret = new PasswordLineEdit(this);
    addField(tr("&Secret:"), m_secret, kSecret);

    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("Default (us1)"));
    m_region->setToolTip(tr("Twilio region, e.g. ie1 or au1. Leave empty for the United States."));
    addField(tr("&Region:"), m_region, kRegion);

    m_edge = new QLineEdit(this);
    m_edge->setPlaceholderText(tr("Default"));
    m_edge->setToolTip(tr("Twilio edge location, e.g. dublin or sydney."));
    addField(tr("Edg&e:"), m_edge, kEdge);

    for (QLineEdit *field : { m_name, m_accountSid, m_apiKeySid, m_region, m_edge, m_space,
             m_projectId, static_cast<QLineEdit *>(m_secret) }) {
        connectEdits(field, field->objectName().chopped(5)); // without "Field"
    }

    // A checkbox that unfolds the section: a collapsed group box would
    // still draw an empty frame.
    m_advanced = new QCheckBox(tr("Advanced: use a custom &base URL"), this);
    m_advanced->setObjectName(u"advancedCheck"_s);
    m_advancedContent = new QWidget(this);
    auto *advancedForm = new QFormLayout(m_advancedContent);
    advancedForm->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_baseUrl = new QLineEdit(m_advancedContent);
    m_baseUrl->setPlaceholderText(u"http://127.0.0.1:8080"_s);
    addFieldTo(advancedForm, tr("Base URL:"), m_baseUrl, kBaseUrl);
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
        m_touched.insert(kBaseUrl);
        revalidate();
    });
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedContent);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditor::toggleTest);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    auto *buttons = new QHBoxLayout;
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setAutoDefault(false);
    m_revertButton->setToolTip(tr("Discard the edits to this profile"));
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileEditor::revert);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (canSave())
            emit saveRequested();
    });
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    layout->addStretch();
}

QWidget *ProfileEditor::addField(const QString &label, QWidget *field, const QString &key)
{
    return addFieldTo(m_form, label, field, key);
}

QWidget *ProfileEditor::addFieldTo(
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
    setLabelColor(problem, kErrorColor);
    form->addRow(static_cast<QWidget *>(nullptr), problem);
    form->setRowVisible(problem, false);
    m_rows.insert(key, field);
    m_problems.insert(key, problem);
    m_forms.insert(key, form);
    return field;
}

void ProfileEditor::connectEdits(QLineEdit *field, const QString &key)
{
    // textEdited, not textChanged: loading a profile is not the user's doing.
    connect(field, &QLineEdit::textEdited, this, [this, key] {
        m_touched.insert(key);
        revalidate();
    });
}

void ProfileEditor::setProfile(const Profile &value, Origin origin, const QString &note)
{
    cancelTest();
    m_origin = origin;
    m_hasProfile = true;
    m_baseline = value;
    loadFields(value);
    m_baseline = profile();
    m_touched.clear();
    if (origin != Origin::New) {
        // A saved profile or a copy of one: whatever is wrong with it (a
        // hand-edited settings file) shows at once.
        for (const QString &key : fieldOrder())
            m_touched.insert(key);
    }
    setNote(note);
    setTestText(QString(), QString());
    setFieldsEnabled(true);
    revalidate();
}

void ProfileEditor::clearProfile()
{
    cancelTest();
    m_hasProfile = false;
    m_origin = Origin::Saved;
    m_baseline = Profile();
    loadFields(m_baseline);
    m_baseline = profile();
    setFieldsEnabled(false);
    m_touched.clear();
    setNote(tr("No profile is selected. Add one, or import what the environment or the Twilio "
               "CLI already knows."));
    setTestText(QString(), QString());
    revalidate();
}

void ProfileEditor::setNote(const QString &note)
{
    m_noteText = note;
    if (note.isEmpty())
        m_note->hideMessage();
    else
        m_note->showMessage(MessageBar::Type::Information, note);
}

void ProfileEditor::setFieldsEnabled(bool enabled)
{
    for (QWidget *field : std::as_const(m_rows))
        field->setEnabled(enabled);
    m_advanced->setEnabled(enabled);
    m_advancedContent->setEnabled(enabled);
    // The service of a saved profile is fixed: its secret and its
    // identifier mean nothing to the other service.
    m_service->setEnabled(enabled && m_origin == Origin::New);
}

void ProfileEditor::loadFields(const Profile &profile)
{
    m_name->setText(profile.name);
    setColor(profile.color);
    m_service->setCurrentIndex(m_service->findData(int(profile.service)));
    m_accountSid->setText(profile.accountSid);
    m_authMode->setCurrentIndex(m_authMode->findData(int(profile.twilioAuth)));
    m_apiKeySid->setText(profile.apiKeySid);
    m_region->setText(profile.region);
    m_edge->setText(profile.edge);
    m_space->setText(profile.space);
    m_projectId->setText(profile.projectId);
    m_secret->clear();
    m_baseUrl->setText(profile.baseUrl.toString());
    {
        const QSignalBlocker blocker(m_advanced);
        m_advanced->setChecked(!profile.baseUrl.isEmpty());
        m_advancedContent->setVisible(m_advanced->isChecked());
    }
    m_service->setEnabled(m_hasProfile && m_origin == Origin::New);
    m_service->setToolTip(m_origin == Origin::New
            ? QString()
            : tr("A saved profile stays with its service; add a new profile for the other one."));
    updateVisibility();
}

void ProfileEditor::setColor(const QString &color)
{
    m_color = color;
    m_colorButton->setIcon(ProfileListDelegate::swatch(color));
    m_colorButton->setAccessibleDescription(color.isEmpty() ? tr("No color") : color);
}

void ProfileEditor::chooseColor()
{
    auto *dialog = new QColorDialog(QColor::fromString(m_color), this);
    dialog->setObjectName(u"colorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Profile Color"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        if (!color.isValid())
            return;
        setColor(color.name(QColor::HexRgb));
        m_touched.insert(kColor);
        revalidate();
    });
    dialog->open();
}

void ProfileEditor::updateVisibility()
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
    m_secret->setPlaceholderText(m_origin == Origin::Saved
            ? tr("Leave empty to keep the stored %1").arg(secretName.toLower())
            : tr("Required"));
}

Profile ProfileEditor::profile() const
{
    Profile p = m_baseline;
    p.name = m_name->text().trimmed();
    p.color = m_color;
    p.service = Account::Service(m_service->currentData().toInt());
    // Pasted identifiers often carry a space or a line break at either end.
    if (p.service == Account::Service::Twilio) {
        p.accountSid = m_accountSid->text().trimmed();
        p.twilioAuth = Profile::TwilioAuth(m_authMode->currentData().toInt());
        p.apiKeySid =
            p.twilioAuth == Profile::TwilioAuth::ApiKey ? m_apiKeySid->text().trimmed() : QString();
        p.region = m_region->text().trimmed().toLower();
        p.edge = m_edge->text().trimmed().toLower();
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

QString ProfileEditor::secret() const
{
    return m_secret->text().trimmed();
}

bool ProfileEditor::hasUnsavedChanges() const
{
    if (!m_hasProfile)
        return false;
    if (m_origin == Origin::Copy)
        return true;
    return profile() != m_baseline || !secret().isEmpty();
}

QString ProfileEditor::secretProblem() const
{
    if (m_origin == Origin::Saved || !secret().isEmpty())
        return QString();
    const Profile p = profile();
    if (p.service == Account::Service::SignalWire)
        return tr("Type the API token: a new profile needs its secret.");
    if (p.twilioAuth == Profile::TwilioAuth::ApiKey)
        return tr("Type the API key secret: a new profile needs its secret.");
    return tr("Type the auth token: a new profile needs its secret.");
}

QMap<QString, QString> ProfileEditor::fieldProblems() const
{
    QMap<QString, QString> result;
    if (!m_hasProfile)
        return result;
    const auto problems = profile().problems();
    for (auto it = problems.begin(); it != problems.end(); ++it)
        result.insert(keyOf(it.key()), it.value());
    if (const QString problem = secretProblem(); !problem.isEmpty())
        result.insert(kSecret, problem);
    return result;
}

QStringList ProfileEditor::problems() const
{
    const QMap<QString, QString> problems = fieldProblems();
    QStringList result;
    for (const QString &key : fieldOrder()) {
        if (problems.contains(key))
            result.append(problems.value(key));
    }
    return result;
}

bool ProfileEditor::canSave() const
{
    return m_hasProfile && !m_busy && hasUnsavedChanges() && fieldProblems().isEmpty();
}

bool ProfileEditor::canTest() const
{
    if (!m_hasProfile || m_busy)
        return false;
    QMap<QString, QString> problems = fieldProblems();
    // Neither says anything about reaching the account.
    problems.remove(kName);
    problems.remove(kColor);
    return problems.isEmpty();
}

void ProfileEditor::revalidate()
{
    const QMap<QString, QString> problems = fieldProblems();
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        const QString text = m_touched.contains(it.key()) ? problems.value(it.key()) : QString();
        it.value()->setText(text);
        QFormLayout *form = m_forms.value(it.key());
        form->setRowVisible(
            it.value(), !text.isEmpty() && form->isRowVisible(m_rows.value(it.key())));
        if (QWidget *field = findChild<QWidget *>(it.key() + u"Field"_s))
            field->setAccessibleDescription(text);
    }

    const bool modified = hasUnsavedChanges();
    m_saveButton->setEnabled(canSave());
    if (!m_hasProfile)
        m_saveButton->setToolTip(QString());
    else if (!problems.isEmpty())
        m_saveButton->setToolTip(
            tr("Cannot save yet:") + u"\n• "_s + this->problems().join(u"\n• "_s));
    else if (!modified)
        m_saveButton->setToolTip(tr("No changes to save"));
    else
        m_saveButton->setToolTip(tr("Save the profile"));
    m_revertButton->setEnabled(m_hasProfile && !m_busy && m_origin == Origin::Saved && modified);

    if (!m_testRunning) {
        m_testButton->setEnabled(canTest());
        m_testButton->setToolTip(canTest() ? tr("Sign in with these values without saving them")
                                           : tr("Fill in the fields above first"));
    }
    emit changed();
}

void ProfileEditor::markSaved(const Profile &saved)
{
    const QString typed = m_secret->text();
    m_origin = Origin::Saved;
    m_baseline = saved;
    setNote(QString());
    loadFields(saved);
    m_secret->setText(typed);
    m_baseline = profile();
    revalidate();
}

void ProfileEditor::clearSecret()
{
    m_secret->clear();
    m_touched.remove(kSecret);
    revalidate();
}

void ProfileEditor::setBusy(bool busy)
{
    m_busy = busy;
    setEnabled(!busy);
    revalidate();
}

void ProfileEditor::revert()
{
    if (!m_hasProfile)
        return;
    setProfile(m_baseline, m_origin, m_noteText);
}

void ProfileEditor::hideEvent(QHideEvent *event)
{
    // Nobody is left to read the verdict.
    cancelTest();
    QWidget::hideEvent(event);
}

void ProfileEditor::cancelTest()
{
    ++m_testGeneration;
    if (m_test) {
        m_test->cancel();
        m_test->deleteLater();
        m_test.clear();
    }
    if (m_testRunning) {
        m_testRunning = false;
        setTestText(tr("The connection test was cancelled."), u"cancelled"_s);
    }
    if (m_testButton) {
        m_testButton->setText(tr("&Test connection"));
        m_testButton->setEnabled(canTest());
    }
}

void ProfileEditor::toggleTest()
{
    if (m_testRunning) {
        cancelTest();
        return;
    }
    cancelTest();
    if (!canTest())
        return;
    m_testRunning = true;
    m_testButton->setText(tr("Cancel &test"));
    setTestText(tr("Testing the connection…"), u"running"_s);
    if (!secret().isEmpty()) {
        startTest(secret());
        return;
    }
    // The stored secret, without ever showing it: only the test sees it.
    const quint64 generation = m_testGeneration;
    m_store->readSecret(m_baseline.id, this, [this, generation](const SecretStore::Result &result) {
        if (generation != m_testGeneration)
            return;
        if (result.status == SecretStore::Status::Ok) {
            startTest(result.secret);
            return;
        }
        m_testRunning = false;
        m_testButton->setText(tr("&Test connection"));
        m_testButton->setEnabled(canTest());
        if (result.status == SecretStore::Status::NotFound)
            setTestText(tr("No secret is stored for this profile: type it to test."), u"failed"_s);
        else
            setTestText(result.errorText.isEmpty() ? tr("The stored secret could not be read.")
                                                   : result.errorText,
                u"failed"_s);
    });
}

void ProfileEditor::startTest(const QString &secret)
{
    m_test = new ConnectionTest(m_network, profile().toAccount(secret), this);
    connect(m_test, &ConnectionTest::finished, this, &ProfileEditor::showTestResult);
    m_test->start();
}

void ProfileEditor::showTestResult()
{
    auto *test = qobject_cast<ConnectionTest *>(sender());
    if (!test || test != m_test)
        return;
    m_test.clear();
    m_testRunning = false;
    test->deleteLater();
    setTestText(test->message(), outcomeName(test->outcome()));
    m_testButton->setText(tr("&Test connection"));
    m_testButton->setEnabled(canTest());
}

void ProfileEditor::setTestText(const QString &text, const QString &state)
{
    // A mark as well as a colour, so that the verdict does not rest on
    // colour alone.
    QString mark;
    QColor color = palette().color(QPalette::WindowText);
    if (state == u"authenticated"_s) {
        mark = u"✔ "_s;
        color = kSuccessColor;
    } else if (state == u"running"_s || state == u"cancelled"_s || state.isEmpty()) {
        mark.clear();
    } else {
        mark = u"✘ "_s;
        color = kErrorColor;
    }
    m_testResult->setText(text.isEmpty() ? QString() : mark + text);
    m_testResult->setProperty("outcome", state);
    setLabelColor(m_testResult, color);
}
