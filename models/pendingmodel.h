#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace rollbook {

/// Pending registrations, oldest first, for review.
///
/// Invariants: rows arrive a page at a time through loadMore (the view calls it near the end of
/// its scroll range; not Qt's fetchMore, which views call during a reset), each page one keyset query
/// `(registered_at, id) > (last shown)` that walks users_by_registered (registered_at, status):
/// its cost is bounded by the page, never by the number of users or of pending ones.
class PendingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Company, Industry, Registered, Documents, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit PendingModel(QObject *parent = nullptr);
    ~PendingModel() override;

    Status open(const QString &databasePath);
    /// Starts again from the oldest (after an approval or a rejection).
    void reload();
    std::int64_t userId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasMore() const { return !m_atEnd; }
    /// Appends the next page, if any.
    void loadMore();

private:
    struct Row
    {
        std::int64_t id;
        QString name;
        QString email;
        QString company;
        QString industry;
        std::int64_t registeredAt;
        int documents;
    };
    std::vector<Row> readPage() const;

    QString m_connection;
    QSqlDatabase m_db;
    std::vector<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace rollbook
