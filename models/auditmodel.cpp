#include "auditmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <set>

namespace rollbook {

AuditModel::AuditModel(QObject *parent)
    : KeysetModel(QStringLiteral("audit-"), parent)
{ }

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

std::vector<AuditEntry> AuditModel::readPage(const AuditEntry *after) const
{
    return readAuditPage(db(), m_filter, after, PageSize);
}

std::vector<AuditEntry> readAuditPage(QSqlDatabase &db, const AuditFilter &filter, const AuditEntry *after, int limit)
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList values;
    if (filter.userId) {
        where += QStringLiteral(" AND target_kind = 'user' AND target_id = ?");
        values << QVariant::fromValue<qint64>(filter.userId);
    }
    if (!filter.operatorName.trimmed().isEmpty()) {
        where += QStringLiteral(" AND operator_name = ?");
        values << filter.operatorName.trimmed();
    }
    if (!filter.action.isEmpty()) {
        where += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        values << QVariant::fromValue<qint64>(filter.from.startOfDay().toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        values << QVariant::fromValue<qint64>(filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (after) {
        where += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << QVariant::fromValue<qint64>(after->createdAt) << QVariant::fromValue<qint64>(after->id);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, created_at, operator_name, action, target_id, before_json, after_json, "
                                 "reason FROM audit_log")
                  + where + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    std::vector<AuditEntry> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    }
    return page;
}

Result<ExportSummary> exportAudit(QSqlDatabase &db, const AuditFilter &filter, const QString &path,
                                  const ExportOptions &options, const std::function<bool(qint64, qint64)> &progress)
{
    auto writer = TableWriter::create(path,
                                      {{AuditModel::tr("When"), ColumnKind::DateTime},
                                       {AuditModel::tr("Operator")},
                                       {AuditModel::tr("Action")},
                                       {AuditModel::tr("User"), ColumnKind::Number},
                                       {AuditModel::tr("Reason")},
                                       {AuditModel::tr("Before")},
                                       {AuditModel::tr("After")}},
                                      options);
    if (!writer)
        return Error{writer.error()};
    std::vector<AuditEntry> page = readAuditPage(db, filter, nullptr, 5000);
    qint64 done = 0;
    while (!page.empty()) {
        for (const AuditEntry &entry : page) {
            const QVariant user = entry.userId ? QVariant::fromValue<qint64>(entry.userId) : QVariant();
            if (const Status added
                = (*writer)->addRow(QVariantList{QVariant::fromValue<qint64>(entry.createdAt), entry.operatorName,
                                                 entry.action, user, entry.reason, entry.before, entry.after});
                !added)
                return Error{added.error()};
        }
        done += qint64(page.size());
        if (progress && !progress(done, 0))
            return Error{AuditModel::tr("Export cancelled; no file was written.")};
        const AuditEntry last = page.back();
        page = readAuditPage(db, filter, &last, 5000);
    }
    if (const Status finished = (*writer)->finish(); !finished)
        return Error{finished.error()};
    return (*writer)->summary();
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
    const AuditEntry &row = *rowAt(index.row());
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
