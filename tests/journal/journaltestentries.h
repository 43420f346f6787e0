#pragma once

#include "models/journal/journalentry.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

// A journal entry as a domain update produces it, with an index to tell entries apart.
inline JournalEntry domainUpdate(int index = 0)
{
    JournalEntry entry;
    entry.time = QDateTime(QDate(2026, 11, 30), QTime(9, 15, index % 60), QTimeZone::utc());
    entry.profile = u"Acme (prod)"_s;
    entry.service = u"twilio"_s;
    entry.account = u"AC00000000000000000000000000000001"_s;
    entry.kind = u"sip-domains"_s;
    entry.action = JournalEntry::Action::Update;
    entry.recordId = u"SD%1"_s.arg(index, 32, 10, QChar(u'0'));
    entry.recordName = u"acme-%1.sip.twilio.com"_s.arg(index);
    entry.changes = { FieldChange::of(u"voice_url"_s, u"https://old.example/voice"_s,
                          u"https://new.example/voice"_s),
        FieldChange::of(u"sip_registration"_s, false, true) };
    entry.outcome = JournalEntry::Outcome::Done;
    return entry;
}
