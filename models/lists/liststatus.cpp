#include "models/lists/liststatus.h"

QString ListStatus::text(PagedTableModel::State state, int loaded, int shown, bool hasMore,
    const QString &countText, const QString &errorMessage)
{
    using State = PagedTableModel::State;
    QString status;
    if (state == State::Loading)
        status = loaded == 0 ? tr("Loading…") : tr("%1 loaded, loading more…").arg(countText);
    else if (state == State::Failed && loaded > 0)
        status =
            tr("%1 loaded, then loading failed: %2 (F5 tries again)").arg(countText, errorMessage);
    else if (state == State::Cancelled)
        status = tr("%1 loaded; stopped before the end (F5 loads again)").arg(countText);
    else if (hasMore)
        status = tr("%1 loaded, more on the service: scroll down to load more").arg(countText);
    else if (state == State::Loaded)
        status = countText;
    if (shown != loaded && !status.isEmpty())
        status = tr("%L1 shown of %2").arg(shown).arg(status);
    return status;
}
