#include "pendingmodel.h"

#include "textfold.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace rollbook {

PendingModel::PendingModel(QObject *parent)
    : KeysetModel(QStringLiteral("pending-"), parent)
{ }

std::vector<PendingRow> PendingModel::readPage(const PendingRow *after) const
{
    QSqlQuery query(db());
    const bool first = after == nullptr;
    query.prepare(QStringLiteral("SELECT u.id, u.first_name, u.last_name, u.email, u.company, u.industry, "
                                 "u.registered_at, (SELECT count(*) FROM kyc_documents k WHERE k.user_id = u.id) "
                                 "FROM users u INDEXED BY users_by_registered WHERE u.status = 1 ")
                  + (first ? QString() : QStringLiteral("AND (u.registered_at, u.id) > (?, ?) "))
                  + QStringLiteral("ORDER BY u.registered_at, u.id LIMIT %1").arg(PageSize));
    if (!first) {
        query.addBindValue(QVariant::fromValue<qint64>(after->registeredAt));
        query.addBindValue(QVariant::fromValue<qint64>(after->id));
    }
    std::vector<PendingRow> page;
    if (!query.exec())
        return page;
    while (query.next()) {
        page.push_back({query.value(0).toLongLong(), personName(query.value(1).toString(), query.value(2).toString()),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toLongLong(), query.value(7).toInt()});
    }
    return page;
}

std::int64_t PendingModel::userId(int row) const
{
    const PendingRow *pending = rowAt(row);
    return pending ? pending->id : 0;
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
    const PendingRow &row = *rowAt(index.row());
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
