#include "views/forms/sipcredentialform.h"

#include "views/forms/sipauthformparts.h"
#include "views/widgets/passwordlineedit.h"

#include "models/api/apirequest.h"
#include "models/api/twilioclient.h"
#include "models/kinds/sipcredentialkind.h"
#include "models/validation/passwordgenerator.h"
#include "models/validation/rules.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {

const QString kUsername = u"Username"_s;
const QString kPassword = u"Password"_s;

} // namespace

SipCredentialForm::SipCredentialForm(TwilioClient *client, const QString &accountText,
    const std::optional<SipCredential> &existing, const QString &credentialListSid, QWidget *parent)
    : RecordForm(existing ? Mode::Edit : Mode::Create, accountText, parent)
    , m_client(client)
    , m_before(existing.value_or(SipCredential()))
    , m_listSid(credentialListSid)
{
    setObjectName(u"sipCredentialForm"_s);
    setWindowTitle(
        existing ? tr("Change Password — %1").arg(existing->username) : tr("New Credential"));
    const bool creating = !existing;

    QGridLayout *general = addGroup(tr("General"));
    addField(general, u"CredentialListSid"_s, tr("Credential list"),
        SipAuthFormParts::parentLabel(client, TwilioCollections::credentialLists(), m_listSid), {});

    if (creating) {
        m_username = new QLineEdit;
        m_username->setPlaceholderText(tr("e.g. pam.beesly"));
        m_username->setClearButtonEnabled(true);
        addField(general, kUsername, tr("Username"), m_username,
            [this] { return Rules::sipUsernameProblem(m_username->text().trimmed()); });
        setFieldRequired(kUsername, true);
        SipAuthFormParts::addNote(m_username,
            tr("What the device registers or calls as. Up to %1 characters; it cannot be "
               "changed later.")
                .arg(Rules::kSipUsernameMaxLength));
    } else {
        // Text, not a field that looks as if it took typing.
        QLabel *username = SipAuthFormParts::readOnlyText(m_before.username);
        addField(general, kUsername, tr("Username"), username, {});
        SipAuthFormParts::addNote(
            username, tr("A username cannot change: delete the credential and create a new one."));
    }

    m_password = new PasswordLineEdit;
    m_password->setPlaceholderText(
        creating ? tr("Type one, or Generate") : tr("Leave empty to keep the current password"));
    addField(general, kPassword, tr("Password"), m_password,
        [this] { return Rules::sipPasswordProblem(m_password->text()); });
    setFieldRequired(kPassword, creating);
    // Room for a whole generated password beside the eye button: a support
    // engineer reads it out or compares it character by character.
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(
                                    QString(PasswordGenerator::kDefaultLength, u'X'))
        + 2 * m_password->sizeHint().height());
    QHBoxLayout *row = SipAuthFormParts::besideEditor(m_password);
    m_generate = new QPushButton(tr("&Generate"));
    m_generate->setObjectName(u"generatePasswordButton"_s);
    m_generate->setToolTip(tr("Fill in a random password of %1 letters and digits")
                               .arg(PasswordGenerator::kDefaultLength));
    m_copy = new QPushButton(tr("C&opy"));
    m_copy->setObjectName(u"copyPasswordButton"_s);
    m_copy->setToolTip(tr("Copy the password to the clipboard"));
    m_copy->setEnabled(false);
    row->addWidget(m_generate);
    row->addWidget(m_copy);
    SipAuthFormParts::addNote(m_password,
        tr("At least %1 characters with a digit, a lower-case and an upper-case letter.")
            .arg(Rules::kSipPasswordMinLength));
    m_copyHint = SipAuthFormParts::addNote(
        m_password, tr("Twilio never shows this password again: copy it now."));
    m_copyHint->setObjectName(u"copyPasswordHint"_s);
    QFont bold = m_copyHint->font();
    bold.setBold(true);
    m_copyHint->setFont(bold);
    m_copyHint->hide();

    connect(m_generate, &QPushButton::clicked, this, &SipCredentialForm::generatePassword);
    connect(m_copy, &QPushButton::clicked, this, &SipCredentialForm::copyPassword);
    connect(m_password, &QLineEdit::textChanged, this, &SipCredentialForm::onPasswordEdited);

    finishLayout();
    resize(640, 400);
}

SipCredentialForm::~SipCredentialForm()
{
    const QSignalBlocker quiet(m_password); // the form's checks are going too
    forgetPassword();
}

void SipCredentialForm::generatePassword()
{
    m_password->setText(PasswordGenerator::generate());
    m_password->setRevealed(true); // shown once, so that it can be read and copied
    m_copyHint->show();
    m_password->setFocus();
}

void SipCredentialForm::copyPassword()
{
    const QString password = typedPassword();
    if (password.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(password);
    // Asks KDE's clipboard history (Klipper) and others that honour it to
    // keep the password out of their history.
    data->setData(u"x-kde-passwordManagerHint"_s, "secret");
    QGuiApplication::clipboard()->setMimeData(data);
    m_copy->setText(tr("Copied"));
}

void SipCredentialForm::onPasswordEdited()
{
    m_copy->setEnabled(!typedPassword().isEmpty());
    m_copy->setText(tr("C&opy"));
    if (m_password->text().isEmpty())
        m_copyHint->hide();
}

QString SipCredentialForm::typedPassword() const
{
    const QString typed = m_password->text();
    return typed.trimmed().isEmpty() ? QString() : typed;
}

void SipCredentialForm::forgetPassword()
{
    // setText(), unlike clear(), also empties the field's undo history.
    if (m_password)
        m_password->setText(QString());
}

bool SipCredentialForm::hasUnsavedChanges() const
{
    if (!typedPassword().isEmpty())
        return true;
    return m_username && !m_username->text().trimmed().isEmpty();
}

ApiRequest *SipCredentialForm::sendRequest()
{
    if (!m_client)
        return nullptr;
    const QString password = typedPassword();
    const TwilioCollection collection = SipCredentialKind::collection(m_listSid);
    if (mode() == Mode::Create) {
        return m_client->create(
            collection, { { kUsername, m_username->text().trimmed() }, { kPassword, password } });
    }
    // The username cannot change: only a new password is sent.
    return password.isEmpty()
        ? nullptr
        : m_client->update(collection, m_before.sid, { { kPassword, password } });
}

QVariant SipCredentialForm::savedRecord(const ApiRequest &request) const
{
    return QVariant::fromValue(SipCredential::fromJson(request.json().object()));
}

void SipCredentialForm::onSaved()
{
    forgetPassword();
    m_copyHint->hide();
}
