#pragma once

#include "models/lists/pagedtablemodel.h"

#include <QCoreApplication>
#include <QString>

// The status line of a list page: how many records are loaded and shown,
// and whether more are coming, failed or were stopped.
class ListStatus
{
    Q_DECLARE_TR_FUNCTIONS(ListStatus)

public:
    // countText is the kind's words for the loaded count ("120 SIP domains").
    static QString text(PagedTableModel::State state, int loaded, int shown, bool hasMore,
        const QString &countText, const QString &errorMessage);
};
