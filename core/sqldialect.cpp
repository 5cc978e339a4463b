#include "sqldialect.h"

#include <QSqlDriver>

namespace rollbook {

namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

ErrorKind kindOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL reports a SQLSTATE of five characters; SQLite a result code of at most four digits.
    if (code.size() == 5) {
        if (code == u"40001" || code == u"40P01" || code == u"55P03" || code == u"57014" || code.startsWith(u"08")
            || code == u"57P01" || code == u"57P03" || code == u"53300")
            return ErrorKind::Busy;
        if (code == u"23505")
            return ErrorKind::Conflict;
        return ErrorKind::Internal;
    }
    bool numeric = false;
    const int sqlite = code.toInt(&numeric);
    if (numeric) {
        const int primary = sqlite & 0xff;
        if (primary == 5 || primary == 6) // SQLITE_BUSY, SQLITE_LOCKED
            return ErrorKind::Busy;
        if (sqlite == 2067 || sqlite == 1555) // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
            return ErrorKind::Conflict;
    }
    return ErrorKind::Internal;
}

QString beginWrite(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString emailEquals(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("lower(email) = lower(?)") : QStringLiteral("email = ?");
}

} // namespace SqlDialect

Result<std::int64_t> insertReturningId(QSqlQuery &insert)
{
    if (!insert.exec() || !insert.next())
        return databaseError(insert.lastError());
    const std::int64_t id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::Internal:
        break;
    }
    return QStringLiteral("internal");
}

Error databaseError(const QSqlError &error)
{
    return Error{SqlDialect::kindOf(error), error.databaseText()};
}

} // namespace rollbook
