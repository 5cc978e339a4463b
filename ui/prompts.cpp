#include "prompts.h"

#include <QInputDialog>

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

void Prompts::setNextAnswer(std::optional<QString> answer)
{
    s_next = std::move(answer);
}

} // namespace rollbook
