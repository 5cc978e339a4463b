#include "auditview.h"

#include "auditmodel.h"
#include "database.h"
#include "directory/userlookup.h"
#include "messagebox.h"
#include "pagedtable.h"
#include "prompts.h"
#include "workerprogress.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rollbook {

namespace {

const QDate NoDate(2000, 1, 1);

/// Opens the calendar of an "any day" date on today's month, not on the placeholder's.
class TodayCalendar : public QObject
{
public:
    TodayCalendar(QDateEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
        edit->calendarWidget()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == NoDate) {
            const QDate today = QDate::currentDate();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(AuditView::tr("any day"));
    edit->setDate(NoDate);
    new TodayCalendar(edit);
    // Room for the words as well as a date: "n'importe quel jour" is wider than 31/12/2026.
    const QFontMetrics metrics = edit->fontMetrics();
    const int date = metrics.horizontalAdvance(edit->locale().toString(QDate(2026, 12, 28), edit->displayFormat()));
    const int words = metrics.horizontalAdvance(edit->specialValueText());
    edit->setMinimumWidth(edit->sizeHint().width() + std::max(0, words - date));
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
    , m_filters(new QWidget(this))
    , m_userNote(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setPlaceholderText(tr("any operator"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("any action"), QString());
    for (const QString &action : auditActions())
        m_action->addItem(auditActionName(action), action);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any user: name, email or phone"));
    m_user->setClearButtonEnabled(true);
    m_userNote->setObjectName(QStringLiteral("auditUserNote"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditView::applyFilter);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("Audit log"));
    showPaged(m_view, m_model);
    m_view->setColumnWidth(AuditModel::When, 170);
    m_view->setColumnWidth(AuditModel::Operator, 150);
    m_view->setColumnWidth(AuditModel::Action, 150);
    m_view->setColumnWidth(AuditModel::User, 320);
    m_changes->setObjectName(QStringLiteral("auditChanges"));
    m_changes->setAccessibleName(tr("Fields the change changed"));
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *filters = new QHBoxLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m_filters);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("U&ser:"), m_user);
    filters->setStretchFactor(m_user, 2);
    labelled(tr("Op&erator:"), m_operator);
    labelled(tr("Ac&tion:"), m_action);
    labelled(tr("F&rom:"), m_from);
    labelled(tr("T&o:"), m_to);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    exportButton->setToolTip(tr("Every row the filter passes, to CSV or Excel"));
    filters->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportFiltered);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addWidget(m_userNote);
    layout->addWidget(splitter, 1);
    m_userNote->hide();

    // Filters apply as they are typed (after a pause in the typing) or chosen.
    for (QLineEdit *edit : {m_operator, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &AuditView::filterLater);
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    }
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::filterLater);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::filterLater);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showChanges);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::showChanges);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto id = index.data(AuditModel::UserIdRole).toLongLong())
            Q_EMIT openUserRequested(id);
    });
    const auto summarise = [this] { Q_EMIT summaryChanged(summaryText()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, summarise);
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

void AuditView::filterLater()
{
    m_typing->start();
}

void AuditView::applyFilter()
{
    m_typing->stop();
    AuditFilter filter;
    filter.operatorName = m_operator->text();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date() == NoDate ? QDate() : m_from->date();
    filter.to = m_to->date() == NoDate ? QDate() : m_to->date();
    QString note;
    if (!m_user->text().trimmed().isEmpty()) {
        // The same search as the directory's: names, emails, phones, companies.
        QSqlDatabase db = m_model->database();
        const UserLookup found = lookUpUsers(db, m_user->text(), AuditFilter::UserLookupLimit);
        filter.onlyUsers(found);
        if (found.tooShort)
            note = tr("Type at least three letters of a name, or an email, to find a user.");
        else if (found.ids.empty())
            note = tr("No user matches \"%1\".").arg(m_user->text().trimmed());
    }
    m_userNote->setText(note);
    m_userNote->setVisible(!note.isEmpty());
    m_model->setFilter(filter);
}

void AuditView::showOnlyUser(std::int64_t userId)
{
    m_filters->hide();
    AuditFilter filter;
    filter.byUser = true;
    filter.userIds = {userId};
    m_model->setFilter(filter);
}

QString AuditView::summaryText() const
{
    const QString shown = tr("%Ln change(s) shown", nullptr, m_model->rowCount());
    return m_model->hasMore() ? tr("%1 · more as you scroll").arg(shown) : shown;
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
        m_changes->setItem(row, 0, new QTableWidgetItem(auditFieldName(change.field)));
        m_changes->setItem(row, 1,
                           new QTableWidgetItem(auditValueText(change.field, change.before, m_model->currency())));
        m_changes->setItem(row, 2,
                           new QTableWidgetItem(auditValueText(change.field, change.after, m_model->currency())));
    }
}

} // namespace rollbook
