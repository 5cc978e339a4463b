#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollbook {

Result<QString> normalizeEmail(const QString &typed)
{
    const QString email = typed.trimmed();
    if (email.isEmpty())
        return Error{QCoreApplication::translate("Validation", "Enter an email address.")};
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
    if (text.size() > maxLength)
        return Error{
            QCoreApplication::translate("Validation", "%1 has at most %2 characters.").arg(what).arg(maxLength)};
    return text;
}

} // namespace rollbook
