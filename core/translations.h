#pragma once

#include <QLocale>

namespace rollbook {

// One rule for the context of a message, so that the one lupdate files it under is the one looked
// up at run time:
// - in a QObject subclass, tr() (the class, "rollbook::MainWindow");
// - anywhere else, a file declares its context once, in an anonymous namespace,
//       struct Text { Q_DECLARE_TR_FUNCTIONS(rollbook::Delivery) };
//   and writes Text::tr("..."). A free tr() helper does not do: lupdate files each call of one
//   under the class or namespace the call stands in, which the helper cannot know.
// - or QCoreApplication::translate("Context", "...") with a literal context, which lupdate reads as
//   written.
// test_translations loads a translation of every message and sees a core, a CLI and a widget
// message translated.

/// Installs Qt's and Rollbook's translations for locale on the running application. English is
/// always installed underneath as the fallback, so a message without a translation in the
/// chosen language still gets its English plural forms ("1 user", "2 users", never "user(s)").
/// ROLLBOOK_TRANSLATION=FILE.qm puts a translation of one's own on top (a translator trying theirs).
void installTranslations(const QLocale &locale = QLocale());

} // namespace rollbook
