#pragma once

#include <QLocale>

namespace rollbook {

/// Installs Qt's and Rollbook's translations for locale on the running application. English is
/// always installed underneath as the fallback, so a message without a translation in the
/// chosen language still gets its English plural forms ("1 user", "2 users", never "user(s)").
void installTranslations(const QLocale &locale = QLocale());

} // namespace rollbook
