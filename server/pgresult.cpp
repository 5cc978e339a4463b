#include "pgresult.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <atomic>
#include <vector>

namespace rollbook {

namespace {

// PostgreSQL's type oids (pg_type.dat) that read as something other than text.
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case BoolOid:
        return QMetaType(QMetaType::Bool);
    case ByteaOid:
        return QMetaType(QMetaType::QByteArray);
    case Int8Oid:
        return QMetaType(QMetaType::LongLong);
    case Int2Oid:
    case Int4Oid:
        return QMetaType(QMetaType::Int);
    case OidOid:
        return QMetaType(QMetaType::UInt);
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QMetaType(QMetaType::Double);
    default:
        return QMetaType(QMetaType::QString);
    }
}

std::atomic<quint64> statements{0};

/// Whether a bound value is SQL NULL, as QPSQL reads it: a null QString or QByteArray is one too.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

} // namespace

PgResult::PgResult(const QSqlDatabase &db)
    : QSqlResult(db.driver())
{ }

PgResult::~PgResult()
{
    clear();
    deallocate();
}

void PgResult::deallocate()
{
    if (PGconn *pg = connection(); pg && !m_name.isEmpty())
        PQclear(PQexec(pg, QByteArray("DEALLOCATE " + m_name).constData()));
    m_name.clear();
}

QByteArray PgResult::numbered(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 16);
    char quote = 0;
    int next = 1;
    for (const char c : text) {
        if (quote) {
            quote = c == quote ? 0 : quote; // a doubled quote closes and opens again: the same
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(next++);
        } else {
            out += c;
        }
    }
    return out;
}

PGconn *PgResult::connection() const
{
    if (!driver() || !driver()->isOpen())
        return nullptr;
    return *static_cast<PGconn *const *>(driver()->handle().constData());
}

void PgResult::clear()
{
    PQclear(m_result);
    m_result = nullptr;
}

bool PgResult::take(PGresult *result, const QString &what)
{
    clear();
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_result = result;
        setSelect(status == PGRES_TUPLES_OK);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
        return true;
    }
    // As QPSQL words it: libpq's message with the SQLSTATE after it, which is the native code.
    const QString code = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    PGconn *pg = connection();
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : pg ? PQerrorMessage(pg) : "");
    if (!code.isEmpty())
        message += u'(' + code + u')';
    PQclear(result);
    setLastError(QSqlError(QStringLiteral("QPSQL: ") + what, message, QSqlError::StatementError, code));
    setActive(false);
    return false;
}

bool PgResult::prepare(const QString &)
{
    PGconn *pg = connection();
    if (!pg)
        return false;
    deallocate();
    m_values.clear();
    const QByteArray name = "rollbook_" + QByteArray::number(++statements);
    // lastQuery() is the text as written, with ? for each parameter.
    if (!take(PQprepare(pg, name.constData(), numbered(lastQuery()).constData(), 0, nullptr),
              QStringLiteral("Unable to prepare statement")))
        return false;
    clear();
    setActive(false);
    m_name = name;
    return true;
}

void PgResult::bindValue(int index, const QVariant &value, QSql::ParamType)
{
    if (index < 0)
        return;
    if (m_values.size() <= index)
        m_values.resize(index + 1);
    m_values[index] = value;
}

bool PgResult::exec()
{
    PGconn *pg = connection();
    if (!pg || m_name.isEmpty())
        return false;
    const QVariantList &values = m_values;
    std::vector<QByteArray> texts(size_t(values.size()));
    std::vector<const char *> pointers(size_t(values.size()), nullptr);
    std::vector<int> lengths(size_t(values.size()), 0);
    std::vector<int> formats(size_t(values.size()), 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        if (isNullValue(value))
            continue;
        QByteArray &text = texts[size_t(i)];
        switch (value.metaType().id()) {
        case QMetaType::QByteArray:
            text = value.toByteArray();
            formats[size_t(i)] = 1; // bytea as its bytes
            break;
        case QMetaType::Bool:
            text = value.toBool() ? "1" : "0"; // as QPSQL writes it: both a bigint and a boolean read it
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            text = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        default:
            text = value.toString().toUtf8();
        }
        pointers[size_t(i)] = text.constData();
        lengths[size_t(i)] = int(text.size());
    }
    return take(
        PQexecPrepared(pg, m_name.constData(), int(values.size()), pointers.data(), lengths.data(), formats.data(), 0),
        QStringLiteral("Unable to execute statement"));
}

bool PgResult::reset(const QString &sql)
{
    PGconn *pg = connection();
    if (!pg)
        return false;
    return take(PQexec(pg, sql.toUtf8().constData()), QStringLiteral("Unable to create query"));
}

QVariant PgResult::data(int column)
{
    if (!m_result || column < 0 || column >= PQnfields(m_result) || at() < 0)
        return {};
    const Oid type = PQftype(m_result, column);
    if (PQgetisnull(m_result, at(), column))
        return QVariant(metaTypeOf(type));
    const char *text = PQgetvalue(m_result, at(), column);
    switch (type) {
    case BoolOid:
        return text[0] == 't';
    case ByteaOid: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length);
        const QByteArray value(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return value;
    }
    case Int8Oid: // QPSQL's way: unsigned unless negative
        if (text[0] == '-')
            return QByteArray(text).toLongLong();
        return QByteArray(text).toULongLong();
    case Int2Oid:
    case Int4Oid:
        return QByteArray(text).toInt();
    case OidOid:
        return QByteArray(text).toUInt();
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QByteArray(text).toDouble();
    default:
        return QString::fromUtf8(text, PQgetlength(m_result, at(), column));
    }
}

bool PgResult::isNull(int column)
{
    return !m_result || at() < 0 || PQgetisnull(m_result, at(), column);
}

bool PgResult::fetch(int row)
{
    if (!m_result || !isSelect() || row < 0 || row >= PQntuples(m_result))
        return false;
    setAt(row);
    return true;
}

bool PgResult::fetchFirst()
{
    return fetch(0);
}

bool PgResult::fetchLast()
{
    return m_result && fetch(PQntuples(m_result) - 1);
}

int PgResult::size()
{
    return m_result && isSelect() ? PQntuples(m_result) : -1;
}

int PgResult::numRowsAffected()
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : -1;
}

QSqlRecord PgResult::record() const
{
    QSqlRecord record;
    if (!m_result || !isSelect())
        return record;
    for (int i = 0; i < PQnfields(m_result); ++i)
        record.append(QSqlField(QString::fromUtf8(PQfname(m_result, i)), metaTypeOf(PQftype(m_result, i))));
    return record;
}

void PgResult::detachFromResultSet()
{
    clear();
}

} // namespace rollbook
