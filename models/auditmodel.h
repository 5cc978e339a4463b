#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace rollbook {

/// What the audit log view shows: empty fields filter nothing.
struct AuditFilter
{
    QString operatorName;
    QString action;
    std::int64_t userId = 0;
    QDate from; ///< local dates, inclusive
    QDate to;
};

/// The audit log, newest first, in keyset pages of 200 (like PendingModel): a filter by user
/// walks audit_log_by_target, any other audit_log_by_date.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Operator, Action, User, Reason, ColumnCount };
    static constexpr int PageSize = 200;

    struct Entry
    {
        std::int64_t id = 0;
        std::int64_t createdAt = 0;
        QString operatorName;
        QString action;
        std::int64_t userId = 0;
        QString before; ///< JSON object text
        QString after;
        QString reason;
    };

    explicit AuditModel(QObject *parent = nullptr);
    ~AuditModel() override;

    Status open(const QString &databasePath);
    void setFilter(const AuditFilter &filter);
    void reload();
    bool hasMore() const { return !m_atEnd; }
    void loadMore();
    const Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> readPage() const;

    QString m_connection;
    QSqlDatabase m_db;
    AuditFilter m_filter;
    std::vector<Entry> m_rows;
    bool m_atEnd = true;
};

/// The fields an audit row changed, each with its value before and after, in a stable order.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};
std::vector<FieldChange> auditChanges(const QString &beforeJson, const QString &afterJson);

} // namespace rollbook
