#include "profile/exportstab.h"

#include "export/tablewriter.h"
#include "messagebox.h"
#include "prompts.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

const char *const submissionsSql
    = "SELECT c.title, s.title, s.score, s.submitted_at, s.body FROM contest_submissions s "
      "JOIN contests c ON c.id = s.contest_id WHERE s.user_id = ? "
      "ORDER BY s.submitted_at DESC";

} // namespace

ExportsTab::ExportsTab(ActionContext *context, std::int64_t userId, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_table(makeTable(this, QStringLiteral("submissionsTable"),
                        {tr("Contest"), tr("Title"), tr("Score"), tr("Submitted")}))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("exportsTab"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setAccessibleName(tr("Export result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *csv = new QPushButton(tr("Export to &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *xlsx = new QPushButton(tr("Export to &XLSX…"), this);
    xlsx->setObjectName(QStringLiteral("exportXlsx"));
    auto *line = new QHBoxLayout;
    line->addWidget(m_result, 1);
    line->addWidget(csv);
    line->addWidget(xlsx);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Contest submissions"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(line);
    connect(csv, &QPushButton::clicked, this,
            [this] { chooseAndExport(tr("CSV files (*.csv)"), QStringLiteral(".csv")); });
    connect(xlsx, &QPushButton::clicked, this,
            [this] { chooseAndExport(tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx")); });
}

void ExportsTab::load()
{
    m_table->setRowCount(0);
    QSqlQuery query = userQuery(QString::fromLatin1(submissionsSql));
    while (query.next()) {
        addRow(m_table,
               {query.value(0).toString(), query.value(1).toString(),
                query.value(2).isNull() ? QString() : QString::number(query.value(2).toInt()),
                dateTime(query.value(3))});
    }
    m_table->resizeColumnsToContents();
}

Status ExportsTab::exportTo(const QString &path)
{
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    options.sheetName = tr("Submissions");
    auto writer = TableWriter::create(path,
                                      {{tr("Contest")},
                                       {tr("Title")},
                                       {tr("Score"), ColumnKind::Number},
                                       {tr("Submitted (UTC)"), ColumnKind::DateTime},
                                       {tr("Text")}},
                                      options);
    if (!writer)
        return writer.failure();
    QSqlQuery query = userQuery(QString::fromLatin1(submissionsSql));
    while (query.next()) {
        const QVariant score = query.value(2).isNull() ? QVariant() : QVariant(query.value(2).toInt());
        if (const Status added = (*writer)->addRow({query.value(0).toString(), query.value(1).toString(), score,
                                                    query.value(3).toLongLong(), query.value(4).toString()});
            !added)
            return added;
    }
    if (const Status done = (*writer)->finish(); !done)
        return done;
    m_result->setText(tr("%n submission(s) written to %1.", nullptr, int((*writer)->summary().rows))
                          .arg(QDir::toNativeSeparators(path)));
    return success();
}

void ExportsTab::chooseAndExport(const QString &filter, const QString &suffix)
{
    const auto chosen = Prompts::saveFile(this, tr("Export contest submissions"),
                                          QDir::home().filePath(tr("submissions-%1").arg(m_userId) + suffix), filter);
    if (!chosen)
        return;
    QString path = *chosen;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (const Status exported = exportTo(path); !exported)
        MessageBox::warning(this, tr("Export"), exported.error());
}

} // namespace rollbook
