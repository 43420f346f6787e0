#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Makes equal strings and lists share one copy (Qt's implicit sharing).
// Records hold many values that repeat across rows — "POST", "default",
// the same codec list, the account SID — and 100,000 rows of copies cost
// megabytes. One pool per decoded page: cheap, and no shared state.
class StringPool
{
public:
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            text = *it;
        else
            m_strings.insert(text);
    }

    void intern(QStringList &list)
    {
        for (QString &item : list)
            intern(item);
        // Each item with its length: no two different lists share a key.
        QString key;
        for (const QString &item : std::as_const(list))
            key += QString::number(item.size()) + u':' + item;
        const auto it = m_lists.constFind(key);
        if (it != m_lists.cend())
            list = *it;
        else
            m_lists.insert(key, list);
    }

private:
    QSet<QString> m_strings;
    QHash<QString, QStringList> m_lists;
};
