#include "profile/profiletab.h"

#include "messagebox.h"

#include <QDateTime>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTableWidget>

namespace rollbook {

ProfileTab::ProfileTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_userId(userId)
{ }

void ProfileTab::ensureLoaded()
{
    if (m_loaded || !canAct())
        return;
    m_loaded = true;
    load();
}

bool ProfileTab::finish(const Result<ActionOutcome> &outcome, const QString &title)
{
    if (!outcome) {
        MessageBox::warning(this, title, outcome.error());
        return false;
    }
    if (!outcome->applied) {
        MessageBox::information(this, title, outcome->message);
        return false;
    }
    load();
    Q_EMIT changed();
    return true;
}

QTableWidget *ProfileTab::makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    return table;
}

void ProfileTab::addRow(QTableWidget *table, const QStringList &cells, const QVariant &data)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (column == 0 && data.isValid())
            item->setData(Qt::UserRole, data);
        table->setItem(row, column, item);
    }
}

QSqlQuery ProfileTab::userQuery(const QString &sql)
{
    QSqlQuery query(m_context->db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (qsizetype i = 0, n = sql.count(u'?'); i < n; ++i)
        query.addBindValue(QVariant::fromValue<qint64>(m_userId));
    query.exec();
    return query;
}

QString ProfileTab::dateTime(const QVariant &ms)
{
    return ms.isNull()
        ? QString()
        : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toLocalTime(), QLocale::ShortFormat);
}

QString ProfileTab::date(const QVariant &ms)
{
    return ms.isNull() ? QString()
                       : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toLocalTime().date(),
                                            QLocale::ShortFormat);
}

} // namespace rollbook
