#include "outboxmodel.h"

#include "notify/templates.h"
#include "phone.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace rollbook {

namespace {

QString when(std::int64_t ms)
{
    return ms < 0 ? QString()
                  : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : KeysetModel(QStringLiteral("outbox-"), parent)
{ }

void OutboxModel::setStatus(const QString &status)
{
    m_status = status;
    reload();
}

QString OutboxModel::statusName(const QString &status)
{
    if (status == u"queued")
        return tr("Queued");
    if (status == u"sent")
        return tr("Sent");
    if (status == u"failed")
        return tr("Failed");
    return status;
}

std::vector<OutboxRow> OutboxModel::readPage(const OutboxRow *after) const
{
    QStringList where;
    if (!m_status.isEmpty())
        where.append(QStringLiteral("n.status = ?"));
    if (after)
        where.append(QStringLiteral("n.id < ?"));
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT n.id, n.user_id, n.created_at, CASE WHEN n.channel = 'sms' THEN "
                       "coalesce(u.phone, '') ELSE u.email END, n.channel = 'sms', n.template, "
                       "CASE WHEN n.channel = 'sms' THEN substr(n.body, 1, 200) ELSE coalesce(n.subject, '') END, "
                       "n.status, coalesce(n.sent_at, -1), n.attempts, coalesce(n.failure, '') "
                       "FROM notifications n JOIN users u ON u.id = n.user_id ")
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY n.id DESC LIMIT %1").arg(PageSize));
    if (!m_status.isEmpty())
        query.addBindValue(m_status);
    if (after)
        query.addBindValue(QVariant::fromValue<qint64>(after->id));
    std::vector<OutboxRow> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toBool(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString(), query.value(8).toLongLong(),
                        query.value(9).toInt(), query.value(10).toString()});
    }
    return page;
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow &row = *rowAt(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == Failure ? QVariant(row.failure) : QVariant();
    switch (index.column()) {
    case Queued:
        return when(row.createdAt);
    case Recipient:
        return row.textMessage ? formatPhone(row.recipient) : row.recipient;
    case Notification:
        return row.textMessage ? tr("%1 (text message)").arg(NotificationTemplates::title(row.templateKey))
                               : NotificationTemplates::title(row.templateKey);
    case Subject:
        return row.subject;
    case Status:
        return statusName(row.status);
    case Sent:
        return when(row.sentAt);
    case Tries:
        return row.attempts;
    case Failure:
        return row.failure;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queued:
        return tr("Queued");
    case Recipient:
        return tr("Recipient");
    case Notification:
        return tr("Notification");
    case Subject:
        return tr("Subject or text");
    case Status:
        return tr("Status");
    case Sent:
        return tr("Sent");
    case Tries:
        return tr("Tries");
    case Failure:
        return tr("Why it failed");
    default:
        return {};
    }
}

} // namespace rollbook
