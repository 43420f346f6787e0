#include "views/forms/domainauthsection.h"

#include "views/widgets/statuscolors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSidRole = Qt::UserRole + 1;

QString objectNameOf(DomainAuthMappings::Mapping mapping)
{
    switch (mapping) {
    case DomainAuthMappings::Mapping::CallsCredentialLists:
        return u"callsCredentialLists"_s;
    case DomainAuthMappings::Mapping::CallsIpAccessControlLists:
        return u"callsIpAccessControlLists"_s;
    case DomainAuthMappings::Mapping::RegistrationsCredentialLists:
        return u"registrationsCredentialLists"_s;
    }
    return {};
}

} // namespace

DomainAuthSection::DomainAuthSection(
    TwilioClient *client, const QString &domainSid, QWidget *parent)
    : QWidget(parent)
    , m_mappings(new DomainAuthMappings(client, this))
    , m_domainSid(domainSid)
{
    setObjectName(u"domainAuthSection"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *explanation = new QLabel(
        tr("Calls: without a checked list the domain receives no traffic. Registrations: devices "
           "cannot register without a checked credential list (only with SIP registration on)."));
    explanation->setObjectName(u"authExplanation"_s);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(u"authStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Re&try"));
    m_retry->setObjectName(u"authRetry"_s);
    m_retry->setAccessibleName(tr("Retry loading the lists"));
    connect(m_retry, &QPushButton::clicked, this, &DomainAuthSection::load);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_lists = new QWidget;
    auto *lists = new QGridLayout(m_lists);
    lists->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Mapping mapping;
        QString label;
        QString accessible;
        int row, column;
    } parts[] = {
        { Mapping::CallsCredentialLists, tr("Calls — &credential lists"),
            tr("Credential lists that authenticate calls"), 0, 0 },
        { Mapping::CallsIpAccessControlLists, tr("Calls — &IP access control lists"),
            tr("IP access control lists that authenticate calls"), 0, 1 },
        { Mapping::RegistrationsCredentialLists, tr("Re&gistrations — credential lists"),
            tr("Credential lists that authenticate registrations"), 2, 0 },
    };
    for (const auto &part : parts) {
        auto *label = new QLabel(part.label);
        auto *list = new QListWidget;
        list->setObjectName(objectNameOf(part.mapping));
        list->setAccessibleName(part.accessible);
        list->setMaximumHeight(list->fontMetrics().height() * 7);
        list->setMinimumHeight(list->fontMetrics().height() * 4);
        label->setBuddy(list);
        lists->addWidget(label, part.row, part.column);
        lists->addWidget(list, part.row + 1, part.column);
        m_listWidgets[int(part.mapping)] = list;
        connect(list, &QListWidget::itemChanged, this, &DomainAuthSection::onItemChanged);
    }
    m_registrationHint = new QLabel(tr("⚠ SIP registration is on, but no credential list is "
                                       "checked: devices cannot register."));
    m_registrationHint->setObjectName(u"registrationHint"_s);
    m_registrationHint->setWordWrap(true);
    const QString warning = StatusColors::textName(StatusColors::Status::Warning, palette());
    m_registrationHint->setStyleSheet(u"color:"_s + warning);
    lists->addWidget(m_registrationHint, 3, 1, Qt::AlignTop);
    m_callsHint = new QLabel(tr("⚠ Nothing is checked for calls: the domain receives no traffic."));
    m_callsHint->setObjectName(u"callsHint"_s);
    m_callsHint->setWordWrap(true);
    m_callsHint->setStyleSheet(u"color:"_s + warning);
    lists->addWidget(m_callsHint, 2, 1, Qt::AlignTop);
    layout->addWidget(m_lists);

    connect(m_mappings, &DomainAuthMappings::loaded, this, &DomainAuthSection::onLoaded);
    load();
}

QListWidget *DomainAuthSection::listFor(Mapping mapping) const
{
    return m_listWidgets[int(mapping)];
}

