#pragma once

#include "directory/userlookup.h"
#include "export/tablewriter.h"
#include "keysetmodel.h"

#include <QDate>

#include <cstdint>
#include <functional>
#include <vector>

namespace rollbook {

/// What the audit log view shows: empty fields filter nothing.
struct AuditFilter
{
    QString operatorName;
    QString action;
    /// With byUser, only the rows about these users (none when empty), or, when userMatch is set,
    /// about the users that FTS5 expression matches (too many to list).
    bool byUser = false;
    std::vector<std::int64_t> userIds;
    QString userMatch;

    /// Users listed by id up to this many; past it the search itself filters (userMatch).
    static constexpr int UserLookupLimit = 500;
    /// Only the rows about the users found (nothing more when the typed terms were too short).
    void onlyUsers(const UserLookup &found);
    QDate from; ///< local dates, inclusive
    QDate to;
};

/// One audit row as the log shows it.
struct AuditEntry
{
    std::int64_t id = 0;
    std::int64_t createdAt = 0;
    QString operatorName;
    QString action;
    std::int64_t userId = 0;
    QString userName; ///< as the user is now; from the row itself for a deleted user
    QString userEmail;
    QString before; ///< JSON object text
    QString after;
    QString reason;
};

/// The audit log, newest first, in keyset pages on (created_at, id): a filter by user walks
/// audit_log_by_target, any other audit_log_by_date.
class AuditModel : public KeysetModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column { When, Operator, Action, User, Reason, ColumnCount };

    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit AuditModel(QObject *parent = nullptr);
    /// Money in the changes is shown in this currency.
    void setCurrency(const QString &currency) { m_currency = currency; }
    const QString &currency() const { return m_currency; }

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    const AuditEntry *entry(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<AuditEntry> readPage(const AuditEntry *after) const override;

private:
    AuditFilter m_filter;
    QString m_currency = QStringLiteral("USD");
};

/// What an audit action key ("top_up") is called for people ("Top up credits").
QString auditActionName(const QString &action);
/// The action keys the log knows, in the order a filter offers them.
QStringList auditActions();
/// What a changed field ("credit_balance") is called for people ("Credit balance").
QString auditFieldName(const QString &field);
/// A stored value as people read it: money in the currency and the locale, statuses by name.
QString auditValueText(const QString &field, const QString &value, const QString &currency);

/// Up to limit audit rows that pass the filter, newest first, after the given one (keyset paging).
std::vector<AuditEntry> readAuditPage(QSqlDatabase &db, const AuditFilter &filter, const AuditEntry *after, int limit);

/// Every audit row that passes the filter, newest first, to CSV or XLSX (when, operator, action,
/// user, reason, before and after as JSON), read page by page.
Result<ExportSummary> exportAudit(QSqlDatabase &db, const AuditFilter &filter, const QString &path,
                                  const ExportOptions &options,
                                  const std::function<bool(qint64, qint64)> &progress = {});

/// The fields an audit row changed, each with its value before and after, in a stable order
/// (the stored key and values; auditFieldName and auditValueText say them for people).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};
std::vector<FieldChange> auditChanges(const QString &beforeJson, const QString &afterJson);

} // namespace rollbook
