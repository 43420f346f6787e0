#include "views/search/findallaccountswindow.h"

#include "views/search/accountcolordecoration.h"

#include "models/search/accountstatesmodel.h"
#include "models/search/allaccountssearch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QTableView *newTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

FindAllAccountsWindow::FindAllAccountsWindow(AllAccountsSearch *search, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_search(search)
    , m_resultsModel(new SearchResultsModel(search, this))
    , m_statesModel(new AccountStatesModel(search, this))
    , m_searchField(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_summary(new QLabel(this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(u"findAllAccountsWindow"_s);
    setWindowTitle(tr("Find in All Accounts"));
    m_searchField->setObjectName(u"findAllSearchField"_s);
    m_searchField->setAccessibleName(tr("Search all accounts"));
    m_searchField->setPlaceholderText(tr("Name, domain, username, address or SID"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->installEventFilter(this);
    m_refresh->setObjectName(u"refreshAllButton"_s);
    m_refresh->setToolTip(tr("Load every account's records again"));
    m_cancel->setObjectName(u"cancelSearchButton"_s);
    m_cancel->setToolTip(tr("Stop loading the accounts"));
    m_summary->setObjectName(u"findAllSummary"_s);

    m_results = newTable(new AccountColorDecoration(SearchResultsModel::AccountColorRole, this),
        u"findAllResults"_s, this);
    static_cast<QIdentityProxyModel *>(m_results->model())->setSourceModel(m_resultsModel);
    m_results->installEventFilter(this);
    // Names vary in length, SIDs do not: the name takes what is left.
    const int charWidth = fontMetrics().averageCharWidth();
    QHeaderView *header = m_results->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(SearchResultsModel::AccountColumn, charWidth * 26);
    header->resizeSection(SearchResultsModel::KindColumn, charWidth * 16);
    header->resizeSection(SearchResultsModel::IdColumn,
        fontMetrics().horizontalAdvance(u"SD"_s + QString(32, u'0')) + charWidth * 3);
    header->setSectionResizeMode(SearchResultsModel::NameColumn, QHeaderView::Stretch);
    m_states = newTable(new AccountColorDecoration(AccountStatesModel::AccountColorRole, this),
        u"accountStates"_s, this);
    static_cast<QIdentityProxyModel *>(m_states->model())->setSourceModel(m_statesModel);
    m_states->setAccessibleName(tr("Accounts searched"));
    m_states->horizontalHeader()->resizeSection(AccountStatesModel::AccountColumn, charWidth * 26);

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchField, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_results);
    splitter->addWidget(m_states);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    resize(900, 600);

    connect(m_searchField, &QLineEdit::textChanged, this, &FindAllAccountsWindow::search);
    connect(m_refresh, &QPushButton::clicked, search, &AllAccountsSearch::refresh);
    connect(m_cancel, &QPushButton::clicked, search, &AllAccountsSearch::cancel);
    connect(m_results, &QTableView::activated, this,
        [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(search, &AllAccountsSearch::accountStateChanged, this,
        &FindAllAccountsWindow::updateButtons);
    connect(search, &AllAccountsSearch::idle, this, &FindAllAccountsWindow::updateButtons);
    connect(m_resultsModel, &QAbstractItemModel::rowsInserted, this,
        &FindAllAccountsWindow::updateSummary);
    connect(m_resultsModel, &QAbstractItemModel::modelReset, this,
        &FindAllAccountsWindow::updateSummary);
    // "loaded 3 min ago" grows older by itself.
    m_ageTimer->setInterval(30s);
    connect(m_ageTimer, &QTimer::timeout, m_statesModel, &AccountStatesModel::updateAges);
    m_ageTimer->start();
    updateButtons();
    updateSummary();
}

void FindAllAccountsWindow::search(const QString &text)
{
    m_resultsModel->setSearchText(text);
    if (!m_resultsModel->searchText().isEmpty())
        m_search->loadMissing();
}

void FindAllAccountsWindow::activateRow(int row)
{
    const SearchResultsModel::Target target = m_resultsModel->targetAt(row);
    if (target.kind)
        emit activated(target);
}

bool FindAllAccountsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_searchField && key == Qt::Key_Down && m_resultsModel->rowCount() > 0) {
        m_results->setFocus();
        m_results->selectRow(0);
        return true;
    }
    if (watched == m_searchField && enter) {
        // The selected match, else the first.
        const QModelIndex current = m_results->currentIndex();
        activateRow(current.isValid() ? current.row() : 0);
        return true;
    }
    if (watched == m_results && enter && m_results->currentIndex().isValid()) {
        activateRow(m_results->currentIndex().row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindAllAccountsWindow::updateButtons()
{
    m_cancel->setEnabled(m_search->isBusy());
    m_refresh->setEnabled(!m_search->indexes().isEmpty());
}

QString FindAllAccountsWindow::summaryText() const
{
    if (m_resultsModel->searchText().isEmpty())
        return tr("Type to search the records of every account.");
    return tr("%1 in %2", "3 matches in 2 accounts")
        .arg(tr("%n match(es)", nullptr, m_resultsModel->rowCount()),
            tr("%n account(s)", nullptr, m_resultsModel->accountsMatched()));
}

void FindAllAccountsWindow::updateSummary()
{
    m_summary->setText(summaryText());
}
