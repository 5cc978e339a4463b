#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace rollbook {

/// Who acts: the operator every audit row names.
struct Operator
{
    std::int64_t id = 0;
    QString name;
    QString role = QStringLiteral("admin"); ///< admin or support; only admins start conversations
};

/// What every action needs: the store it writes to and the operator acting.
struct ActionContext
{
    QSqlDatabase db;
    Operator actor;
    /// Inside an open transaction, give each action a savepoint so that its failure undoes it
    /// alone. A bulk chunk turns this off for its first, optimistic pass (see runBulk).
    bool savepointEachAction = true;
};

} // namespace rollbook
