#pragma once

// A deliberately plain HTTP client for tests of the sandbox itself: raw
// QNetworkAccessManager requests, not the app's API clients, so that a
// mistake shared by client and emulator cannot hide.

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    { }

    void setBasicAuth(const QString &user, const QString &password)
    {
        m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
    }
    void clearAuth() { m_authorization.clear(); }
    // Any Authorization header, well-formed or not.
    void setRawAuthorization(const QByteArray &value) { m_authorization = value; }
    // Sent with every request from now on; an empty value removes the header.
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        m_headers.removeIf([&name](const auto &header) { return header.first == name; });
        if (!value.isEmpty())
            m_headers.append({ name, value });
    }

    // path may carry a query ("…/Domains.json?PageSize=5") or be absolute.
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult del(const QString &path) { return send("DELETE", path); }
    HttpResult postForm(const QString &path, const QByteArray &form)
    {
        return send("POST", path, form, "application/x-www-form-urlencoded");
    }
    HttpResult postJson(const QString &path, const QByteArray &json)
    {
        return send("POST", path, json, "application/json");
    }
    HttpResult putJson(const QString &path, const QByteArray &json)
    {
        return send("PUT", path, json, "application/json");
    }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &contentType = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(resolve(path));
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        for (const auto &[name, value] : m_headers)
            request.setRawHeader(name, value);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(timeoutMs + 1000) || reply->isFinished();
        if (!result.finished)
            reply->abort();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    QUrl resolve(const QString &path) const
    {
        const QUrl url(path);
        if (url.isRelative())
            return QUrl(m_base.toString(QUrl::StripTrailingSlash) + path);
        return url;
    }

private:
    QUrl m_base;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QNetworkAccessManager m_manager;
};
