#pragma once

#include "models/api/domainauthmappings.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class TwilioClient;

// The Authentication part of the SIP domain form: the account's credential
// lists and IP access control lists as checkable lists, for calls and for
// registrations, checked where they are mapped to the domain. Loads them
// itself (a busy line, or a failure with Retry that leaves the rest of the
// form usable); the form applies the difference after the domain's own
// request through mappings().
class DomainAuthSection : public QWidget
{
    Q_OBJECT

public:
    using Mapping = DomainAuthMappings::Mapping;

    // domainSid empty: a domain not created yet, which has no mappings.
    DomainAuthSection(TwilioClient *client, const QString &domainSid, QWidget *parent = nullptr);

    DomainAuthMappings *mappings() const { return m_mappings; }
    bool hasChanges() const { return m_mappings->isLoaded() && m_mappings->hasChanges(); }
    QListWidget *listFor(Mapping mapping) const;
    // Whether the domain's SIP registration is on, for the hint.
    void setRegistrationEnabled(bool enabled);

    // After mappings() applied: every list shows the service's state, and
    // those whose change failed say so. Returns one line per failure.
    QStringList showResults();

signals:
    void changed();

private:
    void load();
    void onLoaded();
    void populate();
    void onItemChanged(QListWidgetItem *item);
    void updateHint();

    DomainAuthMappings *m_mappings;
    QString m_domainSid;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QWidget *m_lists = nullptr;
    QListWidget *m_listWidgets[3] = {};
    QLabel *m_registrationHint = nullptr;
    QLabel *m_callsHint = nullptr;
    bool m_registrationEnabled = false;
    bool m_populating = false;
};
