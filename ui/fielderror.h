#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace rollbook {

/// A hidden label for the error under a field, in the palette's error colour (never link blue).
QLabel *newFieldError(QWidget *parent, const QString &objectName = {});
/// Shows text under the field, or hides the label when text is empty.
void showFieldError(QLabel *label, const QString &text);

} // namespace rollbook
