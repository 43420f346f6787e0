#include "views/recorddetailpane.h"

#include "views/detailhtml.h"

#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

using namespace Qt::StringLiterals;

RecordDetailPane::RecordDetailPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"detailPane"_s);
    setAccessibleName(tr("Details of the selected record"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a row to see every field."));
}

void RecordDetailPane::showRows(const QModelIndexList &rows, const RecordKind &kind)
{
    if (rows.size() != 1) {
        clear();
        if (rows.size() > 1)
            setPlainText(tr("%n record(s) selected.", nullptr, int(rows.size())));
        return;
    }
    const QModelIndex &row = rows.constFirst();
    const QVariant record = row.data(PagedTableModel::RecordRole);
    setHtml(DetailHtml::render(kind.titleOf(record),
        row.data(PagedTableModel::WarningRole).toString(), kind.jsonOf(record)));
}
