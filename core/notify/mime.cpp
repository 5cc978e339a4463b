#include "notify/mime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace rollbook::Mime {

namespace {

bool printableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// An address as a header carries it: "Name <address>" with the name encoded when it must be.
QByteArray mailbox(const QString &name, const QString &address, int first)
{
    const QByteArray addr = angleAddress(address);
    if (name.trimmed().isEmpty())
        return addr;
    QString quoted = name.trimmed();
    if (printableAscii(quoted)) {
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return '"' + quoted.toUtf8() + "\" " + addr;
    }
    return headerText(quoted, first) + ' ' + addr;
}

/// Base64 in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + "\r\n";
    return lines;
}

QByteArray part(const char *type, const QString &content)
{
    return QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(content.toUtf8());
}

/// Text with every line break a CRLF, as a message's body must be.
QString crlf(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return lines.replace(u'\n', QStringLiteral("\r\n"));
}

} // namespace

QByteArray angleAddress(const QString &address)
{
    QByteArray clean;
    // No valid address is longer than 254 bytes; a longer one is cut, never let run past a line.
    for (const char c : address.toUtf8().left(320)) {
        if (static_cast<unsigned char>(c) > 0x20 && c != '<' && c != '>' && c != 0x7f)
            clean += c;
    }
    return '<' + clean + '>';
}

QByteArray headerText(const QString &text, int first)
{
    const QString flat = QString(text).replace(u'\r', u' ').replace(u'\n', u' ');
    // Text that looks like an encoded word is encoded too, so that it reads back as it was.
    if (printableAscii(flat) && !flat.contains(QStringLiteral("=?")) && first + flat.size() <= 76)
        return flat.toUtf8();
    // Encoded words of whole characters (never a UTF-8 sequence cut in two), each at most 75
    // characters, one a line.
    QByteArray folded;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!folded.isEmpty())
            folded += "\r\n ";
        folded += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    // 12 characters of =?UTF-8?B??= leave 63 for the base64 of 45 bytes (shorter on a first line).
    int room = std::max(9, std::min(45, (76 - first - 12) / 4 * 3));
    for (qsizetype at = 0; at < flat.size();) {
        const qsizetype width = flat[at].isHighSurrogate() && at + 1 < flat.size() ? 2 : 1;
        const QByteArray bytes = flat.mid(at, width).toUtf8();
        if (chunk.size() + bytes.size() > room) {
            flush();
            room = 45;
        }
        chunk += bytes;
        at += width;
    }
    flush();
    return folded;
}

QString html(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("https?://[^\\s<>\"]+"));
    QString body;
    const QStringList paragraphs = QString(text)
                                       .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                       .split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        QString escaped;
        qsizetype at = 0;
        for (auto it = link.globalMatch(paragraph); it.hasNext();) {
            const auto match = it.next();
            escaped += paragraph.mid(at, match.capturedStart() - at).toHtmlEscaped();
            const QString url = match.captured().toHtmlEscaped();
            escaped += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
            at = match.capturedEnd();
        }
        escaped += paragraph.mid(at).toHtmlEscaped();
        body += QStringLiteral("<p>") + escaped.trimmed().replace(u'\n', QStringLiteral("<br>\n"))
            + QStringLiteral("</p>\n");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
                          "<body style=\"font-family: sans-serif; line-height: 1.4\">\n")
        + body + QStringLiteral("</body></html>\n");
}

QByteArray messageId(const QByteArray &gid, const QString &fromAddress)
{
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    QString domain = at >= 0 ? fromAddress.mid(at + 1) : QString();
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!safe.match(domain).hasMatch())
        domain = QStringLiteral("rollbook.invalid");
    return gid.toHex() + '@' + domain.toLatin1();
}

QByteArray date(std::int64_t unixMs)
{
    // English names whatever the locale: the format is the RFC's, not the user's.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC);
    const QDate day = when.date();
    return QByteArray(days[day.dayOfWeek() - 1]) + ", " + QByteArray::number(day.day()).rightJustified(2, '0') + ' '
        + months[day.month() - 1] + ' ' + QByteArray::number(day.year()) + ' '
        + when.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray compose(const MailMessage &message)
{
    const QByteArray boundary = "=_rollbook_" + message.messageId.left(32);
    QByteArray out;
    out += "From: " + mailbox(message.fromName, message.fromAddress, 6) + "\r\n";
    out += "To: " + angleAddress(message.to) + "\r\n";
    if (!message.replyTo.isEmpty())
        out += "Reply-To: " + angleAddress(message.replyTo) + "\r\n";
    out += "Subject: " + headerText(message.subject, 9) + "\r\n";
    out += "Date: " + date(message.date) + "\r\n";
    out += "Message-ID: <" + message.messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", crlf(message.text));
    out += "--" + boundary + "\r\n" + part("text/html", crlf(html(message.text)));
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace rollbook::Mime
