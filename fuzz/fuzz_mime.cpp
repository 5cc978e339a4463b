// An email made of any sender name, subject and body (a school's templates, a user's name): the
// message is well formed whatever they hold. Every line ends CRLF and fits 998 bytes, the headers
// are exactly the ones written (none injected by a line break), and the subject's encoded words
// decode back to the subject.
#include "notify/mime.h"

#include <QList>
#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

/// A folded header value's encoded words, decoded; the text itself when it has none.
QString decoded(const QByteArray &value)
{
    if (!value.startsWith("=?UTF-8?B?"))
        return QString::fromUtf8(value);
    QByteArray bytes;
    for (QByteArray word : value.split(' ')) {
        word = word.trimmed();
        check(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
        check(word.size() <= 75);
        bytes += QByteArray::fromBase64(word.mid(10, word.size() - 12));
    }
    return QString::fromUtf8(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    MailMessage message;
    message.fromName = QString::fromUtf8(parts.value(0));
    message.subject = QString::fromUtf8(parts.value(1));
    message.text = QString::fromUtf8(parts.value(2));
    message.to = QString::fromUtf8(parts.value(3));
    message.fromAddress = QStringLiteral("school@example.com");
    message.replyTo = QStringLiteral("help@example.com");
    message.messageId = Mime::messageId(QByteArray(16, 'x'), message.fromAddress);
    message.date = 1'800'000'000'000;
    const QByteArray mail = Mime::compose(message);

    check(mail.endsWith("\r\n"));
    QList<QByteArray> lines = mail.split('\n');
    check(lines.takeLast().isEmpty());
    for (const QByteArray &line : lines) {
        check(line.endsWith('\r'));
        check(!line.chopped(1).contains('\r'));
        check(line.size() <= 999);
    }
    // The header section: the names written, each once, continuation lines folded into them.
    QList<QByteArray> headers;
    for (const QByteArray &line : lines) {
        const QByteArray text = line.chopped(1);
        if (text.isEmpty())
            break;
        if (text.startsWith(' ')) {
            check(!headers.isEmpty());
            headers.last() += text;
        } else {
            headers.append(text);
        }
    }
    QSet<QByteArray> names;
    QByteArray subject;
    for (const QByteArray &header : headers) {
        const qsizetype colon = header.indexOf(':');
        check(colon > 0);
        names.insert(header.left(colon));
        if (header.startsWith("Subject: "))
            subject = header.mid(9);
    }
    check(
        names
        == QSet<QByteArray>{"From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"});
    check(headers.size() == names.size());
    QString expected = message.subject;
    expected.replace(u'\r', u' ').replace(u'\n', u' ');
    check(decoded(subject) == expected);
    return 0;
}
