#pragma once

#include <QMessageBox>
#include <optional>

namespace rollbook {

/// Every modal message of the app goes through here, so that tests can answer them
/// (setNextAnswer) instead of blocking on a real dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    /// A message with buttons of its own (Open file, Open folder...) and Close; returns the index
    /// of the button pressed, or -1 for Close (and for a test's answer).
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons);
    /// Save, Discard or Cancel, for a window closing with unsaved changes.
    static QMessageBox::StandardButton unsavedChanges(QWidget *parent, const QString &title, const QString &text);
    /// Yes or No.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);

    /// Tests: the next message returns this answer at once, and its text is kept for lastText().
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: answers for the messages after the next one, in order (a second question).
    static void queueAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
};

} // namespace rollbook
