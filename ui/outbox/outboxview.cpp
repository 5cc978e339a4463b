#include "outbox/outboxview.h"

#include "actions/communicationactions.h"
#include "actions/transaction.h"
#include "database.h"
#include "messagebox.h"
#include "outboxmodel.h"
#include "pagedtable.h"
#include "sqldialect.h"
#include "workerprogress.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rollbook {

namespace {

/// Each status's count, read on a connection of its own (the counts walk the whole table).
QHash<QString, qint64> countByStatus(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    options.migrate = false;
    const auto counted
        = Database::withConnection(path, options, [](QSqlDatabase &db) -> Result<QHash<QString, qint64>> {
              QHash<QString, qint64> counts;
              QSqlQuery query(db);
              if (!query.exec(QStringLiteral("SELECT status, count(*) FROM notifications GROUP BY status")))
                  return counts;
              while (query.next())
                  counts.insert(query.value(0).toString(), query.value(1).toLongLong());
              return counts;
          });
    return counted ? *counted : QHash<QString, qint64>{};
}

} // namespace

OutboxView::OutboxView(OutboxModel *model, ActionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_context(context)
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_resend(new QPushButton(tr("Re&send"), this))
    , m_retryAll(new QPushButton(tr("&Retry all failed"), this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxView"));
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("All notifications"), QString());
    for (const QString &status : {QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")})
        m_filter->addItem(OutboxModel::statusName(status), status);
    m_filter->setAccessibleName(tr("Show"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("All notifications"));
    m_resend->setObjectName(QStringLiteral("outboxResend"));
    m_resend->setEnabled(false);
    m_retryAll->setObjectName(QStringLiteral("outboxRetryAll"));
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_counts->setWordWrap(true); // the window may be narrower than the counts at 200%
    showPaged(m_table, m_model);

    auto *bar = new QHBoxLayout;
    auto *show = new QLabel(tr("Sho&w:"), this);
    show->setBuddy(m_filter);
    bar->addWidget(show);
    bar->addWidget(m_filter);
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_resend);
    bar->addWidget(m_retryAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatus(m_filter->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::selectionChanged);
    // The columns fit their text once there is some (at any scale), none wider than 40 characters;
    // after that they stay as the user sets them.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_fitted || m_model->rowCount() == 0)
            return;
        m_fitted = true;
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().averageCharWidth() * 40;
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::selectionChanged);
    connect(m_resend, &QPushButton::clicked, this, &OutboxView::resendSelected);
    connect(m_retryAll, &QPushButton::clicked, this, &OutboxView::retryAllFailed);
    connect(&m_counting, &QFutureWatcher<QHash<QString, qint64>>::finished, this, &OutboxView::showCounts);
}

void OutboxView::refresh()
{
    m_model->reload();
    const QString path = m_model->databasePath();
    if (path.isEmpty() || m_counting.isRunning())
        return;
    m_counting.setFuture(QtConcurrent::run([path] { return countByStatus(path); }));
}

QString OutboxView::summaryText() const
{
    return tr("%L1 queued, %L2 sent, %L3 failed")
        .arg(m_lastCounts.value(QStringLiteral("queued")))
        .arg(m_lastCounts.value(QStringLiteral("sent")))
        .arg(m_lastCounts.value(QStringLiteral("failed")));
}

void OutboxView::showCounts()
{
    m_lastCounts = m_counting.result();
    m_counts->setText(summaryText());
    m_retryAll->setEnabled(m_lastCounts.value(QStringLiteral("failed")) > 0);
    Q_EMIT summaryChanged(summaryText());
}

void OutboxView::selectionChanged()
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const OutboxRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    m_resend->setEnabled(row && row->status == u"failed");
}

void OutboxView::resendSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const OutboxRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    if (!row || !m_context)
        return;
    const auto resent = CommunicationActions::resendNotification(*m_context, row->id);
    if (!resent)
        MessageBox::warning(this, tr("Resend"), resent.error());
    refresh();
}

void OutboxView::retryAllFailed()
{
    if (!m_context || m_lastCounts.value(QStringLiteral("failed")) == 0)
        return;
    const QString path = m_model->databasePath();
    const Operator actor = m_context->actor;
    const qint64 total = m_lastCounts.value(QStringLiteral("failed"));
    // Each one resent by the action (audited), 500 to a transaction, on a connection of its own.
    const auto done = runWithProgress<Result<qint64>>(
        this, tr("Queueing the failed notifications again…"), total,
        [path, actor](const WorkerProgress &progress) -> Result<qint64> {
            OpenOptions options;
            options.integrityCheck = false;
            options.migrate = false;
            return Database::withConnection(path, options, [&](QSqlDatabase &db) -> Result<qint64> {
                ActionContext context{db, actor};
                qint64 resent = 0;
                std::int64_t after = 0;
                for (;;) {
                    QList<std::int64_t> ids;
                    QSqlQuery page(db);
                    page.prepare(QStringLiteral("SELECT id FROM notifications WHERE status = 'failed' AND id > ? "
                                                "ORDER BY id LIMIT 500"));
                    page.addBindValue(QVariant::fromValue<qint64>(after));
                    if (!page.exec())
                        return databaseError(page.lastError());
                    while (page.next())
                        ids.append(page.value(0).toLongLong());
                    if (ids.isEmpty())
                        return resent;
                    after = ids.last();
                    Transaction chunk(db);
                    if (const Status begun = chunk.begun(); !begun)
                        return begun.failure();
                    for (const std::int64_t id : std::as_const(ids)) {
                        const auto outcome = CommunicationActions::resendNotification(context, id);
                        resent += outcome && outcome->applied ? 1 : 0;
                    }
                    if (const Status committed = chunk.commit(); !committed)
                        return committed.failure();
                    if (!progress(resent, 0))
                        return resent;
                }
            });
        });
    if (!done)
        MessageBox::warning(this, tr("Retry all failed"), done.error());
    refresh();
}

} // namespace rollbook
