#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollbook {

qsizetype controlCharacterAt(QStringView text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            return i;
    }
    return -1;
}

namespace {

Error controlCharacterError(const QString &what, const QString &text, qsizetype at)
{
    return Error{QCoreApplication::translate("Validation", "%1 holds a control character (U+%2) at position %3.")
                     .arg(what)
                     .arg(text[at].unicode(), 4, 16, QLatin1Char('0'))
                     .arg(at + 1)};
}

} // namespace

QString visibleText(QString text)
{
    if (controlCharacterAt(text) < 0)
        return text; // shared, not copied
    for (QChar &c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20)
            c = QChar(char16_t(0x2400 + code));
        else if (code == 0x7F)
            c = QChar(char16_t(0x2421));
        else if (code > 0x7F && code < 0xA0)
            c = QChar(char16_t(0xFFFD));
    }
    return text;
}

Status checkText(const QString &text, const QString &what, int maxLength)
{
    if (text.size() > maxLength)
        return Error{QCoreApplication::translate("Validation",
                                                 "%1 has %2 characters, more than the %3 it may have: "
                                                 "shorten it (Rollbook cuts nothing).")
                         .arg(what)
                         .arg(text.size())
                         .arg(maxLength)};
    if (const qsizetype at = controlCharacterAt(text); at >= 0)
        return controlCharacterError(what, text, at);
    return success();
}

Result<QString> normalizeEmail(const QString &typed)
{
    const QString email = typed.trimmed();
    if (email.isEmpty())
        return Error{QCoreApplication::translate("Validation", "Enter an email address.")};
    if (const qsizetype at = controlCharacterAt(email); at >= 0)
        return Error{QCoreApplication::translate("Validation",
                                                 "The email address holds a control character (U+%1) at position %2.")
                         .arg(email[at].unicode(), 4, 16, QLatin1Char('0'))
                         .arg(at + 1)};
    if (email.size() > 254)
        return Error{QCoreApplication::translate("Validation", "An email address has at most 254 characters.")};
    // The practical subset of RFC 5322 that mail systems accept: local@domain.tld, no spaces.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\]\\]+@([A-Za-z0-9\x{00A0}-\x{FFFF}](?:[A-Za-z0-9\x{00A0}-\x{FFFF}-]*[A-Za-z0-9\x{00A0}-\x{FFFF}])?\.)+[A-Za-z\x{00A0}-\x{FFFF}]{2,}$)"));
    if (!pattern.match(email).hasMatch())
        return Error{QCoreApplication::translate("Validation", "\"%1\" is not a valid email address.").arg(email)};
    const qsizetype at = email.lastIndexOf(u'@');
    if (at > 64)
        return Error{QCoreApplication::translate("Validation", "The part before @ has at most 64 characters.")};
    return QString(email.left(at + 1) + email.mid(at + 1).toLower());
}

Result<QString> requiredText(const QString &typed, const QString &what, int maxLength)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error{QCoreApplication::translate("Validation", "%1 is required.").arg(what)};
    if (const qsizetype at = controlCharacterAt(text, true); at >= 0)
        return controlCharacterError(what, text, at);
    if (text.size() > maxLength)
        return Error{
            QCoreApplication::translate("Validation", "%1 has at most %2 characters.").arg(what).arg(maxLength)};
    return text;
}

} // namespace rollbook
