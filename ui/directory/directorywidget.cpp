#include "directorywidget.h"

#include "celldelegate.h"
#include "emptyhint.h"
#include "rowactionsbutton.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelection>
#include <QLabel>
#include <QScrollBar>

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <unordered_set>

namespace rollbook {

namespace {

const QString hiddenColumnsKey = QStringLiteral("directory/hiddenColumns");
const QString columnWidthsKey = QStringLiteral("directory/columnWidths");
const QString columnOrderKey = QStringLiteral("directory/columnOrder");

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
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, company or student ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_tabs->setObjectName(QStringLiteral("statusTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i <= UserStatusCount; ++i)
        m_tabs->addTab(QString());
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    // Tab leaves the table for the next control, as in every list; arrows move between rows.
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    m_empty = new EmptyHint(
        m_view, [this] { return emptyText(); }, QStringLiteral("directoryEmpty"));
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(UserColumn::Registered), Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_saveLayout = new QTimer(this);
    m_saveLayout->setSingleShot(true);
    m_saveLayout->setInterval(400);
    connect(m_saveLayout, &QTimer::timeout, this, &DirectoryWidget::saveLayout);
    for (const auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved}) {
        connect(m_view->horizontalHeader(), signal, this, [this] {
            if (!m_restoringLayout)
                m_saveLayout->start();
        });
    }
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row height: the view never measures rows, whatever their number.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    new RowActionsButton(m_view);
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
        restoreSelection();
        m_empty->refresh();
        Q_EMIT summaryChanged(summaryText());
        Q_EMIT selectionChanged();
    });
    connect(m_model, &UserTableModel::loadingChanged, m_empty, &EmptyHint::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        Q_EMIT summaryChanged(summaryText());
        Q_EMIT selectionChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DirectoryWidget::selectionChanged);
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

namespace {

/// The selection's rows as sorted, disjoint spans (ranges, never one index per row).
std::vector<std::pair<int, int>> selectedSpans(const QItemSelectionModel *model)
{
    std::vector<std::pair<int, int>> spans;
    for (const QItemSelectionRange &range : model->selection())
        spans.emplace_back(range.top(), range.bottom());
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &[top, bottom] : spans) {
        if (!merged.empty() && top <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, bottom);
        else
            merged.emplace_back(top, bottom);
    }
    return merged;
}

} // namespace

std::vector<std::pair<int, int>> DirectoryWidget::actedOnSpans() const
{
    auto spans = selectedSpans(m_view->selectionModel());
    if (spans.empty() && m_view->currentIndex().isValid())
        spans.emplace_back(m_view->currentIndex().row(), m_view->currentIndex().row());
    return spans;
}

std::vector<std::int64_t> DirectoryWidget::selectedUserIds(const std::function<bool(UserStatus)> &keep) const
{
    std::vector<std::int64_t> ids;
    for (const auto &[top, bottom] : actedOnSpans()) {
        for (int row = top; row <= bottom; ++row) {
            if (keep) {
                const auto status = m_model->statusAt(row);
                if (!status || !keep(*status))
                    continue;
            }
            ids.push_back(m_model->userId(row));
        }
    }
    std::erase(ids, 0);
    return ids;
}

std::array<std::int64_t, UserStatusCount> DirectoryWidget::selectedStatusCounts() const
{
    std::array<std::int64_t, UserStatusCount> counts{};
    for (const auto &[top, bottom] : actedOnSpans()) {
        for (int row = top; row <= bottom; ++row) {
            if (const auto status = m_model->statusAt(row))
                ++counts[static_cast<std::size_t>(*status)];
        }
    }
    return counts;
}

void DirectoryWidget::keepSelection(std::vector<std::int64_t> ids)
{
    if (ids.size() > KeptSelection)
        ids.clear();
    m_keep = std::move(ids);
    m_keepScroll = m_view->verticalScrollBar()->value();
}

void DirectoryWidget::restoreSelection()
{
    if (m_keepScroll < 0 || !m_model->isComplete())
        return;
    const std::unordered_set<std::int64_t> wanted(m_keep.begin(), m_keep.end());
    QItemSelection selection;
    int current = -1;
    if (!wanted.empty()) {
        const int rows = m_model->rowCount();
        const int last = m_model->columnCount() - 1;
        for (int row = 0; row < rows; ++row) {
            if (!wanted.contains(m_model->userId(row)))
                continue;
            int end = row;
            while (end + 1 < rows && wanted.contains(m_model->userId(end + 1)))
                ++end;
            selection.select(m_model->index(row, 0), m_model->index(end, last));
            current = row;
            row = end;
        }
    }
    if (!selection.isEmpty()) {
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_view->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    }
    m_view->verticalScrollBar()->setValue(m_keepScroll);
    m_keep.clear();
    m_keepScroll = -1;
}

