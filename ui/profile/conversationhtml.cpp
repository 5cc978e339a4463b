#include "profile/conversationhtml.h"

#include <QCoreApplication>

namespace rollbook {

QString conversationHtml(const QList<ConversationEntry> &entries)
{
    if (entries.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate("Conversation", "No messages yet.").toHtmlEscaped());
    QString html;
    for (const ConversationEntry &entry : entries) {
        const QString label = entry.internal
            ? QCoreApplication::translate("Conversation", "%1 · internal note").arg(entry.author)
            : entry.author;
        const QString background = entry.internal ? QStringLiteral("#fff4c2")
            : entry.fromOperator                  ? QStringLiteral("#e8f0fe")
                                                  : QStringLiteral("#f1f1f1");
        html += QStringLiteral("<table width='100%' cellpadding='6' style='margin-%1: 40px; margin-bottom: 6px; "
                               "background-color: %2; color: #202020'><tr><td><b>%3</b> <small>%4</small><br>%5"
                               "</td></tr></table>")
                    .arg(entry.fromOperator ? QStringLiteral("left") : QStringLiteral("right"), background,
                         label.toHtmlEscaped(), entry.when.toHtmlEscaped(),
                         entry.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    return html;
}

} // namespace rollbook
