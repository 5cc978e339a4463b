#include "notify/smtpclient.h"

#include "notify/curlhandle.h"

#include "notify/mime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::SmtpClient)
};

/// The message being sent, handed to libcurl piece by piece.
struct Upload
{
    const QByteArray *bytes = nullptr;
    qsizetype at = 0;
    bool whole = false; ///< libcurl has asked past the last byte: the server got everything
};

size_t readUpload(char *buffer, size_t size, size_t count, void *data)
{
    auto *upload = static_cast<Upload *>(data);
    const qsizetype left = upload->bytes->size() - upload->at;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    if (n == 0) {
        upload->whole = true;
        return 0;
    }
    std::memcpy(buffer, upload->bytes->constData() + upload->at, size_t(n));
    upload->at += n;
    return size_t(n);
}

/// The server's replies, as libcurl passes them on (the last 16 lines).
size_t keepReply(char *buffer, size_t size, size_t count, void *data)
{
    auto *replies = static_cast<QList<QByteArray> *>(data);
    const size_t n = size * count;
    replies->append(QByteArray(buffer, qsizetype(std::min<size_t>(n, 512))).trimmed());
    if (replies->size() > 16)
        replies->removeFirst();
    return n;
}

/// The last reply with the given code: what the server said about the message (a QUIT's "221
/// Bye" may follow it).
QByteArray replyWith(const QList<QByteArray> &replies, long code)
{
    const QByteArray number = QByteArray::number(code);
    for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
        if (it->startsWith(number))
            return *it;
    }
    return replies.isEmpty() ? QByteArray() : replies.last();
}

/// "250 2.0.0 Ok: queued as 4ZQ3" -> "4ZQ3"; the reply's text when it names no id.
QString serverIdOf(const QByteArray &reply)
{
    const qsizetype queued = reply.indexOf("queued as ");
    if (queued >= 0)
        return QString::fromLatin1(reply.mid(queued + 10).split(' ').value(0)).left(120);
    return QString::fromLatin1(reply.mid(4)).trimmed().left(120);
}

} // namespace

bool onThisMachine(const QString &host)
{
    static const QRegularExpression loopback(QStringLiteral("^(localhost|127(\\.\\d{1,3}){3}|::1|\\[::1\\])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return loopback.match(host.trimmed()).hasMatch();
}

QString SmtpSettings::securityKey(Security security)
{
    switch (security) {
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSettings::Security> SmtpSettings::securityOf(const QString &key)
{
    for (const Security security : {Security::StartTls, Security::Tls, Security::None}) {
        if (key == securityKey(security))
            return security;
    }
    return std::nullopt;
}

Status checkSmtpSettings(const SmtpSettings &settings)
{
    if (settings.host.trimmed().isEmpty())
        return Error{Text::tr("Name the mail server (SMTP host).")};
    if (settings.port < 1 || settings.port > 65535)
        return Error{Text::tr("The mail server's port is a number from 1 to 65535.")};
    if (!settings.fromAddress.contains(u'@'))
        return Error{Text::tr("Give the address the school's email comes from.")};
    if (settings.security == SmtpSettings::Security::None && !onThisMachine(settings.host))
        return Error{Text::tr("Without TLS, email goes only to a mail server on this machine: choose STARTTLS or TLS "
                              "for %1.")
                         .arg(settings.host)};
    return success();
}

SmtpClient::SmtpClient(SmtpSettings settings)
    : m_settings(std::move(settings))
    , m_curl(std::make_unique<CurlHandle>())
{ }

SmtpClient::~SmtpClient() = default;

int SmtpClient::connectionsOpened() const
{
    return m_curl->connectionsOpened();
}

SendOutcome SmtpClient::send(const QString &to, const QByteArray &message)
{
    SendOutcome outcome;
    CURL *curl = m_curl->get();
    if (!curl) {
        outcome.reply = Text::tr("The mail library could not start.");
        outcome.serverTrouble = true;
        return outcome;
    }
    const bool tls = m_settings.security == SmtpSettings::Security::Tls;
    const qsizetype at = m_settings.fromAddress.lastIndexOf(u'@');
    const QByteArray ehlo = QUrl::toPercentEncoding(m_settings.fromAddress.mid(at + 1));
    const QByteArray url = QByteArray(tls ? "smtps://" : "smtp://") + m_settings.host.toUtf8() + ':'
        + QByteArray::number(m_settings.port) + '/' + ehlo;
    const QByteArray from = Mime::angleAddress(m_settings.fromAddress);
    const QByteArray rcpt = Mime::angleAddress(to);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());
    Upload upload{&message};
    QList<QByteArray> replies;

    m_curl->setChecks(m_settings.caFile, m_settings.timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::None ? long(CURLUSESSL_NONE)
                                                                         : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.isEmpty() ? nullptr : user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, user.isEmpty() ? nullptr : password.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, keepReply);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &replies);
    char error[CURL_ERROR_SIZE] = {};
    long code = 0;
    const auto result = CURLcode(m_curl->perform(&code, error));
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(recipients);
    const QByteArray reply = replyWith(replies, code);

    if (result == CURLE_OK) {
        outcome.kind = SendOutcome::Kind::Sent;
        outcome.reply = QString::fromLatin1(reply);
        outcome.serverId = serverIdOf(reply);
        return outcome;
    }
    const QString said = !reply.isEmpty() && code >= 400
        ? QString::fromLatin1(reply)
        : QString::fromUtf8(*error ? error : curl_easy_strerror(result));
    outcome.reply = said.left(500);
    // 530/534/535/538: sign-in wanted or refused; 421: the server is closing. Those are the
    // server's (or its settings'), not this message's.
    if (result == CURLE_LOGIN_DENIED || code == 530 || code == 534 || code == 535 || code == 538 || code == 421) {
        if (code != 421)
            outcome.reply = Text::tr("The mail server refused the sign-in: %1").arg(outcome.reply);
        outcome.serverTrouble = true;
        return outcome;
    }
    if (code >= 500 && code < 600) {
        outcome.kind = SendOutcome::Kind::Failed;
        return outcome;
    }
    if (code >= 400 && code < 500)
        return outcome;
    // No reply to go by: the connection failed. Before the message went whole, nothing arrived.
    outcome.serverTrouble = true;
    if (upload.whole && code == 354)
        outcome.kind = SendOutcome::Kind::Unknown;
    return outcome;
}

} // namespace rollbook
