#include "profile/profiletab.h"

#include "export/tablewriter.h"
#include "messagebox.h"
#include "prompts.h"

#include <QAction>
#include <QDateTime>
#include <QHash>
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
    // Every list of the profile exports as it is shown: right-click > Export.
    auto *exportAction = new QAction(tr("&Export this list…"), table);
    exportAction->setObjectName(name + QStringLiteral("Export"));
    table->addAction(exportAction);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(exportAction, &QAction::triggered, table, [table] {
        if (table->rowCount() == 0) {
            MessageBox::information(table, tr("Export this list"),
                                    tr("There is nothing to export: the list is empty."));
            return;
        }
        const auto path = Prompts::saveFile(table, tr("Export this list"), QString(),
                                            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (!path)
            return;
        if (const Status written = exportTable(table, *path); !written)
            MessageBox::warning(table, tr("Export this list"), written.error());
    });
    return table;
}

Status ProfileTab::exportTable(const QTableWidget *table, const QString &path)
{
    QList<ExportColumn> columns;
    for (int column = 0; column < table->columnCount(); ++column)
        columns.append({table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString()});
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    auto writer = TableWriter::create(path, columns, options);
    if (!writer)
        return writer.failure();
    for (int row = 0; row < table->rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        if (const Status added = (*writer)->addRow(cells); !added)
            return added;
    }
    return (*writer)->finish();
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

QString ProfileTab::keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("canceled"), QT_TR_NOOP("Canceled")},
        {QStringLiteral("returned"), QT_TR_NOOP("Returned")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("refunded"), QT_TR_NOOP("Refunded")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("card"), QT_TR_NOOP("Card")},
        {QStringLiteral("paypal"), QT_TR_NOOP("PayPal")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Bank transfer")},
        {QStringLiteral("credits"), QT_TR_NOOP("Credits")},
        {QStringLiteral("course"), QT_TR_NOOP("Course")},
        {QStringLiteral("bundle"), QT_TR_NOOP("Bundle")},
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("live_class"), QT_TR_NOOP("Live class")},
        {QStringLiteral("digital_download"), QT_TR_NOOP("Digital download")},
        {QStringLiteral("membership"), QT_TR_NOOP("Membership")},
        {QStringLiteral("purchase"), QT_TR_NOOP("Purchase")},
        {QStringLiteral("automation"), QT_TR_NOOP("Automation")},
        {QStringLiteral("admin"), QT_TR_NOOP("Administrator")},
        {QStringLiteral("complimentary"), QT_TR_NOOP("Complimentary")},
        {QStringLiteral("adjustment"), QT_TR_NOOP("Adjustment")},
        {QStringLiteral("refund"), QT_TR_NOOP("Refund")},
    };
    if (const auto found = labels.constFind(key); found != labels.constEnd())
        return tr(*found);
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ProfileTab::date(const QVariant &ms)
{
    return ms.isNull() ? QString()
                       : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toLocalTime().date(),
                                            QLocale::ShortFormat);
}

} // namespace rollbook
