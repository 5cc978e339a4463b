// The SMS gateway's side of a text message. Its answer (any status, any body, JSON or not) is
// read into an outcome whose kind follows the status and whose text is short and printable; and
// whatever a message holds (a user's name, a school's wording), the request body posted carries it
// exactly, in a form and in JSON.
#include "notify/smsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

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
    settings.format = SmsSettings::Format::Form;
    const QUrlQuery form(QString::fromLatin1(SmsGateway::requestBody(settings, QStringLiteral("+15550100"), text)));
    check(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded) == text);
    check(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded) == u"+15550100");
    return 0;
}
