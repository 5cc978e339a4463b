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
};

/// What every action needs: the store it writes to and the operator acting.
struct ActionContext
{
    QSqlDatabase db;
    Operator actor;
};

} // namespace rollbook
