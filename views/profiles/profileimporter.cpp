#include "views/profiles/profileimporter.h"

#include "views/profiles/profileimportdialog.h"
#include "views/profiles/secretsaveflow.h"

#include "models/profiles/profilenames.h"
#include "models/profiles/profilestore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

ProfileImporter::ProfileImporter(ProfileStore *store, SecretSaveFlow *secrets, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_secrets(secrets)
    , m_window(window)
{ }

void ProfileImporter::importFromEnvironment(const QProcessEnvironment &environment)
{
    confirm(ProfileImport::fromEnvironment(environment), tr("the environment"), QString());
}

void ProfileImporter::chooseTwilioCliFile()
{
    const QFileInfo config(ProfileImport::defaultTwilioCliConfigPath());
    auto *dialog = new QFileDialog(m_window, tr("Import from the Twilio CLI"),
        config.dir().exists() ? config.absolutePath() : QDir::homePath(),
        tr("Twilio CLI configuration (config.json);;JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"twilioCliFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // ~/.twilio-cli is a hidden folder.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    if (config.exists())
        dialog->selectFile(config.absoluteFilePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileImporter::twilioCliFileChosen);
    dialog->open();
}

void ProfileImporter::importFromTwilioCli(const QString &path)
{
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfig(path);
    QString notice;
    if (!result.profiles.isEmpty()) {
        notice = tr("Read from %1. That file holds the secrets in plain text; SipDesk only "
                    "reads it and leaves it untouched.")
                     .arg(QDir::toNativeSeparators(path));
    }
    confirm(result, tr("the Twilio CLI configuration"), notice);
}

void ProfileImporter::confirm(
    const ProfileImportResult &result, const QString &sourceName, const QString &notice)
{
    auto *dialog =
        new ProfileImportDialog(result, sourceName, notice, m_store->profiles(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList invalid;
        for (const ImportedProfile &imported : dialog->result().profiles) {
            if (const auto problems = imported.profile.problems(); !problems.isEmpty())
                invalid.append(tr("“%1”: %2").arg(imported.profile.name, problems.first()));
        }
        save(dialog->chosen(), invalid);
    });
    dialog->open();
}

void ProfileImporter::save(const QList<ImportedProfile> &chosen, const QStringList &invalid)
{
    QStringList saved;
    QStringList withoutSecret;
    QStringList skipped = invalid;
    QList<SecretSaveFlow::Secret> secrets;
    QString firstId;
    for (const ImportedProfile &imported : chosen) {
        Profile profile = imported.profile;
        profile.name = uniqueProfileName(*m_store, profile.name);
        QString error;
        if (!m_store->save(profile, &error)) {
            skipped.append(tr("“%1”: %2").arg(profile.name, error));
            continue;
        }
        saved.append(u"“%1”"_s.arg(profile.name));
        if (firstId.isEmpty())
            firstId = profile.id;
        if (imported.secret.isEmpty())
            withoutSecret.append(u"“%1”"_s.arg(profile.name));
        else
            secrets.append({ profile, imported.secret });
    }

    m_secrets->store(secrets,
        [this, saved, withoutSecret, skipped, firstId](
            const SecretSaveFlow::Failures &failures, bool sessionOnly) {
            QStringList lines;
            if (!saved.isEmpty())
                lines << tr("Imported %n profile(s): %1.", nullptr, int(saved.size()))
                             .arg(saved.join(u", "_s));
            else
                lines << tr("No profile was imported.");
            if (sessionOnly)
                lines << tr("Their secrets are kept for this session only.");
            if (!withoutSecret.isEmpty())
                lines << tr("Without a secret (type it in the editor): %1.")
                             .arg(withoutSecret.join(u", "_s));
            if (!failures.isEmpty()) {
                QStringList sentences;
                for (const SecretSaveFlow::Failure &failure : failures)
                    sentences.append(failure.sentence());
                lines << tr("Secrets not stored: %1").arg(sentences.join(u' '));
            }
            if (!skipped.isEmpty())
                lines << tr("Skipped: %1").arg(skipped.join(u' '));
            const MessageBar::Type type = saved.isEmpty()   ? MessageBar::Type::Error
                : !failures.isEmpty() || !skipped.isEmpty() ? MessageBar::Type::Warning
                                                            : MessageBar::Type::Information;
            emit imported(firstId, lines.join(u'\n'), type);
        });
}
