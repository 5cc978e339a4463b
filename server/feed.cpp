#include "feed.h"

#include "pgstore.h"
#include "syncedtables.h"

#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::Feed {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Feed)
};

} // namespace

Result<Requests::Cursor> head(QSqlDatabase &db)
{
    const auto epoch = PgStore::epoch(db);
    if (!epoch)
        return epoch.failure();
    QSqlQuery query(db);
    // Every transaction below xmin is visible to a bootstrap that reads from now on; the feed
    // resumes with the first one that may not be.
    if (!query.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) || !query.next())
        return databaseError(query.lastError());
    return Requests::Cursor{*epoch, query.value(0).toLongLong(), 0};
}

Result<QJsonObject> changes(QSqlDatabase &db, const Requests::Cursor &after, int limit)
{
    const auto epoch = PgStore::epoch(db);
    if (!epoch)
        return epoch.failure();
    if (!after.epoch.isEmpty() && after.epoch != *epoch)
        return Error{ErrorKind::Conflict,
                     Text::tr("The server's data was restored or made anew since this cursor; "
                              "resync from the start.")};
    Requests::Cursor next = after.epoch.isEmpty() ? Requests::Cursor{*epoch, 0, 0} : after;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT change_id, txid::text, entity, gid, key, op FROM changes "
                                 "WHERE txid < pg_snapshot_xmin(pg_current_snapshot()) "
                                 "AND (txid, change_id) > (?::text::xid8, ?) ORDER BY txid, change_id LIMIT ?"));
    query.addBindValue(QString::number(next.txid));
    query.addBindValue(QVariant::fromValue<qint64>(next.change));
    query.addBindValue(limit);
    if (!query.exec())
        return databaseError(query.lastError());
    struct Change
    {
        QString entity;
        QByteArray gid;
        QString key;
        QString op;
    };
    QList<Change> list;
    QHash<QString, QList<QByteArray>> gidsByEntity;
    QStringList settingKeys;
    while (query.next()) {
        next.change = query.value(0).toLongLong();
        next.txid = query.value(1).toLongLong();
        Change change{query.value(2).toString(), query.value(3).toByteArray(), query.value(4).toString(),
                      query.value(5).toString()};
        if (!change.gid.isEmpty())
            gidsByEntity[change.entity].append(change.gid);
        else
            settingKeys.append(change.key);
        list.append(change);
    }
    query.finish();
    QHash<QString, QJsonObject> rows; // by entity and gid text
    for (auto it = gidsByEntity.cbegin(); it != gidsByEntity.cend(); ++it) {
        if (!SyncedTables::contains(it.key()))
            continue;
        const auto found = SyncedTables::rowsByGid(db, it.key(), it.value());
        if (!found)
            return found.failure();
        for (const QJsonValue row : *found)
            rows.insert(it.key() + u'/' + row.toObject().value(QStringLiteral("gid")).toString(), row.toObject());
    }
    QHash<QString, QString> settings;
    if (!settingKeys.isEmpty()) {
        QSqlQuery values(db);
        if (!values.exec(QStringLiteral("SELECT key, value FROM settings")))
            return databaseError(values.lastError());
        while (values.next())
            settings.insert(values.value(0).toString(), values.value(1).toString());
    }
    // The latest change of each row only: a client needs its state, not its history.
    QJsonArray out;
    QSet<QString> seen;
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const Change &change = list[i];
        const QString id = change.gid.isEmpty() ? change.key : uuidText(change.gid);
        if (seen.contains(change.entity + u'/' + id))
            continue;
        seen.insert(change.entity + u'/' + id);
        QJsonObject item{{QStringLiteral("entity"), change.entity}, {QStringLiteral("op"), change.op}};
        if (change.gid.isEmpty()) {
            item.insert(QStringLiteral("key"), change.key);
            item.insert(QStringLiteral("row"),
                        settings.contains(change.key) ? QJsonValue(settings.value(change.key)) : QJsonValue());
        } else {
            item.insert(QStringLiteral("gid"), id);
            const auto row = rows.constFind(change.entity + u'/' + id);
            item.insert(QStringLiteral("row"), row == rows.constEnd() ? QJsonValue() : QJsonValue(*row));
            if (row == rows.constEnd())
                item.insert(QStringLiteral("op"), QStringLiteral("delete"));
        }
        out.prepend(item);
    }
    return QJsonObject{{QStringLiteral("changes"), out}, {QStringLiteral("cursor"), Requests::cursorText(next)}};
}

} // namespace rollbook::Feed
