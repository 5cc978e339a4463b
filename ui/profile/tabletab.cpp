#include "profile/tabletab.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

TableTab::TableTab(ActionContext *context, std::int64_t userId, const QString &name, const QStringList &headers,
                   const QString &sql, RowText rowText, const QString &emptyText, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_sql(sql)
    , m_rowText(std::move(rowText))
    , m_emptyText(emptyText)
    , m_table(makeTable(this, name + QStringLiteral("Table"), headers))
    , m_count(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Tab"));
    m_count->setObjectName(name + QStringLiteral("Count"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
}

void TableTab::load()
{
    m_table->setRowCount(0);
    QSqlQuery query = userQuery(m_sql);
    while (query.next())
        addRow(m_table, m_rowText(query));
    m_table->resizeColumnsToContents();
    m_count->setText(m_table->rowCount() == 0 ? m_emptyText : tr("%n row(s)", nullptr, m_table->rowCount()));
}

} // namespace rollbook
