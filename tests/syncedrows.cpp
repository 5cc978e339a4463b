#include "syncedrows.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace rollbook::test {

namespace {

// The local ids every dump below replaces by the referenced row's gid.
const char *const dumps[][2] = {
    {"users",
     "SELECT gid, row_version, first_name, last_name, sort_name, email, phone, company, industry, status, "
     "status_reason, source, registered_at, last_active_at, locale, opt_newsletter, opt_promotions, "
     "credit_balance, total_spent, avg_progress, password_hash FROM users ORDER BY gid"},
    {"custom_values",
     "SELECT u.gid, f.key, v.value FROM custom_values v JOIN users u ON u.id = v.user_id "
     "JOIN custom_fields f ON f.id = v.field_id ORDER BY 1, 2"},
    {"user_search", "SELECT u.gid, s.key FROM user_search s JOIN users u ON u.id = s.user_id ORDER BY 1"},
    {"enrollments",
     "SELECT e.gid, e.row_version, u.gid, p.gid, e.status, e.progress, e.source, e.enrolled_at, "
     "e.completed_at FROM enrollments e JOIN users u ON u.id = e.user_id "
     "JOIN products p ON p.id = e.product_id ORDER BY 1"},
    {"credit_ledger",
     "SELECT l.gid, u.gid, l.amount, l.currency, l.reason, l.note, o.gid, l.created_at "
     "FROM credit_ledger l JOIN users u ON u.id = l.user_id "
     "LEFT JOIN operators o ON o.id = l.operator_id ORDER BY 1"},
    {"tickets",
     "SELECT t.gid, t.row_version, u.gid, t.subject, t.status, t.priority, o.gid, t.opened_at, "
     "t.solved_at FROM tickets t JOIN users u ON u.id = t.user_id "
     "LEFT JOIN operators o ON o.id = t.assignee_id ORDER BY 1"},
    {"ticket_messages",
     "SELECT m.gid, t.gid, o.gid, m.body, m.internal, m.created_at FROM ticket_messages m "
     "JOIN tickets t ON t.id = m.ticket_id LEFT JOIN operators o ON o.id = m.author_operator_id "
     "ORDER BY 1"},
    {"conversations",
     "SELECT c.gid, u.gid, o.gid, c.started_at FROM conversations c "
     "JOIN users u ON u.id = c.user_id JOIN operators o ON o.id = c.operator_id ORDER BY 1"},
    {"messages",
     "SELECT m.gid, c.gid, m.from_operator, m.body, m.sent_at, m.read_at FROM messages m "
     "JOIN conversations c ON c.id = m.conversation_id ORDER BY 1"},
    {"mailing_list_members",
     "SELECT l.gid, u.gid, m.added_at FROM mailing_list_members m "
     "JOIN mailing_lists l ON l.id = m.list_id JOIN users u ON u.id = m.user_id ORDER BY 1, 2"},
    {"notifications",
     "SELECT n.gid, u.gid, n.channel, n.template, n.subject, n.body, n.status, n.created_at, "
     "n.sent_at FROM notifications n JOIN users u ON u.id = n.user_id ORDER BY 1"},
    {"login_tokens",
     "SELECT u.gid, t.purpose, t.token_hash, o.gid, t.created_at, t.expires_at, t.used_at "
     "FROM login_tokens t JOIN users u ON u.id = t.user_id "
     "LEFT JOIN operators o ON o.id = t.created_by ORDER BY 3"},
    {"settings", "SELECT key, value FROM settings ORDER BY key"},
    {"operators", "SELECT gid, name, role FROM operators ORDER BY gid"},
    {"platform_totals", "SELECT metric, value FROM platform_totals ORDER BY metric"},
    {"audit_log",
     "SELECT a.gid, o.gid, a.operator_name, a.action, a.target_kind, a.target_gid, a.before_json, "
     "a.after_json, a.reason, a.created_at FROM audit_log a "
     "LEFT JOIN operators o ON o.id = a.operator_id ORDER BY 1"},
    {"commands", "SELECT op_id, action, target_gid, args, base, actor_gid, client_time FROM commands ORDER BY 1"},
};

} // namespace

QString syncedRows(QSqlDatabase &db)
{
    QStringList lines;
    for (const auto &[table, sql] : dumps) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(sql))) {
            lines.append(QStringLiteral("%1: cannot read").arg(QLatin1String(table)));
            continue;
        }
        while (query.next()) {
            QString line = QLatin1String(table) + u':';
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                line += u'|'
                    + (value.isNull() ? QStringLiteral("NULL")
                           : value.metaType().id() == QMetaType::QByteArray
                           ? QString::fromLatin1(value.toByteArray().toHex())
                           : value.toString());
            }
            lines.append(line);
        }
    }
    return lines.join(u'\n');
}

} // namespace rollbook::test
