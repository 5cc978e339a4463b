#pragma once

#include "profile/profiletab.h"

#include <functional>

class QSqlQuery;

namespace rollbook {

/// A read-only tab that lists the user's rows of one query (comments, coupons...).
class TableTab : public ProfileTab
{
    Q_OBJECT

public:
    using RowText = std::function<QStringList(const QSqlQuery &)>;
    /// sql binds the user id at every '?'; rowText turns a result row into the cells shown.
    TableTab(ActionContext *context, std::int64_t userId, const QString &name, const QStringList &headers,
             const QString &sql, RowText rowText, const QString &emptyText, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    QString m_sql;
    RowText m_rowText;
    QString m_emptyText;
    QTableWidget *m_table;
    QLabel *m_count;
};

} // namespace rollbook
