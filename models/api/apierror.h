#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Why a request did not give a value, in terms a caller can act on: which
// kind of failure, what the service said, and which form fields it blamed.
class ApiError
{
public:
    enum class Kind {
        None,
        Refused, // not sent: insecure URL, off-origin link, …
        Network, // could not reach the host, or the connection broke
        Tls, // certificate or handshake problem; never ignored
        Timeout,
        Cancelled,
        Unauthorized, // 401: wrong credentials
        Forbidden, // 403: e.g. a SignalWire token without the Voice scope
        NotFound, // 404
        Validation, // 400 (Twilio) / 422 (SignalWire): see fieldErrors()
        RateLimited, // 429 after the retries
        Server, // 5xx
        BadResponse, // a reply we cannot use: wrong type, malformed, too large
    };

    struct FieldError
    {
        QString field; // the request's name for it: "DomainName", "username"
        QString message; // as the service said it
        friend bool operator==(const FieldError &, const FieldError &) = default;
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    { }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // The service's own error code: Twilio's number, SignalWire's string.
    QString serviceCode() const { return m_serviceCode; }
    void setServiceCode(const QString &code) { m_serviceCode = code; }
    QString serviceMessage() const { return m_serviceMessage; }
    void setServiceMessage(const QString &message) { m_serviceMessage = message; }
    QUrl moreInfo() const { return m_moreInfo; }
    void setMoreInfo(const QUrl &url) { m_moreInfo = url; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    void addFieldError(const FieldError &error) { m_fieldErrors.append(error); }
    // Technical detail for the log and a "details" section; no secrets.
    QString detail() const { return m_detail; }
    // Why the service's explanation is missing, e.g. an error answer too
    // large to read; shown to the user after the message for the kind.
    QString unreadReason() const { return m_unreadReason; }
    void setUnreadReason(const QString &reason) { m_unreadReason = reason; }

    // True when a write may or may not have taken effect (the reply was lost
    // after the request was sent): the caller should re-read, not resend.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // Replaces every occurrence of the given strings (secrets, encoded
    // credentials) in all text that came from the service or the network.
    void redact(const QStringList &secrets);

    // One or two short, translated sentences for the user.
    QString userMessage() const;

    static QString kindName(Kind kind);
    // A service's message made safe to show: control and bidirectional
    // override characters removed, at most a few hundred characters.
    static QString cleanServiceText(const QString &text);
    // A more-info link only if it is https and on the service's own domain.
    static QUrl helpLink(const QString &link, const QString &domain);
    // Messages past this many are only counted: a 422 may list any number.
    static constexpr int kMostMessagesShown = 20;
    // The first kMostMessagesShown of the messages, then "and N more".
    static QString joinMessages(const QStringList &shown, qsizetype total);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serviceCode;
    QString m_serviceMessage;
    QUrl m_moreInfo;
    QList<FieldError> m_fieldErrors;
    QString m_detail;
    QString m_unreadReason;
    bool m_outcomeUnknown = false;
};

Q_DECLARE_METATYPE(ApiError)
