#include "views/recordsearchbar.h"

#include "models/lists/recordfilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

RecordSearchBar::RecordSearchBar(
    RecordFilterProxyModel *proxy, const RecordKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_quickFilters(kind.quickFilters())
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(kind.searchPlaceholder());
    m_search->setClearButtonEnabled(true);
    // On a narrow window the search keeps room for a SID's telling part;
    // the quick filter gives way first.
    m_search->setMinimumWidth(qMax(200, m_search->fontMetrics().averageCharWidth() * 28));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        emit changed();
    });

    m_filter->setObjectName(u"quickFilter"_s);
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(12);
    m_filter->addItem(tr("All"));
    for (const RecordKind::QuickFilter &filter : std::as_const(m_quickFilters))
        m_filter->addItem(filter.label);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->clearRoleFilters();
        if (index > 0) {
            const RecordKind::QuickFilter &filter = m_quickFilters.at(index - 1);
            m_proxy->setRoleFilter(filter.role, filter.value);
        }
        emit changed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_filter);
    // A kind without quick filters gets no menu that offers only "All".
    m_filter->setVisible(!m_quickFilters.isEmpty());
}

void RecordSearchBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QWidgetList RecordSearchBar::focusOrder() const
{
    return { m_search, m_filter };
}

bool RecordSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // Esc in the search belongs to the search, not to Stop Loading.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        return handleKey(static_cast<QKeyEvent *>(event));
    }
    return QWidget::eventFilter(watched, event);
}

bool RecordSearchBar::handleKey(const QKeyEvent *key)
{
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Escape:
        // First the search goes, then the focus returns to the rows.
        if (!m_search->text().isEmpty())
            m_search->clear();
        else
            emit rowsRequested();
        return true;
    case Qt::Key_Down:
        emit rowsRequested();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // The first match's details, while the search stays to be refined.
        emit firstMatchRequested();
        return true;
    default:
        return false;
    }
}

void RecordSearchBar::clear()
{
    m_search->clear();
    m_filter->setCurrentIndex(0);
}
