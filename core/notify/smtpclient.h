#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace rollbook {

class CurlHandle;

/// Where and how the school's email leaves. The password is never kept in the store's settings:
/// the desktop reads it from the system keychain, rollbookd from its secret file.
struct SmtpSettings
{
    enum class Security { StartTls, Tls, None };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; ///< empty: no sign-in
    QString password;
    QString fromName;
    QString fromAddress;
    QString caFile; ///< certificates to trust instead of the system's (a school's own CA); empty: the system's
    int timeoutSeconds = 30;

    static QString securityKey(Security security);
    static std::optional<Security> securityOf(const QString &key);
};

/// localhost, 127.x.x.x or ::1: the only hosts a school's mail or text messages may reach without TLS.
bool onThisMachine(const QString &host);

/// Whether the settings can send at all: a host, a port, a sender, and TLS unless the server is
/// on this machine.
Status checkSmtpSettings(const SmtpSettings &settings);

/// What became of one message.
struct SendOutcome
{
    enum class Kind {
        Sent,
        Retry, ///< not sent; trying again later may work (4xx, the server unreachable)
        Failed, ///< not sent, and never will be as it is (5xx: no such mailbox, refused)
        Unknown, ///< handed over whole, but the server never confirmed it: it may have arrived
    };
    Kind kind = Kind::Retry;
    QString reply; ///< the server's last words, or why there were none
    QString serverId; ///< when sent: the server's id for it ("queued as ...")
    /// The trouble is the server's, not the message's (cannot connect, TLS, sign-in): the rest of
    /// the queue would fare no better now.
    bool serverTrouble = false;
};

/// An SMTP client by libcurl (STARTTLS or TLS, sign-in, certificate checks), keeping one
/// connection open from one message to the next. Blocking: run it off the GUI thread.
class SmtpClient
{
public:
    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();
    SmtpClient(const SmtpClient &) = delete;
    SmtpClient &operator=(const SmtpClient &) = delete;

    /// Sends message (Mime::compose's bytes) to one address.
    SendOutcome send(const QString &to, const QByteArray &message);
    /// The connections opened so far: one for many messages while the server keeps it.
    int connectionsOpened() const;
    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    std::unique_ptr<CurlHandle> m_curl;
};

} // namespace rollbook
