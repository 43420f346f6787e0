#pragma once

#include <QJsonObject>
#include <QModelIndexList>
#include <QTextBrowser>

class RecordDetailExtension;
class RecordKind;

// Every field of the one selected record, as the ticket needs it; for
// several, how many; for none, a hint. Extensions (defaultDetailExtensions())
// may add to what a record shows.
class RecordDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetailPane(QWidget *parent = nullptr);

    // rows: the selected rows (any column), of a model with the kind's roles.
    void showRows(const QModelIndexList &rows, const RecordKind &kind);

private:
    void render();

    QList<RecordDetailExtension *> m_extensions;
    RecordDetailExtension *m_active = nullptr;
    QString m_title;
    QString m_warning;
    QJsonObject m_record;
};
