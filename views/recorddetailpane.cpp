#include "views/recorddetailpane.h"

#include "views/detailhtml.h"
#include "views/recorddetailextension.h"

#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

using namespace Qt::StringLiterals;

RecordDetailPane::RecordDetailPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_extensions(defaultDetailExtensions(this))
{
    setObjectName(u"detailPane"_s);
    setAccessibleName(tr("Details of the selected record"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a row to see every field."));
    for (RecordDetailExtension *extension : std::as_const(m_extensions))
        connect(extension, &RecordDetailExtension::changed, this, [this, extension] {
            if (extension == m_active)
                render();
        });
}

void RecordDetailPane::showRows(const QModelIndexList &rows, const RecordKind &kind)
{
    RecordDetailExtension *active = nullptr;
    if (rows.size() == 1)
        for (RecordDetailExtension *extension : std::as_const(m_extensions))
            if (!active && extension->appliesTo(rows.constFirst(), kind))
                active = extension;
    for (RecordDetailExtension *extension : std::as_const(m_extensions))
        if (extension != active)
            extension->clear();
    m_active = active;
    if (rows.size() != 1) {
        clear();
        if (rows.size() > 1)
            setPlainText(tr("%n record(s) selected.", nullptr, int(rows.size())));
        return;
    }
    const QModelIndex &row = rows.constFirst();
    const QVariant record = row.data(PagedTableModel::RecordRole);
    m_title = kind.titleOf(record);
    m_warning = row.data(PagedTableModel::WarningRole).toString();
    m_record = kind.jsonOf(record);
    if (m_active) {
        for (const QString &field : m_active->replacedFields())
            m_record.remove(field);
        m_active->show(row, kind); // may call render() through changed()
    }
    render();
}

void RecordDetailPane::render()
{
    QString html = DetailHtml::render(m_title, m_warning, m_record);
    if (m_active)
        html += m_active->html();
    setHtml(html);
}
