#include "directorywidget.h"

#include "celldelegate.h"
#include "rowactionsbutton.h"
#include "usertablemodel.h"

#include <QAction>
#include <QItemSelection>

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace rollbook {

namespace {

const QString hiddenColumnsKey = QStringLiteral("directory/hiddenColumns");

// A typical value per column: widths are measured once from these, never from a million rows.
QString sampleText(int column)
{
    const QLocale locale;
    switch (static_cast<UserColumn>(column)) {
    case UserColumn::Name:
        return QStringLiteral("Maximilian Schröder-Hoffmann");
    case UserColumn::Email:
        return QStringLiteral("maximilian.schroder123456@outlook.com");
    case UserColumn::Phone:
        return QStringLiteral("+49 1513 5252 52525");
    case UserColumn::Company:
        return QStringLiteral("Société Générale de Formation");
    case UserColumn::Status:
        return QStringLiteral("Unsubscribed");
    case UserColumn::Registered:
    case UserColumn::LastActive:
        return locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat) + u"  ";
    case UserColumn::CreditBalance:
    case UserColumn::TotalSpent:
        return QStringLiteral("USD 12,345.67");
    case UserColumn::Progress:
        return QStringLiteral("100%");
    default:
        return QStringLiteral("Customer success");
    }
}

} // namespace

DirectoryWidget::DirectoryWidget(UserTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabBar(this))
    , m_view(new QTableView(this))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, company or student ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_tabs->setObjectName(QStringLiteral("statusTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i <= UserStatusCount; ++i)
        m_tabs->addTab(QString());
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    new RowActionsButton(m_view);
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(UserColumn::Registered), Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row height: the view never measures rows, whatever their number.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view, 1);

    auto *openAction = new QAction(tr("Open user"), m_view);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openAction);
    connect(openAction, &QAction::triggered, this, &DirectoryWidget::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &DirectoryWidget::openCurrent);
    connect(m_search, &QLineEdit::textChanged, m_model, &UserTableModel::setSearch);
    m_search->installEventFilter(this);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_model->setStatusFilter(tab == 0 ? std::nullopt : std::optional(static_cast<UserStatus>(tab - 1)));
    });
    connect(m_model, &UserTableModel::resultReady, this, [this] {
        updateTabs();
        Q_EMIT summaryChanged(summaryText());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT summaryChanged(summaryText()); });
    connect(m_model, &UserTableModel::firstPageReady, this,
            [this] { Q_EMIT summaryChanged(tr("Showing the first rows, still counting…")); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryWidget::rebuildColumnsMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    // Escape clears the search; Down moves from the search box into the rows.
    auto *clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    auto *toRows = new QAction(tr("Go to the rows"), m_search);
    toRows->setShortcut(QKeySequence(Qt::Key_Down));
    toRows->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(toRows);
    connect(toRows, &QAction::triggered, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    setFocusProxy(m_search);
    updateTabs();
}

std::vector<std::int64_t> DirectoryWidget::selectedUserIds() const
{
    std::vector<std::int64_t> ids;
    // Ranges, not selectedRows(): a million selected rows would make a million indexes.
    QItemSelection selection = m_view->selectionModel()->selection();
    std::vector<std::pair<int, int>> spans;
    for (const QItemSelectionRange &range : selection)
        spans.emplace_back(range.top(), range.bottom());
    std::sort(spans.begin(), spans.end());
    int next = 0;
    for (const auto &[top, bottom] : spans) {
        for (int row = std::max(top, next); row <= bottom; ++row)
            ids.push_back(m_model->userId(row));
        next = std::max(next, bottom + 1);
    }
    if (ids.empty() && m_view->currentIndex().isValid())
        ids.push_back(m_model->userId(m_view->currentIndex().row()));
    std::erase(ids, 0);
    return ids;
}

void DirectoryWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString DirectoryWidget::summaryText() const
{
    const QString shown = tr("%1 of %2 users")
                              .arg(QLocale().toString(static_cast<qlonglong>(m_model->rowCount())),
                                   QLocale().toString(static_cast<qlonglong>(m_model->allUsers())));
    const qint64 selected = selectedCount();
    return selected < 2 ? shown : tr("%1 · %2 selected").arg(shown, QLocale().toString(selected));
}

bool DirectoryWidget::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit takes Ctrl+E as "end of line"; here it is File > Export, also while searching.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::vector<int> DirectoryWidget::visibleColumns() const
{
    std::vector<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}

qint64 DirectoryWidget::selectedCount() const
{
    // Ranges, as selectedUserIds: selecting a million rows is one range, not a million indexes.
    std::vector<std::pair<int, int>> spans;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        spans.emplace_back(range.top(), range.bottom());
    std::sort(spans.begin(), spans.end());
    qint64 count = 0;
    int next = 0;
    for (const auto &[top, bottom] : spans) {
        if (bottom >= next)
            count += bottom - std::max(top, next) + 1;
        next = std::max(next, bottom + 1);
    }
    return count;
}

void DirectoryWidget::selectAllMatching()
{
    m_view->setFocus();
    m_view->selectAll();
}

void DirectoryWidget::updateTabs()
{
    const auto counts = m_model->statusCounts();
    std::int64_t all = 0;
    for (std::int64_t c : counts)
        all += c;
    const QLocale locale;
    m_tabs->setTabText(0, tr("All (%1)").arg(locale.toString(static_cast<qlonglong>(all))));
    for (int i = 0; i < UserStatusCount; ++i) {
        m_tabs->setTabText(
            i + 1,
            tr("%1 (%2)").arg(statusName(static_cast<UserStatus>(i)),
                              locale.toString(static_cast<qlonglong>(counts[static_cast<std::size_t>(i)]))));
    }
}

void DirectoryWidget::restoreColumns()
{
    QStringList hidden = QSettings()
                             .value(hiddenColumnsKey,
                                    QStringList{QStringLiteral("custom:birth_date"), QStringLiteral("custom:mentor")})
                             .toStringList();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_view->setColumnHidden(column, hidden.contains(m_model->columnKeyAt(column)));
        const int header = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        m_view->setColumnWidth(column, std::max(header, metrics.horizontalAdvance(sampleText(column)) + 16));
    }
    rebuildColumnsMenu();
}

void DirectoryWidget::rebuildColumnsMenu()
{
    if (m_columnsMenu->actions().size() != m_model->columnCount()) {
        m_columnsMenu->clear();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            connect(action, &QAction::toggled, this, [this, column](bool shown) {
                m_view->setColumnHidden(column, !shown);
                saveColumns();
            });
        }
    }
    const QList<QAction *> actions = m_columnsMenu->actions();
    for (int column = 0; column < actions.size(); ++column) {
        const QSignalBlocker blocker(actions[column]);
        actions[column]->setChecked(!m_view->isColumnHidden(column));
    }
}

void DirectoryWidget::saveColumns() const
{
    QStringList hidden;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden.append(m_model->columnKeyAt(column));
    }
    QSettings().setValue(hiddenColumnsKey, hidden);
}

void DirectoryWidget::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (const std::int64_t id = m_model->userId(current.row()))
        Q_EMIT openUserRequested(id);
}

} // namespace rollbook
