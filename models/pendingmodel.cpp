#include "pendingmodel.h"

#include "database.h"
#include "textfold.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

namespace rollbook {

PendingModel::PendingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

PendingModel::~PendingModel()
{
    m_db = QSqlDatabase();
    Database::close(m_connection);
}

Status PendingModel::open(const QString &databasePath)
{
    OpenOptions options;
    options.integrityCheck = false;
    options.migrate = false;
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

void PendingModel::reload()
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

std::vector<PendingModel::Row> PendingModel::readPage() const
{
    QSqlQuery query(m_db);
    const bool first = m_rows.empty();
    query.prepare(QStringLiteral("SELECT u.id, u.first_name, u.last_name, u.email, u.company, u.industry, "
                                 "u.registered_at, (SELECT count(*) FROM kyc_documents k WHERE k.user_id = u.id) "
                                 "FROM users u INDEXED BY users_by_registered WHERE u.status = 1 ")
                  + (first ? QString() : QStringLiteral("AND (u.registered_at, u.id) > (?, ?) "))
                  + QStringLiteral("ORDER BY u.registered_at, u.id LIMIT %1").arg(PageSize));
    if (!first) {
        query.addBindValue(QVariant::fromValue<qint64>(m_rows.back().registeredAt));
        query.addBindValue(QVariant::fromValue<qint64>(m_rows.back().id));
    }
    std::vector<Row> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.push_back({query.value(0).toLongLong(), personName(query.value(1).toString(), query.value(2).toString()),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toLongLong(), query.value(7).toInt()});
    }
    return page;
}

void PendingModel::loadMore()
{
    if (m_atEnd)
        return;
    std::vector<Row> page = readPage();
    m_atEnd = page.size() < static_cast<std::size_t>(PageSize);
    if (page.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

std::int64_t PendingModel::userId(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? m_rows[static_cast<std::size_t>(row)].id : 0;
}

int PendingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != UserIdRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == UserIdRole)
        return QVariant::fromValue<qint64>(row.id);
    switch (index.column()) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Company:
        return row.company;
    case Industry:
        return row.industry;
    case Registered:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.registeredAt).toLocalTime(), QLocale::ShortFormat);
    case Documents:
        return row.documents;
    default:
        return {};
    }
}

QVariant PendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Company:
        return tr("Company");
    case Industry:
        return tr("Industry");
    case Registered:
        return tr("Registered");
    case Documents:
        return tr("Documents");
    default:
        return {};
    }
}

} // namespace rollbook
