#include "auditview.h"

#include "auditmodel.h"
#include "database.h"
#include "messagebox.h"
#include "pagedtable.h"
#include "prompts.h"
#include "workerprogress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

namespace {

const QDate NoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(AuditView::tr("any day"));
    edit->setDate(NoDate);
    return edit;
}

} // namespace

AuditView::AuditView(AuditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_operator(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_from(dateEdit(this, QStringLiteral("auditFrom")))
    , m_to(dateEdit(this, QStringLiteral("auditTo")))
    , m_view(new QTableView(this))
    , m_changes(new QTableWidget(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setPlaceholderText(tr("any operator"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("any action"), QString());
    for (const char *action :
         {"create_user", "approve", "reject", "suspend", "reactivate", "unsubscribe", "resubscribe", "top_up",
          "change_email", "change_phone", "set_password", "enroll", "issue_link", "delete_user"})
        m_action->addItem(QString::fromLatin1(action), QString::fromLatin1(action));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any user id"));
    m_user->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_user));
    auto *apply = new QPushButton(tr("&Filter"), this);
    apply->setObjectName(QStringLiteral("auditApply"));

    m_view->setObjectName(QStringLiteral("auditTable"));
    showPaged(m_view, m_model);
    m_view->setColumnWidth(AuditModel::When, 170);
    m_view->setColumnWidth(AuditModel::Operator, 150);
    m_view->setColumnWidth(AuditModel::Action, 130);
    m_changes->setObjectName(QStringLiteral("auditChanges"));
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Operator:"), this));
    filters->addWidget(m_operator);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    exportButton->setToolTip(tr("Every row the filter passes, to CSV or Excel"));
    filters->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportFiltered);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(apply, &QPushButton::clicked, this, &AuditView::applyFilter);
    for (QLineEdit *edit : {m_operator, m_user})
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showChanges);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::showChanges);
}

void AuditView::exportFiltered()
{
    const auto chosen
        = Prompts::saveFile(this, tr("Export the audit log"),
                            Prompts::inDocuments(tr("audit-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate))),
                            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!chosen)
        return;
    const QString path = *chosen;
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    options.sheetName = tr("Audit log");
    const AuditFilter filter = m_model->filter();
    const auto summary = runWithProgress<Result<ExportSummary>>(
        this, tr("Exporting the audit log"), 0,
        [store = m_model->databasePath(), filter, path, options](const WorkerProgress &progress) {
            OpenOptions open;
            open.readOnly = true;
            open.integrityCheck = false;
            open.migrate = false;
            return Database::withConnection(
                store, open, [&](QSqlDatabase &db) { return exportAudit(db, filter, path, options, progress); });
        });
    if (!summary) {
        MessageBox::warning(this, tr("Export the audit log"), summary.error());
        return;
    }
    MessageBox::information(
        this, tr("Export the audit log"),
        tr("%Ln audit row(s) written to %1.", nullptr, int(summary->rows)).arg(QDir::toNativeSeparators(path)));
}

void AuditView::applyFilter()
{
    AuditFilter filter;
    filter.operatorName = m_operator->text();
    filter.action = m_action->currentData().toString();
    filter.userId = m_user->text().toLongLong();
    filter.from = m_from->date() == NoDate ? QDate() : m_from->date();
    filter.to = m_to->date() == NoDate ? QDate() : m_to->date();
    m_model->setFilter(filter);
}

void AuditView::showUser(std::int64_t userId)
{
    m_operator->clear();
    m_action->setCurrentIndex(0);
    m_from->setDate(NoDate);
    m_to->setDate(NoDate);
    m_user->setText(QString::number(userId));
    applyFilter();
}

void AuditView::showChanges()
{
    m_changes->setRowCount(0);
    const AuditEntry *entry = m_model->entry(m_view->currentIndex().row());
    if (!entry)
        return;
    for (const FieldChange &change : auditChanges(entry->before, entry->after)) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(change.field));
        m_changes->setItem(row, 1, new QTableWidgetItem(change.before));
        m_changes->setItem(row, 2, new QTableWidgetItem(change.after));
    }
}

} // namespace rollbook
