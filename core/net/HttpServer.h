#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTimer;

namespace centinela::core {

class HttpConnection;

struct HttpRequest
{
    QByteArray method;
    QByteArray path;                       ///< without the query
    QByteArray query;                      ///< after '?', still encoded
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

/// Answers one request, now or later (after a database commit), exactly once. Safe to copy and to
/// call from any thread; a response for a connection that has closed meanwhile is dropped.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection* connection, quint64 sequence);
    void send(int status, const QByteArray& body = {},
              const QByteArray& contentType = "text/plain; charset=utf-8") const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

/// A small HTTP/1.1 server for webhooks and trackers. Unlike Qt 6.4's QHttpServer it checks
/// Content-Length against a limit before reading a body (413), bounds header size (431) and time,
/// and lets a handler answer asynchronously. Requests on one connection are answered in order.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, const HttpResponder&)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    /// Called for every request refused before it reached the handler (413, 431, 400, 408…).
    void setRejectionCallback(std::function<void(int status, const QString& reason)> callback)
    {
        m_rejected = std::move(callback);
    }

private:
    friend class HttpConnection;
    QTcpServer m_server;
    Handler m_handler;
    qint64 m_maxBody = 1 << 20;
    std::function<void(int, const QString&)> m_rejected;
    int m_connections = 0;
};

/// One client connection (internal to HttpServer).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, HttpServer* server);
    void respond(quint64 sequence, int status, const QByteArray& body, const QByteArray& contentType);

private:
    void onReadyRead();
    void parse();
    void fail(int status, const QString& reason);
    void flush();

    QTcpSocket* m_socket;
    HttpServer* m_server;
    QByteArray m_buffer;
    HttpRequest m_current;
    qint64 m_bodyExpected = -1; ///< -1: still reading headers
    bool m_closeAfter = false;  ///< a response that closes the connection has been written
    bool m_stopParsing = false;
    quint64 m_nextSequence = 0; ///< given to the next request
    quint64 m_nextToSend = 0;   ///< responses go out in request order
    QHash<quint64, QByteArray> m_ready;
    QHash<quint64, bool> m_closeAfterSeq;
    QTimer* m_timeout;
    QTimer* m_headerDeadline = nullptr;
};

} // namespace centinela::core