void DomainAuthSection::load()
{
    m_status->setText(tr("Loading the account's credential lists and IP access control lists…"));
    m_status->show();
    m_retry->hide();
    m_lists->setEnabled(false);
    m_mappings->load(m_domainSid);
}

void DomainAuthSection::onLoaded()
{
    if (!m_mappings->isLoaded()) {
        m_status->setText(tr("The lists could not be loaded: %1 The domain's other fields can "
                             "still be saved.")
                              .arg(m_mappings->loadError().userMessage()));
        m_retry->show();
        populate();
        m_lists->setEnabled(false);
        emit changed();
        return;
    }
    m_status->hide();
    m_retry->hide();
    m_lists->setEnabled(true);
    populate();
    emit changed();
}

void DomainAuthSection::populate()
{
    m_populating = true;
    for (Mapping mapping : DomainAuthMappings::kMappings) {
        QListWidget *list = listFor(mapping);
        list->clear();
        const QSet<QString> chosen = m_mappings->chosen(mapping);
        QStringList sids = m_mappings->candidates(mapping);
        // A mapped list the account's lists did not show still shows.
        for (const QString &sid : chosen)
            if (!sids.contains(sid))
                sids.append(sid);
        for (const QString &sid : std::as_const(sids)) {
            auto *item = new QListWidgetItem(m_mappings->friendlyNameOf(sid), list);
            item->setData(kSidRole, sid);
            item->setToolTip(sid);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(sid) ? Qt::Checked : Qt::Unchecked);
        }
        if (sids.isEmpty() && m_mappings->isLoaded()) {
            auto *none = new QListWidgetItem(tr("(this account has none)"), list);
            none->setFlags(Qt::NoItemFlags);
        }
    }
    m_populating = false;
    updateHint();
}

void DomainAuthSection::onItemChanged(QListWidgetItem *item)
{
    if (m_populating)
        return;
    const QString sid = item->data(kSidRole).toString();
    if (sid.isEmpty())
        return;
    for (Mapping mapping : DomainAuthMappings::kMappings)
        if (listFor(mapping) == item->listWidget())
            m_mappings->setChosen(mapping, sid, item->checkState() == Qt::Checked);
    updateHint();
    emit changed();
}

void DomainAuthSection::setRegistrationEnabled(bool enabled)
{
    m_registrationEnabled = enabled;
    updateHint();
}

void DomainAuthSection::updateHint()
{
    m_registrationHint->setVisible(m_registrationEnabled && m_mappings->isLoaded()
        && m_mappings->chosen(Mapping::RegistrationsCredentialLists).isEmpty());
    m_callsHint->setVisible(m_mappings->isLoaded()
        && m_mappings->chosen(Mapping::CallsCredentialLists).isEmpty()
        && m_mappings->chosen(Mapping::CallsIpAccessControlLists).isEmpty());
}

QStringList DomainAuthSection::showResults()
{
    populate();
    QStringList lines;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const DomainAuthMappings::Result &result : m_mappings->results()) {
        if (result.outcome == DomainAuthMappings::Outcome::Done)
            continue;
        const QString name = m_mappings->friendlyNameOf(result.change.listSid);
        const QString line =
            (result.change.map ? tr("“%1” was not mapped (%2): %3")
                               : tr("“%1” was not unmapped (%2): %3"))
                .arg(name, DomainAuthMappings::mappingName(result.change.mapping), result.message);
        lines.append(line);
        QListWidget *list = listFor(result.change.mapping);
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            if (item->data(kSidRole).toString() != result.change.listSid)
                continue;
            m_populating = true;
            item->setIcon(warning);
            item->setText(tr("%1 — not saved").arg(name));
            item->setToolTip(line + u'\n' + result.change.listSid);
            m_populating = false;
        }
    }
    if (!m_mappings->finalStateConfirmed())
        lines.append(tr("The domain's mappings could not be read again: the checks show what "
                        "the answers implied."));
    return lines;
}
