#pragma once

#include "notify/smtpclient.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace rollbook {

class CurlHandle;

/// The HTTP gateway a school's text messages leave by: a URL that takes one message per POST,
/// either as a form (Twilio and most others) or as JSON, with HTTP Basic sign-in. The request body
/// is a template of the school's with {to}, {from} and {text}, each filled escaped for the format.
/// The password is never kept in the store's settings (the keychain, or rollbookd's secret file).
struct SmsSettings
{
    enum class Format { Form, Json };
    QString url; ///< https://, or http:// to this machine only; empty: no text messages from here
    Format format = Format::Form;
    QString user; ///< empty: no sign-in
    QString password;
    QString from; ///< the sender number or name the gateway shows
    QString body; ///< the request body template; empty: the format's usual one
    QString caFile; ///< certificates to trust instead of the system's; empty: the system's
    int timeoutSeconds = 30;

    static QString formatKey(Format format);
    static std::optional<Format> formatOf(const QString &key);
    /// {"To": {to}, "From": {from}, "Body": {text}} as a form, or as a JSON object.
    static QString usualBody(Format format);
};

/// Whether the settings can send at all: a web address (TLS unless on this machine), a body
/// template that names {to} and {text} and, for JSON, is JSON once filled.
Status checkSmsSettings(const SmsSettings &settings);

namespace SmsGateway {

/// The bytes posted for one message: the body template with each placeholder filled, escaped for
/// the format (percent-encoded in a form, a JSON string's content in JSON).
QByteArray requestBody(const SmsSettings &settings, const QString &to, const QString &text);

/// What the gateway's answer means: 2xx sent (its id read from "sid", "id" or "message_id" when
/// the answer is JSON), 408/429/5xx retry later, 401/403 the sign-in refused (the gateway's
/// trouble, not the message's), any other 4xx failed at once with the gateway's reason. Reads at
/// most the first 64 KiB of body; outside bytes, so fuzzed (fuzz_smsreply).
SendOutcome outcomeOf(long httpStatus, const QByteArray &body);

/// The most of a gateway's answer that is read.
constexpr qsizetype MaxReply = 64 * 1024;

} // namespace SmsGateway

/// Posts text messages to the gateway by libcurl (certificate checks, one connection kept from one
/// message to the next). Each request carries an Idempotency-Key, the notification's id, so a
/// gateway that honours it sends a message posted twice (a resend after a lost answer) once.
/// Blocking: run it off the GUI thread.
class SmsClient
{
public:
    explicit SmsClient(SmsSettings settings);
    ~SmsClient();
    SmsClient(const SmsClient &) = delete;
    SmsClient &operator=(const SmsClient &) = delete;

    /// Sends text to the E.164 number to.
    SendOutcome send(const QByteArray &idempotencyKey, const QString &to, const QString &text);
    int connectionsOpened() const;
    const SmsSettings &settings() const { return m_settings; }

private:
    SmsSettings m_settings;
    std::unique_ptr<CurlHandle> m_curl;
};

} // namespace rollbook
