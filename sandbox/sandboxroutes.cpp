#include "sandbox/sandboxroutes.h"

#include <QList>

void SandboxRouteTable::add(const QByteArray &method, const QString &pattern)
{
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    Q_ASSERT_X(expression.isValid(), "SandboxRouteTable::add", qPrintable(pattern));
    m_entries.push_back({ method, std::move(expression) });
}

SandboxRouteTable::Found SandboxRouteTable::find(
    const QByteArray &method, const QString &path) const
{
    Found found;
    QList<QByteArray> allowed;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry &entry = m_entries[size_t(i)];
        const QRegularExpressionMatch match = entry.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (!allowed.contains(entry.method))
            allowed.append(entry.method);
        if (found.index < 0 && entry.method == method) {
            found.index = i;
            found.captures = match.capturedTexts().mid(1);
        }
    }
    found.allowed = allowed.join(", ");
    return found;
}
