#pragma once

#include "models/lists/registrationmappingcheck.h"
#include "models/records/compactsipdomain.h"

#include <QCoreApplication>
#include <QStringList>

// What is wrong with a SIP domain's authentication, in words: nothing mapped
// for calls (it receives no traffic), or registration on without a
// credential list mapped for registrations (devices cannot register) — as
// far as the registration check knows.
struct DomainHealth
{
    Q_DECLARE_TR_FUNCTIONS(DomainHealth)

public:
    const CompactSipDomain &domain;
    RegistrationMappingCheck::State registration; // NotChecked when registration is off
    QString failure; // why the registration check failed

    // The problems found, one sentence each.
    QStringList problems() const;
    // The Health column: the problems, or what is not known yet, or "OK".
    QString text() const;
    // The same with what to do about each.
    QString toolTip() const;
    // For sorting, ascending: the most wrong first, then what is not known, then OK.
    int rank() const;
};
