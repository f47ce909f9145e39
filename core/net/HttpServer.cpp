#include "HttpServer.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QTcpSocket>
#include <QTimer>

namespace centinela::core {

namespace {

constexpr int kMaxHeaderBytes = 16 * 1024;
constexpr int kIdleTimeoutMs = 30000;
constexpr int kMaxPipelined = 32;
constexpr int kHeaderDeadlineMs = 10000; // a request's headers must be complete within this
constexpr int kMaxConnections = 512;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpResponder::HttpResponder(HttpConnection* connection, quint64 sequence)
    : m_connection(connection)
    , m_sequence(sequence)
{
}

void HttpResponder::send(int status, const QByteArray& body, const QByteArray& contentType) const
{
    // The connection may be deleted on its thread at any moment: never dereference it here. Post to
    // the application object (alive as long as the process) and look again on the connection's thread.
    const QPointer<HttpConnection> connection = m_connection;
    const quint64 sequence = m_sequence;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [connection, sequence, status, body, contentType] {
            if (connection)
                connection->respond(sequence, status, body, contentType);
        },
        Qt::QueuedConnection);
}

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            if (m_connections >= kMaxConnections) {
                socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (m_rejected)
                    m_rejected(503, QStringLiteral("too many connections"));
                continue;
            }
            ++m_connections;
            auto* connection = new HttpConnection(socket, this);
            connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        }
    });
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer* server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_timeout(new QTimer(this))
{
    socket->setParent(this);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(kIdleTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_bodyExpected >= 0 || !m_buffer.isEmpty())
            fail(408, QStringLiteral("request not completed in time"));
        else if (m_nextToSend == m_nextSequence) // never while a response is still owed
            m_socket->disconnectFromHost();
        else
            m_timeout->start();
    });
    // Slow senders (one byte a second) do not keep a connection by trickling: the headers of a
    // request must be complete within a fixed time from their first byte.
    m_headerDeadline = new QTimer(this);
    m_headerDeadline->setSingleShot(true);
    m_headerDeadline->setInterval(kHeaderDeadlineMs);
    connect(m_headerDeadline, &QTimer::timeout, this, [this] {
        if (m_bodyExpected < 0 && !m_buffer.isEmpty())
            fail(408, QStringLiteral("request headers not completed in time"));
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_timeout->start();
}

void HttpConnection::fail(int status, const QString& why)
{
    if (m_server->m_rejected)
        m_server->m_rejected(status, why);
    // Stop reading; requests already taken are still answered, in order, before this one closes.
    m_stopParsing = true;
    m_buffer.clear();
    m_bodyExpected = -1;
    const quint64 sequence = m_nextSequence++;
    m_closeAfterSeq.insert(sequence, true);
    disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    respond(sequence, status, why.toUtf8() + '\n', "text/plain; charset=utf-8");
}

void HttpConnection::onReadyRead()
{
    if (m_buffer.isEmpty() && m_bodyExpected < 0)
        m_headerDeadline->start();
    m_buffer += m_socket->readAll();
    m_timeout->start();
    parse();
}

void HttpConnection::parse()
{
    for (;;) {
        if (m_closeAfter || m_stopParsing)
            return;
        if (m_nextSequence - m_nextToSend >= kMaxPipelined) {
            m_socket->setReadBufferSize(1); // back-pressure until responses drain
            return;
        }
        if (m_bodyExpected < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(431, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
                return;
            }
            if (end > kMaxHeaderBytes) {
                fail(431, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
                return;
            }
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            m_buffer.remove(0, end + 4);
            m_headerDeadline->stop();
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
                fail(400, QStringLiteral("malformed request line"));
                return;
            }
            m_current = HttpRequest();
            m_current.method = requestLine.at(0);
            const QByteArray target = requestLine.at(1);
            const qsizetype q = target.indexOf('?');
            m_current.path = q < 0 ? target : target.left(q);
            m_current.query = q < 0 ? QByteArray() : target.mid(q + 1);
            m_current.peer = m_socket->peerAddress();
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    fail(400, QStringLiteral("malformed header line"));
                    return;
                }
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                // Two different lengths is request smuggling territory: refuse.
                if (name == "content-length" && m_current.headers.contains(name) &&
                    m_current.headers.value(name) != value) {
                    fail(400, QStringLiteral("conflicting Content-Length headers"));
                    return;
                }
                m_current.headers.insert(name, value);
            }
            const QByteArray connection = m_current.header("connection").toLower();
            const bool http10 = requestLine.at(2) == "HTTP/1.0";
            m_closeAfterSeq.insert(m_nextSequence, connection == "close" || (http10 && connection != "keep-alive"));
            if (!m_current.header("transfer-encoding").isEmpty()) {
                fail(411, QStringLiteral("chunked bodies are not accepted; send Content-Length"));
                return;
            }
            const QByteArray length = m_current.header("content-length");
            bool ok = true;
            m_bodyExpected = length.isEmpty() ? 0 : length.toLongLong(&ok);
            if (!ok || m_bodyExpected < 0) {
                fail(400, QStringLiteral("invalid Content-Length"));
                return;
            }
            // Refused before a single body byte is buffered.
            if (m_bodyExpected > m_server->m_maxBody) {
                fail(413, QStringLiteral("body of %1 bytes exceeds the limit of %2")
                              .arg(m_bodyExpected)
                              .arg(m_server->m_maxBody));
                return;
            }
        }
        if (m_buffer.size() < m_bodyExpected)
            return;
        m_current.body = m_buffer.left(m_bodyExpected);
        m_buffer.remove(0, m_bodyExpected);
        m_bodyExpected = -1;
        const quint64 sequence = m_nextSequence++;
        if (m_closeAfterSeq.value(sequence))
            m_stopParsing = true; // "Connection: close": nothing after this request is read
        if (!m_buffer.isEmpty() && !m_stopParsing)
            m_headerDeadline->start();
        const HttpResponder responder(this, sequence);
        m_server->m_handler(m_current, responder);
    }
}

void HttpConnection::respond(quint64 sequence, int status, const QByteArray& body, const QByteArray& contentType)
{
    if (sequence < m_nextToSend || m_ready.contains(sequence))
        return; // answered already
    const bool close = m_closeAfterSeq.value(sequence);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += body;
    m_ready.insert(sequence, out);
    if (close)
        m_closeAfterSeq.insert(sequence, true);
    flush();
}

void HttpConnection::flush()
{
    while (m_ready.contains(m_nextToSend)) {
        m_socket->write(m_ready.take(m_nextToSend));
        const bool close = m_closeAfterSeq.take(m_nextToSend);
        ++m_nextToSend;
        if (close) {
            m_closeAfter = true;
            m_socket->disconnectFromHost();
            return;
        }
    }
    if (m_socket->readBufferSize() == 1) {
        m_socket->setReadBufferSize(0);
        parse();
    }
}

} // namespace centinela::core
