#include "database.h"

#include "notify/outbox.h"

#include "keptquery.h"
#include "log.h"
#include "schema.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace rollbook {

namespace {

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || error.databaseText().contains(u"locked");
}

Error sqlError(const QString &path, const QSqlError &error)
{
    if (isBusy(error))
        return Error{QCoreApplication::translate(
                         "Database", "%1 is locked by another program. Close the other program and try again.")
                         .arg(path)};
    const QString text = error.databaseText();
    if (text.contains(u"not a database") || text.contains(u"malformed"))
        return Error{QCoreApplication::translate("Database", "%1 is not a Rollbook database or is damaged (%2).")
                         .arg(path, text)};
    return Error{QCoreApplication::translate("Database", "Could not read %1: %2").arg(path, error.text())};
}

void searchKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QString key;
    if (argc > 0 && sqlite3_value_type(argv[0]) != SQLITE_NULL) {
        const auto *text = reinterpret_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
        key = foldText(QStringView(text, sqlite3_value_bytes16(argv[0]) / 2));
    }
    if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
        const auto *text = reinterpret_cast<const char16_t *>(sqlite3_value_text16(argv[1]));
        key += u' ' + phoneDigits(QStringView(text, sqlite3_value_bytes16(argv[1]) / 2));
    }
    const QByteArray utf8 = key.toUtf8();
    sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void nameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto text = [&](int i) {
        if (argc <= i || sqlite3_value_type(argv[i]) == SQLITE_NULL)
            return QString();
        const auto *chars = reinterpret_cast<const char16_t *>(sqlite3_value_text16(argv[i]));
        return QString(reinterpret_cast<const QChar *>(chars), sqlite3_value_bytes16(argv[i]) / 2);
    };
    const QByteArray utf8 = nameSortKey(text(0), text(1)).toUtf8();
    sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

/// rollbook_without_link_tokens(body): the body with each one-time link put back to {link} (schema 5).
void withoutLinkTokensFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *chars = reinterpret_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const QString body(reinterpret_cast<const QChar *>(chars), sqlite3_value_bytes16(argv[0]) / 2);
    const QByteArray utf8 = Outbox::withoutLinkTokens(body).toUtf8();
    sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

struct Header
{
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    QSqlError error;
};

Header readHeader(QSqlDatabase &db)
{
    QSqlQuery query(db);
    Header header;
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_schema)"))
        || !query.next()) {
        header.error = query.lastError();
        return header;
    }
    header.applicationId = query.value(0).toInt();
    header.version = query.value(1).toInt();
    header.objects = query.value(2).toInt();
    return header;
}

bool fileHasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool isWritableFile(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

Status migrate(QSqlDatabase &db, const QString &path, int from)
{
    for (int version = from + 1; version <= latestSchemaVersion(); ++version) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(path, begin.lastError());
        for (const QString &statement : migrationStatements(version)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const Error error{QCoreApplication::translate("Database", "Could not upgrade %1 to schema %2: %3")
                                      .arg(path)
                                      .arg(version)
                                      .arg(query.lastError().databaseText())};
                db.rollback();
                return error;
            }
        }
        QSqlQuery stamp(db);
        stamp.exec(QStringLiteral("PRAGMA application_id = %1").arg(RollbookApplicationId));
        stamp.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!db.commit()) {
            const Error error = sqlError(path, db.lastError());
            db.rollback();
            return error;
        }
        qCInfo(lcStore) << "migrated" << path << "to schema" << version;
    }
    return success();
}

} // namespace

QString Database::uniqueConnectionName()
{
    return QStringLiteral("worker-") + QUuid::createUuid().toString(QUuid::Id128);
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{query.lastError().databaseText() + u" (" + sql.left(80) + u')'};
    return success();
}

sqlite3 *Database::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

void Database::registerFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "rollbook_search_key", 2, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                               &searchKeyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "rollbook_name_key", 2, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                               &nameKeyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "rollbook_without_link_tokens", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                               &withoutLinkTokensFunction, nullptr, nullptr, nullptr);
}

