#include "prompts.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QStandardPaths>

namespace rollbook {

std::optional<std::optional<QString>> Prompts::s_next;

std::optional<QString> Prompts::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

std::optional<QString> Prompts::choice(QWidget *parent, const QString &title, const QString &label,
                                       const QStringList &items)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer && items.contains(*answer) ? answer : std::nullopt;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen;
}

std::optional<QString> Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                         const QString &filter)
{
    if (s_next) {
        const std::optional<QString> answer = *s_next;
        s_next.reset();
        return answer;
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

QString Prompts::inDocuments(const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(fileName);
}

void Prompts::setNextAnswer(std::optional<QString> answer)
{
    s_next = std::move(answer);
}

} // namespace rollbook
