#pragma once

#include "models/kinds/recorddetails.h"

#include <QModelIndexList>
#include <QStringList>
#include <QTextBrowser>

class RecordDetailExtension;
class RecordKind;

// The one selected record as a ticket needs it: its fields grouped as its
// form groups them (RecordKind::detailsOf()), identity first, SIDs with a
// Copy link, bookkeeping last and collapsed (a link opens it, by mouse or
// Tab and Enter); for several, how many; for none, a hint. Extensions
// (defaultDetailExtensions()) may add to what a record shows.
class RecordDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetailPane(QWidget *parent = nullptr);

    // rows: the selected rows (any column), of a model with the kind's roles.
    void showRows(const QModelIndexList &rows, const RecordKind &kind);

    bool bookkeepingShown() const { return m_bookkeepingShown; }
    // What an extension added for the one selected record, as plain groups
    // (for Copy details); empty for none, several, or not yet loaded.
    QList<DetailGroup> extensionGroups() const;
    void setBookkeepingShown(bool shown);

signals:
    // An identifier went to the clipboard through its Copy link.
    void identifierCopied(const QString &value);

private:
    void render();
    void openLink(const QUrl &link);

    QList<RecordDetailExtension *> m_extensions;
    RecordDetailExtension *m_active = nullptr;
    QString m_title;
    QString m_warning;
    QList<DetailGroup> m_groups;
    QStringList m_identifiers; // what the Copy links copy, by number
    bool m_bookkeepingShown = false;
};