int Database::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::integrityCheck(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlError(db.databaseName(), query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (!problems.isEmpty())
        return Error{QCoreApplication::translate("Database", "%1 is damaged: %2")
                         .arg(db.databaseName(), problems.mid(0, 3).join(u"; "))};
    return success();
}

void Database::close(const QString &connectionName)
{
    KeptQuery::forget(connectionName);
    if (QSqlDatabase::contains(connectionName)) {
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName, const OpenOptions &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const bool fresh = !exists || info.size() == 0;
    if (!exists && !options.create)
        return Error{QCoreApplication::translate("Database", "%1 does not exist.").arg(path)};
    if (exists && info.isDir())
        return Error{QCoreApplication::translate("Database", "%1 is a folder, not a Rollbook database.").arg(path)};
    if (exists && !fresh && !fileHasSqliteHeader(path))
        return Error{QCoreApplication::translate("Database", "%1 is not a Rollbook database: it is not an SQLite file.")
                         .arg(path)};
    if (fresh && !options.create)
        return Error{QCoreApplication::translate("Database", "%1 is not a Rollbook database: it is empty.").arg(path)};
    if (exists && !options.readOnly && !isWritableFile(info))
        return Error{QCoreApplication::translate(
                         "Database",
                         "%1 is read-only. Rollbook needs to write to it; copy it somewhere writable or change "
                         "its permissions.")
                         .arg(path)};

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    auto fail = [&](Error error) -> Result<QSqlDatabase> {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        if (!exists)
            QFile::remove(path);
        return error;
    };
    if (!db.open())
        return fail(
            Error{QCoreApplication::translate("Database", "Could not open %1: %2").arg(path, db.lastError().text())});
    if (sqlite3 *raw = handle(db))
        registerFunctions(raw);
    else
        return fail(Error{QCoreApplication::translate(
            "Database", "Qt's SQLite driver does not expose its handle; Rollbook cannot use it.")});

    // Only reads until the file is known to be ours and of a version we understand.
    const Header read = readHeader(db);
    if (read.error.isValid())
        return fail(sqlError(path, read.error));
    const int applicationId = read.applicationId;
    const int version = read.version;
    const int objects = read.objects;
    const bool empty = applicationId == 0 && version == 0 && objects == 0;
    if (!empty && applicationId != RollbookApplicationId)
        return fail(Error{
            QCoreApplication::translate("Database", "%1 is an SQLite database, but not a Rollbook one.").arg(path)});
    if (empty && !options.create)
        return fail(Error{
            QCoreApplication::translate("Database", "%1 is not a Rollbook database: it holds no tables.").arg(path)});
    if (version > latestSchemaVersion())
        return fail(Error{QCoreApplication::translate(
                              "Database",
                              "%1 was made by a newer version of Rollbook (schema %2; this version reads up to %3). "
                              "Update Rollbook to open it.")
                              .arg(path)
                              .arg(version)
                              .arg(latestSchemaVersion())});
    if (version < latestSchemaVersion() && (options.readOnly || !options.migrate) && !empty)
        return fail(
            Error{QCoreApplication::translate("Database", "%1 uses an older schema (%2) and must be upgraded first.")
                      .arg(path)
                      .arg(version)});
    if (options.integrityCheck && !empty) {
        if (const Status checked = integrityCheck(db); !checked)
            return fail(checked.failure());
    }

    if (!options.readOnly) {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(sqlError(path, wal.lastError()));
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("PRAGMA temp_store = MEMORY"),
          QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheKiB)}) {
        if (const Status s = exec(db, pragma); !s)
            return fail(s.failure());
    }
    if (!options.readOnly && options.migrate && version < latestSchemaVersion()) {
        if (const Status migrated = migrate(db, path, version); !migrated)
            return fail(migrated.failure());
    }
    return db;
}

} // namespace rollbook
