#pragma once

#include <QModelIndexList>
#include <QTextBrowser>

class RecordKind;

// Every field of the one selected record, as the ticket needs it; for
// several, how many; for none, a hint.
class RecordDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetailPane(QWidget *parent = nullptr);

    // rows: the selected rows (any column), of a model with the kind's roles.
    void showRows(const QModelIndexList &rows, const RecordKind &kind);
};
