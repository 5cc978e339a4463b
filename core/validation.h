#pragma once

#include "result.h"

#include <QString>

namespace rollbook {

/// An email address as stored: trimmed, the domain in lower case. An Error says what is wrong.
Result<QString> normalizeEmail(const QString &typed);

/// Text a person's record holds (a name, a company...): at most maxLength characters and no
/// control character (a NUL or a line break hidden in a name is refused, never stored).
Status checkText(const QString &text, const QString &what, int maxLength);

/// The first control character in the text (C0, DEL, C1), or -1; line feeds and tabs pass when
/// allowed (a reason may have several lines, a name may not).
qsizetype controlCharacterAt(QStringView text, bool allowLineBreaks = false);

/// The text with each control character shown as its symbol (NUL as ␀), for messages and previews.
QString visibleText(QString text);

/// A reason an operator gives (suspension, top-up note...): trimmed, 1 to maxLength characters.
Result<QString> requiredText(const QString &typed, const QString &what, int maxLength = 500);

} // namespace rollbook
