#include "profile/messagestab.h"

#include "actions/supportactions.h"
#include "profile/conversationhtml.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rollbook {

MessagesTab::MessagesTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_conversation(new QTextBrowser(this))
    , m_note(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Se&nd message"), this))
{
    setObjectName(QStringLiteral("messagesTab"));
    m_conversation->setObjectName(QStringLiteral("messageConversation"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_note->setObjectName(QStringLiteral("messagesNote"));
    m_note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageText"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("Write a message to the user…"));
    m_message->setTabChangesFocus(true);
    m_send->setObjectName(QStringLiteral("sendMessage"));
    auto *line = new QHBoxLayout;
    line->addWidget(m_note, 1);
    line->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conversation, 3);
    layout->addWidget(m_message, 1);
    layout->addLayout(line);
    connect(m_send, &QPushButton::clicked, this, &MessagesTab::send);
}

void MessagesTab::load()
{
    QSqlQuery query = userQuery(
        QStringLiteral("SELECT m.sent_at, m.from_operator, o.name, m.body FROM conversations c JOIN messages m "
                       "ON m.conversation_id = c.id JOIN operators o ON o.id = c.operator_id WHERE c.user_id = ? "
                       "ORDER BY m.sent_at, m.id"));
    QList<ConversationEntry> entries;
    while (query.next()) {
        const bool fromOperator = query.value(1).toBool();
        entries.append({dateTime(query.value(0)), fromOperator ? query.value(2).toString() : tr("User"),
                        query.value(3).toString(), fromOperator, false});
    }
    m_conversation->setHtml(conversationHtml(entries));
    m_conversation->moveCursor(QTextCursor::End);
    const bool mayStart = m_context->actor.role == u"admin";
    const bool open = !entries.isEmpty() || mayStart;
    m_send->setEnabled(open);
    m_message->setEnabled(open);
    m_note->setText(open ? QString() : tr("Only an administrator can start a conversation with this user."));
}

void MessagesTab::send()
{
    if (finish(SupportActions::sendMessage(*m_context, m_userId, m_message->toPlainText()), tr("Send message")))
        m_message->clear();
}

} // namespace rollbook
