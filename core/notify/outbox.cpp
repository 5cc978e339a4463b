#include "notify/outbox.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::Outbox {

std::optional<LinkPurpose> linkPurpose(const QString &templateKey)
{
    if (templateKey == u"welcome")
        return LinkPurpose::SetPassword;
    if (templateKey == u"reset")
        return LinkPurpose::Reset;
    return std::nullopt;
}

QString withoutLinkTokens(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\S+[?&]token=[A-Za-z0-9_\\-]+"));
    QString result = text;
    result.replace(link, QStringLiteral("{link}"));
    return result;
}

Result<RenderedNotification> prepareForSending(ActionContext &context, std::int64_t notificationId)
{
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("SELECT user_id, template, coalesce(subject, ''), body FROM notifications "
                                 "WHERE id = ?"));
    query.addBindValue(QVariant::fromValue<qint64>(notificationId));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return Error{QCoreApplication::translate("Outbox", "Notification %1 does not exist.").arg(notificationId)};
    const std::int64_t userId = query.value(0).toLongLong();
    RenderedNotification message{query.value(2).toString(), query.value(3).toString()};
    const auto purpose = linkPurpose(query.value(1).toString());
    if (!purpose || !message.body.contains(u"{link}"))
        return message;
    const auto link = Links::issue(context, userId, *purpose);
    if (!link)
        return link.failure();
    message.body.replace(QStringLiteral("{link}"), link->url);
    message.subject.replace(QStringLiteral("{link}"), link->url);
    return message;
}

} // namespace rollbook::Outbox
