#include "views/recorddetailpane.h"

#include "views/detailhtml.h"
#include "views/recorddetailextension.h"
#include "views/widgets/statuscolors.h"

#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

RecordDetailPane::RecordDetailPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_extensions(defaultDetailExtensions(this))
{
    setObjectName(u"detailPane"_s);
    setAccessibleName(tr("Details of the selected record"));
    setOpenLinks(false);
    // A long word (a SID) is never broken in two: copied, it would hold a space.
    setWordWrapMode(QTextOption::WordWrap);
    setPlaceholderText(tr("Select a row to see every field."));
    connect(this, &QTextBrowser::anchorClicked, this, &RecordDetailPane::openLink);
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
    m_groups.clear();
    m_identifiers.clear();
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
    m_groups = kind.detailsOf(record);
    if (m_active)
        m_active->show(row, kind); // may call render() through changed()
    render();
}

QList<DetailGroup> RecordDetailPane::extensionGroups() const
{
    if (!m_active)
        return {};
    const DetailGroup group = m_active->group();
    return group.fields.isEmpty() ? QList<DetailGroup> {} : QList<DetailGroup> { group };
}

void RecordDetailPane::setBookkeepingShown(bool shown)
{
    if (m_bookkeepingShown == shown)
        return;
    m_bookkeepingShown = shown;
    if (!m_groups.isEmpty())
        render();
}

void RecordDetailPane::render()
{
    // A re-render (a mapping loaded, bookkeeping opened) keeps the place read.
    const int scrolled = verticalScrollBar()->value();
    m_identifiers = DetailHtml::identifiers(m_groups);
    // Warnings in a colour readable on this palette's background, light or dark.
    document()->setDefaultStyleSheet(u".warning { color: %1; }"_s.arg(
        StatusColors::textName(StatusColors::Status::Warning, palette(), QPalette::Base)));
    setHtml(DetailHtml::render(
        m_title, m_warning, m_groups, m_bookkeepingShown, m_active ? m_active->html() : QString()));
    verticalScrollBar()->setValue(scrolled);
}

void RecordDetailPane::openLink(const QUrl &link)
{
    const QString target = link.toString();
    if (target == QLatin1String(DetailHtml::kToggleBookkeeping)) {
        setBookkeepingShown(!m_bookkeepingShown);
        return;
    }
    if (!target.startsWith(QLatin1String(DetailHtml::kCopyPrefix)))
        return;
    bool ok = false;
    const int index = target.mid(qsizetype(qstrlen(DetailHtml::kCopyPrefix))).toInt(&ok);
    if (!ok || index < 0 || index >= m_identifiers.size())
        return;
    QGuiApplication::clipboard()->setText(m_identifiers.at(index));
    emit identifierCopied(m_identifiers.at(index));
}
