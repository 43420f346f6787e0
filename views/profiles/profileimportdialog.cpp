#include "views/profiles/profileimportdialog.h"

#include "views/widgets/statuscolors.h"

#include "views/profiles/profilelist.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProfileImportDialog::ProfileImportDialog(const ProfileImportResult &result,
    const QString &sourceName, const QString &notice, const QList<Profile> &existing,
    QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Profiles"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeIntro(sourceName));
    if (!notice.isEmpty())
        layout->addWidget(wrappedLabel(notice, u"importNotice"_s, this));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"importList"_s);
    m_list->setAccessibleName(tr("Profiles found"));
    m_list->setWordWrap(true);
    m_list->setVisible(!result.profiles.isEmpty());
    for (const ImportedProfile &imported : result.profiles)
        addItem(imported, existing);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, &ProfileImportDialog::updateImportButton);

    if (!result.warnings.isEmpty()) {
        auto *warnings = wrappedLabel(tr("Warnings:") + u"\n• "_s + result.warnings.join(u"\n• "_s),
            u"importWarnings"_s, this);
        layout->addWidget(warnings);
    }

    auto *buttons = new QDialogButtonBox(this);
    if (result.profiles.isEmpty()) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        m_importButton->setObjectName(u"importButton"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateImportButton();
    resize(560, result.profiles.isEmpty() ? 200 : 400);
}

QLabel *ProfileImportDialog::makeIntro(const QString &sourceName)
{
    if (!m_result.error.isEmpty()) {
        auto *error = wrappedLabel(
            tr("Nothing could be imported: %1").arg(m_result.error), u"importError"_s, this);
        StatusColors::colorText(error, StatusColors::Status::Error);
        return error;
    }
    if (m_result.profiles.isEmpty())
        return wrappedLabel(
            tr("No Twilio or SignalWire credentials were found in %1.").arg(sourceName),
            u"importNothing"_s, this);
    return wrappedLabel(tr("Tick the profiles to save. Their secrets go to the system keychain."),
        u"importIntro"_s, this);
}

// One row: what was found and where, and why it cannot be imported or is
// left unticked (already saved); only valid profiles can be ticked.
void ProfileImportDialog::addItem(const ImportedProfile &imported, const QList<Profile> &existing)
{
    const Profile &profile = imported.profile;
    QStringList lines { tr("%1 — %2 %3")
                            .arg(profile.name, ProfileList::serviceName(profile.service),
                                profile.identifier()) };
    if (!imported.origin.isEmpty())
        lines << tr("From %1").arg(imported.origin);
    if (imported.secret.isEmpty())
        lines << tr("No secret found: type it in the editor after importing.");
    bool check = true;
    auto *item = new QListWidgetItem(m_list);
    if (const auto problems = profile.problems(); !problems.isEmpty()) {
        lines << tr("Cannot be imported: %1").arg(problems.first());
        item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        check = false;
    } else {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        for (const Profile &saved : existing) {
            if (saved.service == profile.service && !saved.identifier().isEmpty()
                && saved.identifier() == profile.identifier()) {
                lines << tr("Already saved as “%1”.").arg(saved.name);
                check = false;
                break;
            }
        }
    }
    item->setText(lines.join(u'\n'));
    item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
}

QList<ImportedProfile> ProfileImportDialog::chosen() const
{
    QList<ImportedProfile> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_result.profiles.at(row));
    }
    return chosen;
}

void ProfileImportDialog::updateImportButton()
{
    if (m_importButton)
        m_importButton->setEnabled(!chosen().isEmpty());
}
