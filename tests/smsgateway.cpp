#include "smsgateway.h"

#include <httplib.h>

#include <chrono>

namespace rollbook::test {

SmsGatewayStub::SmsGatewayStub(const QString &certificate, const QString &key)
    : m_tls(!certificate.isEmpty())
{
    if (m_tls)
        m_server = std::make_unique<httplib::SSLServer>(certificate.toLocal8Bit().constData(),
                                                        key.toLocal8Bit().constData());
    else
        m_server = std::make_unique<httplib::Server>();
    if (!m_server->is_valid()) {
        m_failure = QStringLiteral("the gateway stub could not load its certificate");
        return;
    }
    m_server->Post("/messages", [this](const httplib::Request &request, httplib::Response &response) {
        Answer answer;
        {
            const std::lock_guard lock(m_mutex);
            Request kept;
            for (const auto &[name, value] : request.headers)
                kept.headers.insert(QString::fromStdString(name).toLower(), QString::fromStdString(value));
            kept.body = QByteArray::fromStdString(request.body);
            m_requests.append(kept);
            if (!m_script.isEmpty())
                answer = m_script.takeFirst();
            if (answer.body.isEmpty() && answer.status < 300)
                answer.body = "{\"sid\": \"SM" + QByteArray::number(m_requests.size()) + "\", \"status\": \"queued\"}";
        }
        if (answer.delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(answer.delayMs));
        response.status = answer.status;
        response.set_content(answer.body.toStdString(), "application/json");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0) {
        m_failure = QStringLiteral("the gateway stub could not listen on 127.0.0.1");
        return;
    }
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
}

SmsGatewayStub::~SmsGatewayStub()
{
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
}

QString SmsGatewayStub::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/messages")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

void SmsGatewayStub::script(const QList<Answer> &answers)
{
    const std::lock_guard lock(m_mutex);
    m_script = answers;
}

QList<SmsGatewayStub::Request> SmsGatewayStub::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

} // namespace rollbook::test
