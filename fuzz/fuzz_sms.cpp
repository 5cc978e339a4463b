// The SMS gateway's side of a text message. Its answer (any status, any body, JSON or not) is
// read into an outcome whose kind follows the status and whose text is short and printable; and
// whatever a message holds (a user's name, a school's wording), the request body posted carries it
// exactly, in a form and in JSON.
#include "notify/smsclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rollbook;

namespace {

void checkAt(bool ok, int line)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_sms: the check on line %d failed\n", line);
        std::abort();
    }
}

#define check(ok) checkAt((ok), __LINE__)

bool printable(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2 || size > 2 * SmsGateway::MaxReply)
        return 0;
    const long status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    const SendOutcome outcome = SmsGateway::outcomeOf(status, bytes);
    check(outcome.reply.size() <= 400 && printable(outcome.reply));
    check(outcome.serverId.size() <= 120 && printable(outcome.serverId));
    if (status >= 200 && status < 300)
        check(outcome.kind == SendOutcome::Kind::Sent && !outcome.serverTrouble);
    else if (status == 408 || status == 429 || status >= 500 || status == 401 || status == 403)
        check(outcome.kind == SendOutcome::Kind::Retry);
    else
        check(outcome.kind == SendOutcome::Kind::Failed && !outcome.serverTrouble);

    if (bytes.size() > 2000)
        return 0;
    const QString text = QString::fromUtf8(bytes);
    SmsSettings settings;
    settings.from = text.left(11);
    settings.format = SmsSettings::Format::Json;
    const QJsonObject json
        = QJsonDocument::fromJson(SmsGateway::requestBody(settings, QStringLiteral("+15550100"), text)).object();
    check(json.value(QStringLiteral("text")).toString() == text);
    check(json.value(QStringLiteral("from")).toString() == settings.from);
    // A form decoded as a gateway does: split on & and =, then percent-decoded as UTF-8 (QUrlQuery
    // keeps some sequences, such as U+FFFD's, encoded).
    settings.format = SmsSettings::Format::Form;
    QHash<QByteArray, QString> form;
    for (const QByteArray &pair : SmsGateway::requestBody(settings, QStringLiteral("+15550100"), text).split('&')) {
        const qsizetype equals = pair.indexOf('=');
        check(equals > 0);
        form.insert(pair.left(equals), QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
    }
    check(form.size() == 3);
    check(form.value("Body") == text);
    check(form.value("From") == settings.from);
    check(form.value("To") == u"+15550100");
    return 0;
}
