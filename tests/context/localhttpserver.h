#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 (port 0) for the remote-link suites:
// each path answers what the test set (status, headers, body), or never
// answers at all, or trickles, or sends a body that never ends. It records the requests' headers, so a suite can see the
// revalidation Quire sends.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        bool silent = false; // accept, read the request, never answer
        // Send the head and the body one byte every this many ms (a server
        // that stalls without ever going quiet for long).
        int trickleMs = 0;
        // No Content-Length: the body ends when the connection closes.
        bool noLength = false;
        // With noLength: `body` again and again until the client hangs up.
        bool endless = false;
        // Answered with 304 when the request carries If-None-Match equal to this.
        QByteArray etag;
    };
    struct Request
    {
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names lower-case
    };

    explicit LocalHttpServer(QObject *parent = nullptr);
    bool listen();
    void close() { m_server.close(); }
    QByteArray url(const QByteArray &path) const;
    void route(const QByteArray &path, const Response &response) { m_routes.insert(path, response); }
    QList<Request> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    static void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs);
    static void sendEndlessly(QTcpSocket *socket, const QByteArray &head, const QByteArray &body);
    QTcpServer m_server;
    QHash<QByteArray, Response> m_routes;
    QList<Request> m_requests;
};
