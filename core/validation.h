#pragma once

#include "result.h"

#include <QString>

namespace rollbook {

/// An email address as stored: trimmed, the domain in lower case. An Error says what is wrong.
Result<QString> normalizeEmail(const QString &typed);

/// A reason an operator gives (suspension, top-up note...): trimmed, 1 to maxLength characters.
Result<QString> requiredText(const QString &typed, const QString &what, int maxLength = 500);

} // namespace rollbook
