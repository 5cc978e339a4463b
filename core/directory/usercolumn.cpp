#include "directory/usercolumn.h"

#include <QCoreApplication>

namespace rollbook {

QString columnKey(UserColumn column)
{
    switch (column) {
    case UserColumn::Name:
        return QStringLiteral("name");
    case UserColumn::Email:
        return QStringLiteral("email");
    case UserColumn::Phone:
        return QStringLiteral("phone");
    case UserColumn::Company:
        return QStringLiteral("company");
    case UserColumn::Status:
        return QStringLiteral("status");
    case UserColumn::Registered:
        return QStringLiteral("registered");
    case UserColumn::LastActive:
        return QStringLiteral("last_active");
    case UserColumn::CreditBalance:
        return QStringLiteral("credit_balance");
    case UserColumn::TotalSpent:
        return QStringLiteral("total_spent");
    case UserColumn::Progress:
        return QStringLiteral("progress");
    case UserColumn::Count:
        break;
    }
    return {};
}

std::optional<UserColumn> columnFromKey(QStringView key)
{
    for (int i = 0; i < UserColumnCount; ++i) {
        const auto column = static_cast<UserColumn>(i);
        if (key.compare(columnKey(column), Qt::CaseInsensitive) == 0)
            return column;
    }
    return std::nullopt;
}

QString columnTitle(UserColumn column)
{
    switch (column) {
    case UserColumn::Name:
        return QCoreApplication::translate("UserColumn", "Name");
    case UserColumn::Email:
        return QCoreApplication::translate("UserColumn", "Email");
    case UserColumn::Phone:
        return QCoreApplication::translate("UserColumn", "Phone");
    case UserColumn::Company:
        return QCoreApplication::translate("UserColumn", "Company");
    case UserColumn::Status:
        return QCoreApplication::translate("UserColumn", "Status");
    case UserColumn::Registered:
        return QCoreApplication::translate("UserColumn", "Registered");
    case UserColumn::LastActive:
        return QCoreApplication::translate("UserColumn", "Last active");
    case UserColumn::CreditBalance:
        return QCoreApplication::translate("UserColumn", "Credit balance");
    case UserColumn::TotalSpent:
        return QCoreApplication::translate("UserColumn", "Total spent");
    case UserColumn::Progress:
        return QCoreApplication::translate("UserColumn", "Course progress");
    case UserColumn::Count:
        break;
    }
    return {};
}

} // namespace rollbook
