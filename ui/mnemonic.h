#pragma once

#include <QString>

namespace rollbook {

/// A label as it reads without its mnemonic: "&Export users…" reads "Export users…", and "&&"
/// stays one ampersand ("Payments && credits" reads "Payments & credits").
inline QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace rollbook
