#include "models/api/apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}
} // namespace

QString ApiError::userMessage() const
{
    QString message;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Refused:
        message = tr("The request was not sent: %1").arg(m_detail);
        break;
    case Kind::Network:
        message = tr("Cannot reach the service. Check the network connection.");
        break;
    case Kind::Tls:
        message = tr("The secure connection failed (TLS): the service's certificate was not "
                     "accepted. Nothing was sent.");
        break;
    case Kind::Timeout:
        message = tr("The service did not answer in time.");
        break;
    case Kind::Cancelled:
        message = tr("Cancelled.");
        break;
    case Kind::Unauthorized:
        message = tr("The service rejected the credentials. Check the account's SID or project "
                     "and its secret.");
        break;
    case Kind::Forbidden:
        message = tr("The credentials are valid but not allowed to do this (a restricted Twilio "
                     "API key, or a SignalWire API token without the Voice scope).");
        break;
    case Kind::NotFound:
        message = tr("It no longer exists: it may have been deleted elsewhere.");
        break;
    case Kind::Validation:
        message = m_serviceMessage.isEmpty()
            ? tr("The service refused the values.")
            : tr("The service refused the values: %1").arg(m_serviceMessage);
        break;
    case Kind::RateLimited:
        message = tr("The service is limiting requests. Wait a moment and try again.");
        break;
    case Kind::Server:
        message =
            tr("The service had an internal problem (HTTP %1). Try again later.").arg(m_httpStatus);
        break;
    case Kind::BadResponse:
        message = tr("The service sent an answer SipDesk cannot read: %1").arg(m_detail);
        break;
    }
    if (!m_unreadReason.isEmpty())
        message += u' ' + tr("The service's explanation was not read: %1.").arg(m_unreadReason);
    if (m_outcomeUnknown)
        message += u' '
            + tr("The change may or may not have been made: refresh the list to see its state "
                 "before trying again.");
    return message;
}

QString ApiError::cleanServiceText(const QString &text)
{
    constexpr qsizetype kLongest = 400;
    QString clean;
    clean.reserve(qMin(text.size(), kLongest + 1));
    for (QChar c : text) {
        if (clean.size() > kLongest)
            break;
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            clean += u' ';
        else
            clean += c;
    }
    if (clean.size() > kLongest) {
        clean.truncate(kLongest);
        clean += QChar(0x2026);
    }
    return clean.trimmed();
}

QString ApiError::joinMessages(const QStringList &shown, qsizetype total)
{
    QString joined = shown.mid(0, kMostMessagesShown).join(u"; "_s);
    const qsizetype more = total - qMin<qsizetype>(shown.size(), kMostMessagesShown);
    if (more > 0)
        joined += u' ' + QCoreApplication::translate("ApiError", "and %n more", nullptr, int(more));
    return joined;
}

QUrl ApiError::helpLink(const QString &link, const QString &domain)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty()
        || (host != domain && !host.endsWith(QLatin1Char('.') + domain)))
        return {};
    return url;
}

void ApiError::redact(const QStringList &secrets)
{
    auto clean = [&secrets](QString &text) {
        for (const QString &secret : secrets) {
            if (!secret.isEmpty())
                text.replace(secret, QStringLiteral("•••"));
        }
    };
    clean(m_detail);
    clean(m_serviceMessage);
    for (FieldError &error : m_fieldErrors)
        clean(error.message);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad response");
    }
    return {};
}
