#include "profile/ticketstab.h"

#include "actions/supportactions.h"
#include "profile/conversationhtml.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rollbook {

namespace {

QString statusLabel(const QString &status)
{
    if (status == u"open")
        return TicketsTab::tr("Open");
    if (status == u"pending")
        return TicketsTab::tr("Pending (waiting on the user)");
    if (status == u"solved")
        return TicketsTab::tr("Solved");
    if (status == u"closed")
        return TicketsTab::tr("Closed");
    return status;
}

QString priorityLabel(const QString &priority)
{
    if (priority == u"low")
        return TicketsTab::tr("Low");
    if (priority == u"normal")
        return TicketsTab::tr("Normal");
    if (priority == u"high")
        return TicketsTab::tr("High");
    if (priority == u"urgent")
        return TicketsTab::tr("Urgent");
    return priority;
}

} // namespace

TicketsTab::TicketsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_tickets(makeTable(this, QStringLiteral("ticketsTable"),
                          {tr("Subject"), tr("Status"), tr("Priority"), tr("Opened"), tr("Assignee")}))
    , m_conversation(new QTextBrowser(this))
    , m_reply(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("ticketsTab"));
    m_tickets->setAccessibleName(tr("Tickets"));
    m_conversation->setObjectName(QStringLiteral("ticketConversation"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_reply->setObjectName(QStringLiteral("ticketReply"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setPlaceholderText(tr("Write a reply to the user, or a note only operators see…"));
    m_reply->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    for (const QString &status : SupportActions::ticketStatuses())
        m_status->addItem(statusLabel(status), status);
    auto *reply = new QPushButton(tr("Send &reply"), this);
    reply->setObjectName(QStringLiteral("sendReply"));
    auto *note = new QPushButton(tr("Add internal &note"), this);
    note->setObjectName(QStringLiteral("addNote"));
    auto *setStatus = new QPushButton(tr("Set s&tatus"), this);
    setStatus->setObjectName(QStringLiteral("setTicketStatus"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reply);
    buttons->addWidget(note);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Status:"), this));
    buttons->addWidget(m_status);
    buttons->addWidget(setStatus);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_conversation, 3);
    lowerLayout->addWidget(m_reply, 1);
    lowerLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ticketsSplitter"));
    splitter->addWidget(m_tickets);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);
    connect(m_tickets, &QTableWidget::itemSelectionChanged, this, &TicketsTab::showConversation);
    connect(reply, &QPushButton::clicked, this, [this] { post(false); });
    connect(note, &QPushButton::clicked, this, [this] { post(true); });
    connect(setStatus, &QPushButton::clicked, this, &TicketsTab::applyStatus);
}

std::int64_t TicketsTab::selectedTicket() const
{
    const int row = m_tickets->currentRow();
    return row >= 0 && m_tickets->item(row, 0) ? m_tickets->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void TicketsTab::load()
{
    const std::int64_t keep = selectedTicket();
    m_tickets->setRowCount(0);
    QSqlQuery query = userQuery(
        QStringLiteral("SELECT t.id, t.subject, t.status, t.priority, t.opened_at, coalesce(o.name, '') FROM tickets t "
                       "LEFT JOIN operators o ON o.id = t.assignee_id WHERE t.user_id = ? ORDER BY t.opened_at DESC"));
    int select = 0;
    while (query.next()) {
        if (query.value(0).toLongLong() == keep)
            select = m_tickets->rowCount();
        addRow(m_tickets,
               {query.value(1).toString(), statusLabel(query.value(2).toString()),
                priorityLabel(query.value(3).toString()), dateTime(query.value(4)), query.value(5).toString()},
               query.value(0));
        m_tickets->item(m_tickets->rowCount() - 1, 1)->setData(Qt::UserRole, query.value(2));
    }
    m_tickets->resizeColumnsToContents();
    if (m_tickets->rowCount() > 0)
        m_tickets->selectRow(select);
    else
        m_conversation->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No tickets.").toHtmlEscaped()));
}

void TicketsTab::showConversation()
{
    const std::int64_t ticket = selectedTicket();
    if (ticket == 0)
        return;
    m_status->setCurrentIndex(m_status->findData(m_tickets->item(m_tickets->currentRow(), 1)->data(Qt::UserRole)));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.created_at, m.author_operator_id IS NOT NULL, coalesce(o.name, ''), "
                                 "m.internal, m.body FROM ticket_messages m LEFT JOIN operators o "
                                 "ON o.id = m.author_operator_id WHERE m.ticket_id = ? ORDER BY m.created_at, m.id"));
    query.addBindValue(QVariant::fromValue<qint64>(ticket));
    QList<ConversationEntry> entries;
    if (query.exec()) {
        while (query.next()) {
            const bool fromOperator = query.value(1).toBool();
            entries.append({dateTime(query.value(0)), fromOperator ? query.value(2).toString() : tr("User"),
                            query.value(4).toString(), fromOperator, query.value(3).toBool()});
        }
    }
    m_conversation->setHtml(conversationHtml(entries));
}

void TicketsTab::post(bool internal)
{
    const std::int64_t ticket = selectedTicket();
    if (ticket == 0)
        return;
    if (finish(SupportActions::replyToTicket(*m_context, ticket, m_reply->toPlainText(), internal),
               internal ? tr("Internal note") : tr("Reply")))
        m_reply->clear();
}

void TicketsTab::applyStatus()
{
    const std::int64_t ticket = selectedTicket();
    if (ticket != 0)
        finish(SupportActions::setTicketStatus(*m_context, ticket, m_status->currentData().toString()),
               tr("Ticket status"));
}

} // namespace rollbook
