#include "views/profiles/profileeditor.h"

#include "views/profiles/connectiontestpanel.h"
#include "views/profiles/profilefields.h"
#include "views/widgets/messagebar.h"

#include "models/lists/tooltip.h"
#include "models/profiles/profilestore.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileEditor::ProfileEditor(ProfileStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"profileEditor"_s);
    buildUi(store, network);
    clearProfile();
    // A secret stored (or kept for the session) after the profile was saved.
    connect(store, &ProfileStore::secretChanged, this, [this](const QString &id) {
        if (m_hasProfile && id == m_baseline.id)
            updateSecretHint();
    });
}

// The test panel cancels its own test.
ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::buildUi(ProfileStore *store, QNetworkAccessManager *network)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_note = new MessageBar(this);
    m_note->setObjectName(u"editorNote"_s);
    m_note->hide();
    layout->addWidget(m_note);

    m_fields = new ProfileFields(this);
    connect(m_fields, &ProfileFields::edited, this, [this](const QString &key) {
        if (!key.isEmpty())
            m_touched.insert(key);
        revalidate();
    });
    layout->addWidget(m_fields);

    m_testPanel = new ConnectionTestPanel(
        store, network, [this] { return profile(); }, [this] { return secret(); },
        [this](const Profile &shown) {
            return m_origin == Origin::Saved && shown.usesSameCredentialsAs(m_baseline);
        },
        this);
    layout->addWidget(m_testPanel);

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
        for (const QString &key : ProfileFields::keysInOrder())
            m_touched.insert(key);
    }
    setNote(note);
    m_testPanel->clearResult();
    m_fields->setFieldsEnabled(true);
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
    m_fields->setFieldsEnabled(false);
    m_touched.clear();
    setNote(tr("No profile is selected. Add one, or import what the environment or the Twilio "
               "CLI already knows."));
    m_testPanel->clearResult();
    revalidate();
}

void ProfileEditor::loadFields(const Profile &profile)
{
    m_fields->load(profile, m_hasProfile, m_origin != Origin::New, secretHint());
}

ProfileFields::SecretHint ProfileEditor::secretHint() const
{
    if (m_origin != Origin::Saved || !m_hasProfile)
        return ProfileFields::SecretHint::Required;
    switch (m_store->secretState(m_baseline)) {
    case ProfileStore::SecretState::Stored:
        return ProfileFields::SecretHint::Stored;
    case ProfileStore::SecretState::SessionOnly:
        return ProfileFields::SecretHint::SessionOnly;
    case ProfileStore::SecretState::Missing:
        break;
    }
    return ProfileFields::SecretHint::NotStored;
}

void ProfileEditor::updateSecretHint()
{
    m_fields->setSecretHint(shownSecretHint());
    showNote();
}

ProfileFields::SecretHint ProfileEditor::shownSecretHint() const
{
    // An edited address or user: the stored secret does not go there, so
    // an empty field keeps nothing.
    if (m_origin == Origin::Saved && m_hasProfile && !profile().usesSameCredentialsAs(m_baseline))
        return ProfileFields::SecretHint::Required;
    return secretHint();
}

void ProfileEditor::setNote(const QString &note)
{
    m_noteText = note;
    showNote();
}

void ProfileEditor::showNote()
{
    // The caller's note first; else whatever the secret's state needs said.
    QString text = m_noteText;
    if (text.isEmpty()) {
        switch (secretHint()) {
        case ProfileFields::SecretHint::SessionOnly:
            text = tr("Its secret is kept for this session only: SipDesk forgets it when it "
                      "quits. Type it and save to store it in the system keychain.");
            break;
        case ProfileFields::SecretHint::NotStored:
            text = tr("No secret is stored for this profile: type it and save.");
            break;
        case ProfileFields::SecretHint::Required:
        case ProfileFields::SecretHint::Stored:
            break;
        }
    }
    if (text.isEmpty())
        m_note->hideMessage();
    else
        m_note->showMessage(MessageBar::Type::Information, text);
}

Profile ProfileEditor::profile() const
{
    return m_fields->read(m_baseline);
}

QString ProfileEditor::secret() const
{
    return m_fields->secretText().trimmed();
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
    const Profile p = profile();
    if (!secret().isEmpty())
        return QString();
    if (m_origin == Origin::Saved) {
        if (p.usesSameCredentialsAs(m_baseline))
            return QString();
        // The stored secret must not follow the profile to another host or user.
        return tr("Type the secret again: the address or the account changed.");
    }
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
        result.insert(ProfileFields::key(it.key()), it.value());
    if (const QString problem = secretProblem(); !problem.isEmpty())
        result.insert(ProfileFields::secretKey(), problem);
    return result;
}

QStringList ProfileEditor::problems() const
{
    const QMap<QString, QString> problems = fieldProblems();
    QStringList result;
    for (const QString &key : ProfileFields::keysInOrder()) {
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
    problems.remove(ProfileFields::key(Profile::Field::Name));
    problems.remove(ProfileFields::key(Profile::Field::Color));
    return problems.isEmpty();
}

void ProfileEditor::revalidate()
{
    m_fields->setSecretHint(shownSecretHint());
    const QMap<QString, QString> problems = fieldProblems();
    QMap<QString, QString> shown;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        if (m_touched.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    m_fields->showProblems(shown);

    const bool modified = hasUnsavedChanges();
    m_saveButton->setEnabled(canSave());
    if (!m_hasProfile)
        m_saveButton->setToolTip(QString());
    else if (!problems.isEmpty())
        m_saveButton->setToolTip(
            ToolTip::plain(tr("Cannot save yet:") + u"\n• "_s + this->problems().join(u"\n• "_s)));
    else if (!modified)
        m_saveButton->setToolTip(tr("No changes to save"));
    else
        m_saveButton->setToolTip(tr("Save the profile"));
    m_revertButton->setEnabled(m_hasProfile && !m_busy && m_origin == Origin::Saved && modified);

    m_testPanel->setAvailable(canTest());
    emit changed();
}

void ProfileEditor::markSaved(const Profile &saved)
{
    const QString typed = m_fields->secretText();
    m_origin = Origin::Saved;
    m_baseline = saved;
    setNote(QString());
    loadFields(saved);
    m_fields->setSecretText(typed);
    m_baseline = profile();
    revalidate();
}

void ProfileEditor::clearSecret()
{
    m_fields->clearSecret();
    m_touched.remove(ProfileFields::secretKey());
    updateSecretHint();
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
    m_testPanel->cancel();
}
