#include "views/widgets/deleteconfirmationdialog.h"

#include "views/widgets/accountstrip.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Very long names (URLs in a friendly name) would stretch the dialog off the
// screen; the middle is the least telling part.
QString shortened(const QString &name)
{
    // Room for a domain name, its SID and the start of a friendly name.
    constexpr qsizetype limit = 128;
    if (name.size() <= limit)
        return name;
    return name.left(limit / 2 - 1) + u'…' + name.right(limit / 2 - 1);
}

} // namespace

DeleteConfirmationDialog::DeleteConfirmationDialog(const QString &accountText,
    const QString &resourceKind, const QStringList &resourceNames, QWidget *parent,
    const QString &consequence)
    : QDialog(parent)
    , m_count(int(resourceNames.size()))
    , m_counted(countedKind(resourceKind))
{

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addWidget(makeHeading());
    text->addLayout(makeDetails(accountText, resourceNames));
    auto *warning =
        new QLabel(tr("Deleting at the service takes effect at once and cannot be undone."), this);
    warning->setObjectName(u"warningLabel"_s);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    text->addWidget(warning);
    if (!consequence.isEmpty()) {
        auto *consequenceLabel = new QLabel(consequence, this);
        consequenceLabel->setObjectName(u"consequenceLabel"_s);
        consequenceLabel->setTextFormat(Qt::PlainText);
        consequenceLabel->setWordWrap(true);
        QFont bold = consequenceLabel->font();
        bold.setBold(true);
        consequenceLabel->setFont(bold);
        text->addWidget(consequenceLabel);
    }
    if (requiresTypedCount())
        text->addLayout(makeCountConfirmation());

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_strip = new AccountStrip(accountText, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(top);
    layout->addWidget(makeButtons());
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    updateTexts();

    updateDeleteButton();
    if (m_countEdit)
        m_countEdit->setFocus();
    else
        m_cancel->setFocus();
}

void DeleteConfirmationDialog::setCountedText(const QString &counted)
{
    m_counted = counted;
    updateTexts();
}

void DeleteConfirmationDialog::setContainer(const QString &container)
{
    m_container = container;
    updateTexts();
}

void DeleteConfirmationDialog::setAccountColor(const QString &color)
{
    m_strip->setColor(color);
}

void DeleteConfirmationDialog::updateTexts()
{
    setWindowTitle(tr("Delete %1?").arg(m_counted));
    m_heading->setText(m_container.isEmpty()
            ? tr("Delete %1 from this account?").arg(m_counted)
            : tr("Delete %1 from %2?", "records, from a list that holds them")
                  .arg(m_counted, m_container));
    m_delete->setText(tr("Delete %1").arg(m_counted));
}

QLabel *DeleteConfirmationDialog::makeHeading()
{
    auto *heading = new QLabel(this);
    m_heading = heading;
    heading->setObjectName(u"headingLabel"_s);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    return heading;
}

QFormLayout *DeleteConfirmationDialog::makeDetails(
    const QString &accountText, const QStringList &resourceNames)
{
    auto *accountLabel = new QLabel(accountText, this);
    accountLabel->setObjectName(u"accountLabel"_s);
    accountLabel->setTextFormat(Qt::PlainText);
    accountLabel->setWordWrap(true);
    accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    accountLabel->setAccessibleName(tr("Account"));
    QFont accountFont = accountLabel->font();
    accountFont.setBold(true);
    accountLabel->setFont(accountFont);

    QStringList lines;
    for (const QString &name : resourceNames.mid(0, maxListedNames))
        lines.append(u"•\u00a0"_s + (name.isEmpty() ? tr("(no name)") : shortened(name)));
    const int more = m_count - int(lines.size());
    if (more > 0)
        lines.append(tr("and %n more", nullptr, more));
    auto *names = new QLabel(lines.join(u'\n'), this);
    names->setObjectName(u"namesLabel"_s);
    names->setTextFormat(Qt::PlainText);
    names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    names->setAccessibleName(tr("To be deleted"));

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("Account:"), accountLabel);
    details->addRow(tr("To be deleted:"), names);
    return details;
}

QHBoxLayout *DeleteConfirmationDialog::makeCountConfirmation()
{
    m_countEdit = new QLineEdit(this);
    m_countEdit->setObjectName(u"countConfirmation"_s);
    m_countEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_countEdit->setMaxLength(12);
    m_countEdit->setAccessibleName(tr("Number of records to delete"));
    m_countEdit->installEventFilter(this);
    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(m_count), this);
    prompt->setObjectName(u"countPrompt"_s);
    prompt->setBuddy(m_countEdit);
    auto *confirm = new QHBoxLayout;
    confirm->addWidget(prompt);
    confirm->addWidget(m_countEdit, 1);
    connect(
        m_countEdit, &QLineEdit::textChanged, this, &DeleteConfirmationDialog::updateDeleteButton);
    return confirm;
}

QDialogButtonBox *DeleteConfirmationDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_delete = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    // Cancel stays the default: Enter anywhere but on the Delete button itself
    // must never delete. Delete keeps autoDefault so that Enter works on it
    // once the user has deliberately moved focus there.
    m_cancel->setDefault(true);
    m_delete->setDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_delete->isEnabled() && (!requiresTypedCount() || typedCountMatches()))
            accept();
    });
    return buttons;
}

bool DeleteConfirmationDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the count field would press the default button, Cancel, and
    // throw the typed count away; it moves on to Delete instead.
    if (watched == m_countEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_delete->isEnabled())
                m_delete->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString DeleteConfirmationDialog::countedKind(const QString &resourceKind) const
{
    // The caller's kind may already be translated; both spellings are
    // matched so that each known kind gets a proper plural in every language.
    if (resourceKind == u"SIP domain"_s || resourceKind == tr("SIP domain"))
        return tr("%n SIP domain(s)", nullptr, m_count);
    if (resourceKind == u"SIP endpoint"_s || resourceKind == tr("SIP endpoint"))
        return tr("%n SIP endpoint(s)", nullptr, m_count);
    return tr("%n × %1", "an unknown kind of record, counted", m_count).arg(resourceKind);
}

bool DeleteConfirmationDialog::typedCountMatches() const
{
    return m_countEdit && m_countEdit->text().trimmed() == QString::number(m_count);
}

void DeleteConfirmationDialog::updateDeleteButton()
{
    m_delete->setEnabled(m_count > 0 && (!requiresTypedCount() || typedCountMatches()));
}
