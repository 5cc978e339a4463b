#include "bulkwriter.h"

#include <sqlite3.h>

namespace rollbook::demo {

BulkInsert::BulkInsert(sqlite3 *db, const char *table, const char *columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_columnCount(static_cast<int>(m_columns.count(',')) + 1)
{
    m_values.reserve(static_cast<std::size_t>(m_columnCount * BatchRows));
}

BulkInsert::~BulkInsert()
{
    flush();
    for (auto &[rows, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *BulkInsert::statementFor(int rows)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return found->second;
    QByteArray tuple = "(?";
    for (int c = 1; c < m_columnCount; ++c)
        tuple += ",?";
    tuple += ')';
    QByteArray sql = "INSERT INTO " + m_table + " (" + m_columns + ") VALUES " + tuple;
    for (int r = 1; r < rows; ++r)
        sql += ',' + tuple;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    m_statements.emplace(rows, statement);
    return statement;
}

bool BulkInsert::send(int rows)
{
    sqlite3_stmt *statement = statementFor(rows);
    if (!statement)
        return false;
    int index = 1;
    for (const Value &value : m_values) {
        if (const auto *number = std::get_if<std::int64_t>(&value))
            sqlite3_bind_int64(statement, index, *number);
        else if (const auto *text = std::get_if<std::string>(&value))
            sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
        else if (const auto *blob = std::get_if<Blob>(&value))
            sqlite3_bind_blob(statement, index, blob->bytes.data(), static_cast<int>(blob->bytes.size()),
                              SQLITE_STATIC);
        else
            sqlite3_bind_null(statement, index);
        ++index;
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    m_values.clear();
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

BulkInsert &BulkInsert::bind(std::int64_t value)
{
    m_values.emplace_back(value);
    return *this;
}

BulkInsert &BulkInsert::bind(std::string_view text)
{
    m_values.emplace_back(std::string(text));
    return *this;
}

BulkInsert &BulkInsert::bind(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_values.emplace_back(std::string(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return *this;
}

BulkInsert &BulkInsert::bindBlob(const QByteArray &bytes)
{
    m_values.emplace_back(Blob{std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()))});
    return *this;
}

BulkInsert &BulkInsert::bind(const std::array<unsigned char, 16> &bytes)
{
    m_values.emplace_back(Blob{std::string(reinterpret_cast<const char *>(bytes.data()), bytes.size())});
    return *this;
}

BulkInsert &BulkInsert::bindNull()
{
    m_values.emplace_back(std::monostate{});
    return *this;
}

bool BulkInsert::row()
{
    if (m_values.size() % static_cast<std::size_t>(m_columnCount) != 0) {
        m_error = QStringLiteral("%1: a row has %2 values, not %3")
                      .arg(QString::fromUtf8(m_table))
                      .arg(m_values.size() % static_cast<std::size_t>(m_columnCount))
                      .arg(m_columnCount);
        m_values.clear();
        return false;
    }
    if (m_values.size() == static_cast<std::size_t>(m_columnCount * BatchRows))
        return send(BatchRows);
    return true;
}

bool BulkInsert::flush()
{
    if (m_values.empty())
        return true;
    return send(static_cast<int>(m_values.size() / static_cast<std::size_t>(m_columnCount)));
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
