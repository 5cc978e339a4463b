#pragma once

#include <QString>
#include <QStringList>

namespace rollbook {

/// Folds text for accent- and case-insensitive matching: lower case, compatibility decomposition
/// with combining marks removed, and a few letters that do not decompose (đ, ł, ø, ß...) spelled
/// in ASCII. "José Nguyễn" folds to "jose nguyen".
QString foldText(QStringView text);

/// A person's name as it is written in their script: "given family" for most, "family given"
/// when both parts are Chinese, Japanese or Korean ("王 伟" for given 伟, family 王).
QString personName(const QString &first, const QString &last);

/// The key the directory sorts names by: the folded personName.
QString nameSortKey(const QString &first, const QString &last);

/// The digits of a phone number or fragment: "+44 7700-900" gives "447700900".
QString phoneDigits(QStringView text);

/// True when the text reads as a phone number or a fragment of one: digits with
/// spaces, '+', '-', '.', '(' or ')' and nothing else.
bool looksLikePhone(QStringView text);

/// The search terms of what the user typed, folded. A phone-like entry becomes one digit
/// term, without a leading trunk '0' or international '00' prefix.
QStringList searchTerms(QStringView typed);

} // namespace rollbook