QString DirectoryWidget::selectionAsText() const
{
    const std::vector<int> columns = visibleColumns();
    const auto clean = [](QString text) {
        text.replace(u'\t', u' ');
        text.replace(u'\n', u' ');
        text.replace(u'\r', u' ');
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(clean(m_model->headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(u'\t'));
    int copied = 0;
    for (const auto &[top, bottom] : actedOnSpans()) {
        for (int row = top; row <= bottom && copied < CopiedRows; ++row, ++copied) {
            QStringList cells;
            for (int column : columns)
                cells.append(clean(m_model->index(row, column).data().toString()));
            lines.append(cells.join(u'\t'));
        }
    }
    return lines.join(u'\n') + u'\n';
}

void DirectoryWidget::copySelection()
{
    qint64 selected = 0;
    for (const auto &[top, bottom] : actedOnSpans())
        selected += bottom - top + 1;
    if (selected == 0)
        return;
    QApplication::clipboard()->setText(selectionAsText());
    const qint64 copied = std::min<qint64>(selected, CopiedRows);
    Q_EMIT statusMessage(selected > CopiedRows
                             ? tr("Copied the first %1 of %2 selected rows; File > Export users writes them all.")
                                   .arg(QLocale().toString(copied), QLocale().toString(selected))
                             : tr("Copied %Ln row(s) with their header.", nullptr, int(copied)));
}

void DirectoryWidget::openRowMenu()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_view->actions());
    const QRect cell = m_view->visualRect(current);
    menu->popup(m_view->viewport()->mapToGlobal(QPoint(cell.left() + 8, cell.bottom())));
}

QString DirectoryWidget::emptyText() const
{
    if (m_model->isLoading() || m_model->allUsers() < 0)
        return {};
    const QString search = m_model->query().search.trimmed();
    if (!search.isEmpty())
        return tr("No users match \"%1\".\nCheck the spelling, or look in All instead of one status.").arg(search);
    if (m_model->query().status)
        return tr("No user is %1.").arg(statusName(*m_model->query().status).toLower());
    return tr("This school has no users yet.\nAdd one with Users > Add user (Ctrl+N) or import a file "
              "(File > Import users, Ctrl+I).");
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
            openRowMenu();
            return true;
        }
        // Typing in the rows searches, in the search box. The view's own keyboard search would
        // read every row of the result on the GUI thread (QAbstractItemModel::match).
        const QString typed = key->text();
        if (!typed.isEmpty() && typed.front().isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            m_search->setFocus();
            m_search->insert(typed);
            return true;
        }
    }

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
    qint64 count = 0;
    for (const auto &[top, bottom] : selectedSpans(m_view->selectionModel()))
        count += bottom - top + 1;
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
    // The widths set here are the defaults and the saved ones, not the operator's: nothing to write.
    m_restoringLayout = true;
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
    restoreLayout();
    m_restoringLayout = false;
    rebuildColumnsMenu();
}

void DirectoryWidget::saveLayout() const
{
    QHeaderView *header = m_view->horizontalHeader();
    QVariantMap widths;
    QStringList order;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString key = m_model->columnKeyAt(column);
        order.append(key);
        if (!header->isSectionHidden(column))
            widths.insert(key, header->sectionSize(column));
    }
    QSettings settings;
    settings.setValue(columnWidthsKey, widths);
    settings.setValue(columnOrderKey, order);
}

void DirectoryWidget::restoreLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    QHash<QString, int> columns;
    for (int column = 0; column < m_model->columnCount(); ++column)
        columns.insert(m_model->columnKeyAt(column), column);
    const QVariantMap widths = QSettings().value(columnWidthsKey).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (const int width = it.value().toInt(); columns.contains(it.key()) && width > 0)
            header->resizeSection(columns.value(it.key()), width);
    }
    int target = 0;
    for (const QString &key : QSettings().value(columnOrderKey).toStringList()) {
        if (!columns.contains(key))
            continue; // a custom field since removed
        header->moveSection(header->visualIndex(columns.value(key)), target++);
    }
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
