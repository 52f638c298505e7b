#include "tests/context/localhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

LocalHttpServer::LocalHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray LocalHttpServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
}

void LocalHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", buffer.mid(end + 4));
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    request.path = lines.value(0).split(' ').value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    const auto found = m_routes.constFind(request.path);
    Response response = found == m_routes.constEnd() ? Response{404, {}, "not here\n", false, {}} : *found;
    if (response.silent)
        return;
    if (!response.etag.isEmpty()) {
        response.headers.insert("ETag", response.etag);
        if (request.headers.value("if-none-match") == response.etag) {
            response.status = 304;
            response.body.clear();
        }
    }
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
        reply += it.key() + ": " + it.value() + "\r\n";
    if (!response.noLength)
        reply += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    reply += "Connection: close\r\n\r\n";
    if (response.endless && !response.body.isEmpty())
        return sendEndlessly(socket, reply, response.body);
    reply += response.body;
    if (response.trickleMs > 0)
        return trickle(socket, reply, response.trickleMs);
    socket->write(reply);
    socket->disconnectFromHost();
}

void LocalHttpServer::trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent] {
        if (*sent >= bytes.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

void LocalHttpServer::sendEndlessly(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    QByteArray block;
    while (block.size() < (64 << 10))
        block += body;
    socket->write(head + block);
    // Keep a little in flight, never the whole endless body in memory.
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, block] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (256 << 10))
            socket->write(block);
    });
}
