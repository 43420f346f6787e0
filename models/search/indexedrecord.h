#pragma once

#include <QString>

class RecordKind;

// What a search over every account keeps of one record: enough to show and
// open it, and the text the search looks through; not the whole record.
struct IndexedRecord
{
    const RecordKind *kind = nullptr;
    QString id;
    QString name;
    QString parentId; // the parent record's id, for a member kind's record
    QString searchText; // lower-case, as the kind's table searches it
};
