#include "auditmodel.h"

#include "money.h"
#include "textfold.h"
#include "userstatus.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <set>

namespace rollbook {

void AuditFilter::onlyUsers(const UserLookup &found)
{
    byUser = !found.tooShort;
    userIds = found.ids;
    // Past the limit, every match, not only the first ones.
    userMatch = found.more ? found.match : QString();
}

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
    if (filter.byUser && !filter.userMatch.isEmpty()) {
        where += QStringLiteral(" AND a.target_kind = 'user' AND a.target_id IN "
                                "(SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
        values << filter.userMatch;
    } else if (filter.byUser) {
        if (filter.userIds.empty())
            return {};
        QString ids;
        for (std::int64_t id : filter.userIds)
            ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(id);
        where += QStringLiteral(" AND a.target_kind = 'user' AND a.target_id IN (%1)").arg(ids);
    }
    if (!filter.operatorName.trimmed().isEmpty()) {
        where += QStringLiteral(" AND a.operator_name = ?");
        values << filter.operatorName.trimmed();
    }
    if (!filter.action.isEmpty()) {
        where += QStringLiteral(" AND a.action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND a.created_at >= ?");
        values << QVariant::fromValue<qint64>(filter.from.startOfDay().toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND a.created_at < ?");
        values << QVariant::fromValue<qint64>(filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (after) {
        where += QStringLiteral(" AND (a.created_at, a.id) < (?, ?)");
        values << QVariant::fromValue<qint64>(after->createdAt) << QVariant::fromValue<qint64>(after->id);
    }
    QSqlQuery query(db);
    // The user as they are now, a point lookup per row; a deleted user is named from the row.
    query.prepare(QStringLiteral("SELECT a.id, a.created_at, a.operator_name, a.action, a.target_id, a.before_json, "
                                 "a.after_json, a.reason, u.first_name, u.last_name, u.email FROM audit_log a "
                                 "LEFT JOIN users u ON a.target_kind = 'user' AND u.id = a.target_id")
                  + where + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT %1").arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    std::vector<AuditEntry> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.createdAt = query.value(1).toLongLong();
        entry.operatorName = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.userId = query.value(4).toLongLong();
        entry.before = query.value(5).toString();
        entry.after = query.value(6).toString();
        entry.reason = query.value(7).toString();
        if (!query.value(10).isNull()) {
            entry.userName = personName(query.value(8).toString(), query.value(9).toString());
            entry.userEmail = query.value(10).toString();
        } else if (entry.userId) {
            const QJsonObject was = QJsonDocument::fromJson(entry.before.toUtf8()).object();
            entry.userName = was.value(QStringLiteral("name")).toString();
            entry.userEmail = was.value(QStringLiteral("email")).toString();
        }
        page.push_back(std::move(entry));
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
                                       {AuditModel::tr("User id"), ColumnKind::Number},
                                       {AuditModel::tr("User")},
                                       {AuditModel::tr("Email")},
                                       {AuditModel::tr("Reason")},
                                       {AuditModel::tr("Before")},
                                       {AuditModel::tr("After")}},
                                      options);
    if (!writer)
        return writer.failure();
    std::vector<AuditEntry> page = readAuditPage(db, filter, nullptr, 5000);
    qint64 done = 0;
    while (!page.empty()) {
        for (const AuditEntry &entry : page) {
            const QVariant user = entry.userId ? QVariant::fromValue<qint64>(entry.userId) : QVariant();
            if (const Status added = (*writer)->addRow(
                    QVariantList{QVariant::fromValue<qint64>(entry.createdAt), entry.operatorName, entry.action, user,
                                 entry.userName, entry.userEmail, entry.reason, entry.before, entry.after});
                !added)
                return added.failure();
        }
        done += qint64(page.size());
        if (progress && !progress(done, 0))
            return Error{AuditModel::tr("Export cancelled; no file was written.")};
        const AuditEntry last = page.back();
        page = readAuditPage(db, filter, &last, 5000);
    }
    if (const Status finished = (*writer)->finish(); !finished)
        return finished.failure();
    return (*writer)->summary();
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != UserIdRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &row = *rowAt(index.row());
    if (role == UserIdRole)
        return row.userId ? QVariant::fromValue<qint64>(row.userId) : QVariant();
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt).toLocalTime(), QLocale::ShortFormat);
    case Operator:
        return row.operatorName;
    case Action:
        return auditActionName(row.action);
    case User:
        if (!row.userId)
            return {};
        if (row.userName.isEmpty())
            return tr("User %1").arg(row.userId);
        return row.userEmail.isEmpty() ? row.userName : tr("%1 <%2>").arg(row.userName, row.userEmail);
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

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// The source texts are marked for lupdate in AuditModel's context and translated where shown.
constexpr Label actionLabels[] = {
    {"create_user", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Add user")},
    {"import", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Import")},
    {"approve", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Approve registration")},
    {"reject", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Reject registration")},
    {"suspend", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Suspend")},
    {"reactivate", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Reactivate")},
    {"unsubscribe", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Unsubscribe")},
    {"resubscribe", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Resubscribe")},
    {"top_up", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Top up credits")},
    {"change_email", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Change email")},
    {"change_phone", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Change phone")},
    {"edit", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Edit details")},
    {"set_password", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Set password")},
    {"enroll", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Enroll")},
    {"change_enrollment", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Change enrollment")},
    {"change_opt_ins", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Change opt-ins")},
    {"issue_link", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Issue a link")},
    {"send_message", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Send a message")},
    {"resend_notification", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Resend a notification")},
    {"ticket_status", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Ticket status")},
    {"change_settings", QT_TRANSLATE_NOOP("rollbook::AuditModel", "School settings")},
    {"delete_user", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Delete user")},
};

constexpr Label fieldLabels[] = {
    {"name", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Name")},
    {"first_name", QT_TRANSLATE_NOOP("rollbook::AuditModel", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Last name")},
    {"email", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Email")},
    {"phone", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Phone")},
    {"company", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Company")},
    {"industry", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Industry")},
    {"status", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Status")},
    {"status_reason", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Status reason")},
    {"credit_balance", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Credit balance")},
    {"password", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Password")},
    {"purpose", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Purpose")},
    {"product", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Product")},
    {"progress", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Progress")},
    {"opt_newsletter", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Newsletter")},
    {"opt_promotions", QT_TRANSLATE_NOOP("rollbook::AuditModel", "Promotions")},
};

template<std::size_t N> QString labelFor(const Label (&labels)[N], const QString &key)
{
    for (const Label &label : labels) {
        if (key == QLatin1String(label.key))
            return AuditModel::tr(label.text);
    }
    // An unknown key still reads as words: "mailing_list" -> "Mailing list".
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace

QString auditActionName(const QString &action)
{
    return labelFor(actionLabels, action);
}

QStringList auditActions()
{
    QStringList keys;
    for (const Label &label : actionLabels)
        keys.append(QString::fromLatin1(label.key));
    return keys;
}

QString auditFieldName(const QString &field)
{
    // A custom field is recorded by its key ("custom.department"): shown as the key.
    if (field.startsWith(QLatin1String("custom.")))
        return field.mid(7);
    return labelFor(fieldLabels, field);
}

QString auditValueText(const QString &field, const QString &value, const QString &currency)
{
    if (value.isEmpty())
        return value;
    if (field == u"credit_balance" || field == u"amount" || field == u"total_spent") {
        // Stored as plain text for machines ("1234.56"); shown in the locale.
        if (const auto minor = parseMoney(value, currency, QLocale::c()))
            return formatMoney(*minor, currency);
        return value;
    }
    if (field == u"status") {
        if (const auto status = statusFromKey(value))
            return statusName(*status);
    }
    if (value == u"true" || value == u"false")
        return value == u"true" ? AuditModel::tr("Yes") : AuditModel::tr("No");
    return value;
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
