#include "views/recordsection.h"

#include "views/recordlistpage.h"

#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordSection::RecordSection(RecordListPage *mainPage, QWidget *parent)
    : QWidget(parent)
    , m_mainPage(mainPage)
{
    setObjectName(mainPage->kind().key() + u"Section"_s);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"sectionSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(mainPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(mainPage, &RecordListPage::selectionShown, this, &RecordSection::followSelection);
}

RecordSection::~RecordSection()
{
    if (!m_memberPages.isEmpty())
        QSettings().setValue(
            u"sections/%1/splitter"_s.arg(m_mainPage->kind().key()), m_splitter->saveState());
}

void RecordSection::addMemberPage(RecordListPage *page)
{
    auto *box = new QWidget(m_splitter);
    auto *heading = new QLabel(box);
    heading->setObjectName(page->kind().key() + u"Heading"_s);
    heading->setTextFormat(Qt::PlainText); // names come from the service
    heading->setContentsMargins(6, 6, 6, 0);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(page, 1);
    m_splitter->addWidget(box);
    m_memberPages.append(page);
    m_headings.append(heading);
    if (m_memberPages.size() == 1)
        m_splitter->restoreState(QSettings()
                                     .value(u"sections/%1/splitter"_s.arg(m_mainPage->kind().key()))
                                     .toByteArray());
    followSelection();
}

bool RecordSection::holds(const RecordListPage *page) const
{
    return page == m_mainPage || m_memberPages.contains(page);
}

RecordListPage *RecordSection::activePage() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (RecordListPage *page : m_memberPages) {
        if (focus && page->isAncestorOf(focus))
            return page;
    }
    return m_mainPage;
}

QString RecordSection::title() const
{
    return m_mainPage->kind().pageTitle();
}

void RecordSection::followSelection()
{
    const QList<QModelIndex> selected = m_mainPage->selectedRows();
    const bool one = selected.size() == 1;
    const QString parentId =
        one ? selected.constFirst().data(PagedTableModel::IdRole).toString() : QString();
    const QString parentTitle = one ? m_mainPage->titleOf(selected.constFirst()) : QString();
    for (qsizetype i = 0; i < m_memberPages.size(); ++i) {
        RecordListPage *page = m_memberPages.at(i);
        page->setParentTitle(parentTitle);
        if (page->model()->parentId() != parentId) {
            page->model()->setParentId(parentId);
            if (!parentId.isEmpty())
                page->refresh();
        }
        updateHeading(int(i));
    }
}

void RecordSection::updateHeading(int index)
{
    const RecordListPage *page = m_memberPages.at(index);
    const RecordKind &kind = page->kind();
    const QList<QModelIndex> selected = m_mainPage->selectedRows();
    QString text;
    if (selected.size() == 1)
        text = tr("%1 of %2").arg(kind.pageTitle(), m_mainPage->identityOf(selected.constFirst()));
    else
        text = tr("%1 — select one %2 above to see them")
                   .arg(kind.pageTitle(), m_mainPage->kind().singular());
    m_headings.at(index)->setText(text);
}
