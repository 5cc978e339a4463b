#pragma once

#include "database.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QUuid>

#include <vector>

namespace rollbook {

/// A table read in keyset pages of PageSize: each page is one query that continues after the last
/// row held, so its cost is bounded by the page, never by the table. Rows arrive through
/// loadMore (the view calls it near the end of its scroll range; not Qt's fetchMore, which views
/// and QAbstractItemModelTester call during a reset). The model owns its read connection.
/// Subclasses give readPage (after the given row, or from the start) and the columns.
template<typename Row> class KeysetModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    Status open(const QString &databasePath)
    {
        OpenOptions options;
        options.integrityCheck = false;
        options.migrate = false;
        options.readOnly = true;
        options.cacheKiB = 2 * 1024;
        closeConnection();
        auto opened = Database::open(databasePath, m_connection, options);
        if (!opened)
            return opened.failure();
        m_db = *opened;
        reload();
        return success();
    }

    /// Starts again from the first page.
    void reload()
    {
        beginResetModel();
        m_rows.clear();
        m_atEnd = !m_db.isValid();
        if (!m_atEnd) {
            m_rows = readPage(nullptr);
            m_atEnd = m_rows.size() < static_cast<std::size_t>(PageSize);
        }
        endResetModel();
    }

    bool hasMore() const { return !m_atEnd; }

    /// Appends the next page, if any.
    void loadMore()
    {
        if (m_atEnd || m_rows.empty())
            return;
        std::vector<Row> page = readPage(&m_rows.back());
        m_atEnd = page.size() < static_cast<std::size_t>(PageSize);
        if (page.empty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
        endInsertRows();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)]
                                                                         : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

protected:
    KeysetModel(const QString &connectionPrefix, QObject *parent)
        : QAbstractTableModel(parent)
        , m_connection(connectionPrefix + QUuid::createUuid().toString(QUuid::Id128))
    { }
    ~KeysetModel() override { closeConnection(); }

    /// The page after `after` (nullptr: the first page), at most PageSize rows.
    virtual std::vector<Row> readPage(const Row *after) const = 0;
    QSqlDatabase &db() const { return m_db; }

public:
    /// The store's file, for a worker that needs a connection of its own (an export).
    QString databasePath() const { return m_db.databaseName(); }
    /// The model's own read connection (GUI thread), for point lookups beside its pages.
    QSqlDatabase database() const { return m_db; }

protected:
private:
    void closeConnection()
    {
        m_db = QSqlDatabase();
        Database::close(m_connection);
    }

    QString m_connection;
    mutable QSqlDatabase m_db;
    std::vector<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace rollbook
