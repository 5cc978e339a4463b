#include "auditmodel.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

#include <set>

namespace rollbook {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(QStringLiteral("audit-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

AuditModel::~AuditModel()
{
    m_db = QSqlDatabase();
    Database::close(m_connection);
}

Status AuditModel::open(const QString &databasePath)
{
    OpenOptions options;
    options.integrityCheck = false;
    options.migrate = false;
    options.readOnly = true;
    options.cacheKiB = 2 * 1024;
    m_db = QSqlDatabase();
    Database::close(m_connection);
    auto opened = Database::open(databasePath, m_connection, options);
    if (!opened)
        return Error{opened.error()};
    m_db = *opened;
    reload();
    return success();
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_db.isValid();
    if (!m_atEnd) {
        m_rows = readPage();
        m_atEnd = m_rows.size() < static_cast<std::size_t>(PageSize);
    }
    endResetModel();
}

void AuditModel::loadMore()
{
    if (m_atEnd)
        return;
    std::vector<Entry> page = readPage();
    m_atEnd = page.size() < static_cast<std::size_t>(PageSize);
    if (page.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

std::vector<AuditModel::Entry> AuditModel::readPage() const
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList values;
    if (m_filter.userId) {
        where += QStringLiteral(" AND target_kind = 'user' AND target_id = ?");
        values << QVariant::fromValue<qint64>(m_filter.userId);
    }
    if (!m_filter.operatorName.trimmed().isEmpty()) {
        where += QStringLiteral(" AND operator_name = ?");
        values << m_filter.operatorName.trimmed();
    }
    if (!m_filter.action.isEmpty()) {
        where += QStringLiteral(" AND action = ?");
        values << m_filter.action;
    }
    if (m_filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        values << QVariant::fromValue<qint64>(m_filter.from.startOfDay().toMSecsSinceEpoch());
    }
    if (m_filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        values << QVariant::fromValue<qint64>(m_filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (!m_rows.empty()) {
        where += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << QVariant::fromValue<qint64>(m_rows.back().createdAt) << QVariant::fromValue<qint64>(m_rows.back().id);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, created_at, operator_name, action, target_id, before_json, after_json, "
                                 "reason FROM audit_log")
                  + where + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(PageSize));
    for (const QVariant &value : values)
        query.addBindValue(value);
    std::vector<Entry> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    }
    return page;
}

const AuditModel::Entry *AuditModel::entry(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt).toLocalTime(), QLocale::ShortFormat);
    case Operator:
        return row.operatorName;
    case Action:
        return row.action;
    case User:
        return row.userId ? QVariant::fromValue<qint64>(row.userId) : QVariant();
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Operator:
        return tr("Operator");
    case Action:
        return tr("Action");
    case User:
        return tr("User");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

std::vector<FieldChange> auditChanges(const QString &beforeJson, const QString &afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    std::set<QString> fields;
    for (auto it = before.begin(); it != before.end(); ++it)
        fields.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        fields.insert(it.key());
    const auto text = [](const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return QString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 15);
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return value.toString();
    };
    std::vector<FieldChange> changes;
    for (const QString &field : fields)
        changes.push_back({field, text(before.value(field)), text(after.value(field))});
    return changes;
}

} // namespace rollbook
