#pragma once

#include <QSqlDatabase>
#include <QSqlResult>

struct pg_conn;
struct pg_result;

namespace rollbook {

/// A prepared statement on a QPSQL connection that talks libpq's extended protocol itself:
/// QPSQL sends each execution as SQL text (EXECUTE name (literals)), which PostgreSQL parses again
/// and whose every literal it plans as an expression; here the parameters travel apart from the
/// statement (text, and bytea as bytes), so an execution costs about 60% as much. For rollbookd's
/// kept statements (KeptQuery::keepOn): a QSqlQuery made on it reads as one of QPSQL's would
/// (values by PostgreSQL type, SQLSTATE as the native error code). Transactions stay QPSQL's.
class PgResult final : public QSqlResult
{
public:
    explicit PgResult(const QSqlDatabase &db);
    ~PgResult() override;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    /// The text with its ? placeholders numbered as PostgreSQL's $1, $2... (none inside quotes).
    static QByteArray numbered(const QString &sql);

protected:
    bool prepare(const QString &sql) override;
    bool exec() override;
    /// Positional values kept here (addBindValue comes here too): QSqlResult's own binding names
    /// each position (":3") in a string and looks it up in a hash, a sixth of rollbookd's time in a
    /// batch of commands.
    void bindValue(int index, const QVariant &value, QSql::ParamType type) override;
    bool reset(const QString &sql) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    pg_conn *connection() const;
    bool take(pg_result *result, const QString &what);
    void clear();
    /// Drops the prepared statement, if any, from the connection.
    void deallocate();

    pg_result *m_result = nullptr;
    QVariantList m_values; ///< the bound values, kept from one execution to the next
    QByteArray m_name; ///< the prepared statement's, empty until prepared
};

} // namespace rollbook
