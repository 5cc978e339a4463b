#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace rollbook::test {

/// An SMS gateway stub on a free loopback port: the one fake in the notification tests, since no
/// real gateway can be reached from here. It answers POST /messages as a Twilio-like gateway would
/// (201 and a JSON {"sid": ...}) or as scripted, over plain HTTP or, given a certificate, HTTPS,
/// and keeps every request it got. It stops with this object.
class SmsGatewayStub
{
public:
    struct Request
    {
        QMap<QString, QString> headers; ///< lower-case names
        QByteArray body;
    };
    struct Answer
    {
        int status = 201;
        QByteArray body; ///< empty: {"sid": "SM<n>"}
        int delayMs = 0; ///< wait this long before answering (a gateway that never answers in time)
    };

    explicit SmsGatewayStub(const QString &certificate = {}, const QString &key = {});
    ~SmsGatewayStub();
    SmsGatewayStub(const SmsGatewayStub &) = delete;
    SmsGatewayStub &operator=(const SmsGatewayStub &) = delete;

    /// Empty when it listens.
    QString failure() const { return m_failure; }
    /// http(s)://127.0.0.1:PORT/messages
    QString url() const;
    /// The next requests get these answers, in order; then the usual 201.
    void script(const QList<Answer> &answers);
    QList<Request> requests() const;

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<Answer> m_script;
    QList<Request> m_requests;
    QString m_failure;
    bool m_tls = false;
    int m_port = 0;
};

} // namespace rollbook::test
