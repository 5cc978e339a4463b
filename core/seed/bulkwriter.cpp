#include "bulkwriter.h"

#include <sqlite3.h>

namespace rollbook::demo {

BulkInsert::BulkInsert(sqlite3 *db, const char *sql) : m_db(db)
{
    sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

BulkInsert &BulkInsert::bind(std::int64_t value)
{
    sqlite3_bind_int64(m_statement, m_next++, value);
    return *this;
}

BulkInsert &BulkInsert::bind(std::string_view text)
{
    // The demo tables are string literals or outlive the statement's step.
    sqlite3_bind_text(m_statement, m_next++, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

BulkInsert &BulkInsert::bind(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, m_next++, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInsert &BulkInsert::bindBlob(const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, m_next++, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInsert &BulkInsert::bind(const std::array<unsigned char, 16> &bytes)
{
    sqlite3_bind_blob(m_statement, m_next++, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInsert &BulkInsert::bindNull()
{
    sqlite3_bind_null(m_statement, m_next++);
    return *this;
}

bool BulkInsert::row()
{
    m_next = 1;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

QString BulkInsert::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool execRaw(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

} // namespace rollbook::demo
