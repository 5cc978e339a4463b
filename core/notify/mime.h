#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace rollbook {

/// One email as it leaves: who from and to, what it says, and the headers that make it one
/// message wherever it goes (its Message-ID, its Date).
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString to;
    QString replyTo; ///< empty: none
    QString subject;
    QString text; ///< the plain-text body; the HTML part is made from it
    QByteArray messageId; ///< without the angle brackets
    std::int64_t date = 0; ///< Unix milliseconds
};

/// Internet messages (RFC 5322 with MIME): UTF-8 throughout, CRLF line ends, lines under 78
/// characters, a plain-text and an HTML part.
namespace Mime {

/// The whole message, headers and body, as an SMTP server takes it after DATA.
QByteArray compose(const MailMessage &message);

/// A header value: as it is when it is printable ASCII, else RFC 2047 encoded words
/// (=?UTF-8?B?...?=), each line folded before 76 characters. first is the length of the header's
/// name and colon, which the first line shares.
QByteArray headerText(const QString &text, int first);

/// An address in angle brackets, with nothing in it that could end a header or the brackets.
QByteArray angleAddress(const QString &address);

/// The plain text as HTML: escaped, paragraphs at blank lines, line breaks kept, and each http(s)
/// link made a link.
QString html(const QString &text);

/// A Message-ID from a notification's gid and the sender's domain: the same notification always
/// has the same one.
QByteArray messageId(const QByteArray &gid, const QString &fromAddress);

/// The date as RFC 5322 writes it ("Tue, 01 Dec 2026 09:30:00 +0000").
QByteArray date(std::int64_t unixMs);

} // namespace Mime

} // namespace rollbook
