#include "notify/smsclient.h"

#include "notify/curlhandle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::SmsClient)
};

/// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// The first of keys that holds a string (or a number) in object.
QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (value.isObject()) // {"error": {"message": "..."}}
            return firstString(value.toObject(), {"message", "detail"});
    }
    return {};
}

/// Printable text only, at most 300 characters: what the gateway said, fit for a table cell.
QString printable(QString text)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]+"));
    return text.replace(control, QStringLiteral(" ")).simplified().left(300);
}

/// The gateway's answer, as libcurl passes it on, cut at SmsGateway::MaxReply.
size_t keepBody(char *buffer, size_t size, size_t count, void *data)
{
    auto *body = static_cast<QByteArray *>(data);
    const size_t n = size * count;
    const qsizetype room = SmsGateway::MaxReply - body->size();
    if (room > 0)
        body->append(buffer, std::min<qsizetype>(room, qsizetype(n)));
    return n;
}

} // namespace

QString SmsSettings::formatKey(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("form");
}

std::optional<SmsSettings::Format> SmsSettings::formatOf(const QString &key)
{
    if (key == u"form")
        return Format::Form;
    if (key == u"json")
        return Format::Json;
    return std::nullopt;
}

QString SmsSettings::usualBody(Format format)
{
    return format == Format::Json ? QStringLiteral("{\"to\": {to}, \"from\": {from}, \"text\": {text}}")
                                  : QStringLiteral("To={to}&From={from}&Body={text}");
}

Status checkSmsSettings(const SmsSettings &settings)
{
    const QUrl url(settings.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error{Text::tr("The text message gateway is a web address such as https://api.example.com/messages.")};
    if (url.scheme() == u"http" && !onThisMachine(url.host()))
        return Error{Text::tr("Without TLS, text messages go only to a gateway on this machine: use https:// for %1.")
                         .arg(url.host())};
    const QString body = settings.body.trimmed().isEmpty() ? SmsSettings::usualBody(settings.format) : settings.body;
    if (body.size() > 4000)
        return Error{Text::tr("The gateway's request body template is longer than 4,000 characters.")};
    if (!body.contains(u"{to}") || !body.contains(u"{text}"))
        return Error{Text::tr("The gateway's request body must contain {to} and {text}.")};
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != u"to" && name != u"from" && name != u"text")
            return Error{
                Text::tr("{%1} is not a placeholder of the gateway's request body; it can use {to}, {from} and "
                         "{text}.")
                    .arg(name)};
    }
    if (settings.format == SmsSettings::Format::Json) {
        SmsSettings sample = settings;
        sample.body = body;
        QJsonParseError error;
        const QJsonDocument filled = QJsonDocument::fromJson(
            SmsGateway::requestBody(sample, QStringLiteral("+15550100"), QStringLiteral("x")), &error);
        if (error.error != QJsonParseError::NoError || !filled.isObject())
            return Error{
                Text::tr("Once filled, the gateway's request body is not a JSON object (%1). Placeholders are "
                         "filled with quoted strings: write {text}, not \"{text}\".")
                    .arg(error.error != QJsonParseError::NoError ? error.errorString() : Text::tr("not an object"))};
    }
    return success();
}

namespace SmsGateway {

QByteArray requestBody(const SmsSettings &settings, const QString &to, const QString &text)
{
    const QString body = settings.body.trimmed().isEmpty() ? SmsSettings::usualBody(settings.format) : settings.body;
    const bool json = settings.format == SmsSettings::Format::Json;
    const auto encoded
        = [json](const QString &value) { return json ? jsonString(value) : QUrl::toPercentEncoding(value); };
    // One pass over the template, so a value that itself holds braces is never filled again.
    static const QRegularExpression placeholder(QStringLiteral("\\{(to|from|text)\\}"));
    QByteArray out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        out += QStringView(body).mid(last, match.capturedStart() - last).toUtf8();
        out += encoded(name == u"to" ? to : name == u"from" ? settings.from : text);
        last = match.capturedEnd();
    }
    return out + QStringView(body).mid(last).toUtf8();
}

SendOutcome outcomeOf(long httpStatus, const QByteArray &body)
{
    SendOutcome outcome;
    const QByteArray read = body.left(MaxReply);
    const QJsonObject answer = QJsonDocument::fromJson(read).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        outcome.kind = SendOutcome::Kind::Sent;
        outcome.serverId = printable(firstString(answer, {"sid", "id", "message_id", "messageId"})).left(120);
        outcome.reply = Text::tr("HTTP %1").arg(httpStatus);
        return outcome;
    }
    QString reason = firstString(answer, {"message", "error_message", "error", "detail"});
    if (reason.isEmpty() && answer.isEmpty())
        reason = QString::fromUtf8(read.left(600));
    reason = printable(reason);
    outcome.reply
        = reason.isEmpty() ? Text::tr("HTTP %1").arg(httpStatus) : Text::tr("HTTP %1: %2").arg(httpStatus).arg(reason);
    if (httpStatus == 401 || httpStatus == 403) {
        outcome.reply = Text::tr("The gateway refused the sign-in: %1").arg(outcome.reply);
        outcome.serverTrouble = true;
    } else if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500) {
        outcome.kind = SendOutcome::Kind::Retry;
        outcome.serverTrouble = httpStatus != 408;
    } else {
        outcome.kind = SendOutcome::Kind::Failed;
    }
    return outcome;
}

} // namespace SmsGateway

SmsClient::SmsClient(SmsSettings settings)
    : m_settings(std::move(settings))
    , m_curl(std::make_unique<CurlHandle>())
{ }

SmsClient::~SmsClient() = default;

int SmsClient::connectionsOpened() const
{
    return m_curl->connectionsOpened();
}

SendOutcome SmsClient::send(const QByteArray &idempotencyKey, const QString &to, const QString &text)
{
    SendOutcome outcome;
    CURL *curl = m_curl->get();
    if (!curl) {
        outcome.reply = Text::tr("The web library could not start.");
        outcome.serverTrouble = true;
        return outcome;
    }
    const QByteArray url = m_settings.url.trimmed().toUtf8();
    const QByteArray request = SmsGateway::requestBody(m_settings, to, text);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers,
                                m_settings.format == SmsSettings::Format::Json
                                    ? "Content-Type: application/json; charset=utf-8"
                                    : "Content-Type: application/x-www-form-urlencoded");
    headers = curl_slist_append(headers, QByteArray("Idempotency-Key: " + idempotencyKey.left(100)).constData());
    headers = curl_slist_append(headers, "Expect:");
    QByteArray answer;

    m_curl->setChecks(m_settings.caFile, m_settings.timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.isEmpty() ? nullptr : user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, user.isEmpty() ? nullptr : password.constData());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Rollbook");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keepBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    char error[CURL_ERROR_SIZE] = {};
    long code = 0;
    const auto result = CURLcode(m_curl->perform(&code, error));
    curl_off_t uploaded = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    curl_slist_free_all(headers);

    if (result == CURLE_OK && code > 0)
        return SmsGateway::outcomeOf(code, answer);
    outcome.reply = QString::fromUtf8(*error ? error : curl_easy_strerror(result)).left(500);
    outcome.serverTrouble = true;
    // The request went whole and no answer came: the gateway may have sent it.
    if (uploaded == curl_off_t(request.size()) && request.size() > 0
        && (result == CURLE_OPERATION_TIMEDOUT || result == CURLE_GOT_NOTHING || result == CURLE_RECV_ERROR))
        outcome.kind = SendOutcome::Kind::Unknown;
    return outcome;
}

} // namespace rollbook
