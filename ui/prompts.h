#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace rollbook {

/// Asks for one line of text (a reason, a name). Tests answer through setNextAnswer instead of a
/// real modal dialog.
class Prompts
{
public:
    /// The text, or nothing when the operator cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &initial = {});
    /// A reason that must not be empty: OK stays off until something is typed, so an empty reason
    /// never reaches the action. Nothing when cancelled.
    static std::optional<QString> reason(QWidget *parent, const QString &title, const QString &label);
    /// One of items, picked from a list; nothing when cancelled.
    static std::optional<QString> choice(QWidget *parent, const QString &title, const QString &label,
                                         const QStringList &items);
    /// A file to write, from the save dialog starting at suggested; nothing when cancelled.
    static std::optional<QString> saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                           const QString &filter);
    /// fileName in the folder the last file was saved to, when it still exists; else in the
    /// user's Documents folder when there is one; else in their home: always a folder that exists.
    static QString inDocuments(const QString &fileName);
    /// Remembers the folder of a file just chosen, for inDocuments.
    static void rememberFolder(const QString &filePath);
    /// Creates the folder path is to go in; an Error names the folder when that is impossible.
    static Status prepareFolder(const QString &filePath);
    /// Tests: the next prompt returns this at once (std::nullopt: as if cancelled).
    static void setNextAnswer(std::optional<QString> answer);

private:
    static std::optional<std::optional<QString>> s_next;
};

} // namespace rollbook
