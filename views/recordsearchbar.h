#pragma once

#include "models/kinds/recordkind.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class RecordFilterProxyModel;

// The search field and the quick filter of a list page, applied to its
// proxy as the user types or chooses. Keys in the search: Down goes to the
// rows, Enter shows the first match, Esc clears the search and then goes
// to the rows.
class RecordSearchBar : public QWidget
{
    Q_OBJECT

public:
    RecordSearchBar(
        RecordFilterProxyModel *proxy, const RecordKind &kind, QWidget *parent = nullptr);

    void focusSearch();
    // Every row shown again: no search text, no quick filter.
    void clear();
    // Its fields as Tab visits them: the search, then the quick filter.
    QWidgetList focusOrder() const;

signals:
    // The search or the filter changed: the rows shown are others now.
    void changed();
    void rowsRequested();
    void firstMatchRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(const QKeyEvent *key);

    RecordFilterProxyModel *m_proxy;
    QList<RecordKind::QuickFilter> m_quickFilters;
    QLineEdit *m_search;
    QComboBox *m_filter;
};
