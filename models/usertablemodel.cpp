#include "usertablemodel.h"

#include "database.h"
#include "money.h"
#include "phone.h"
#include "settings.h"
#include "userquerythread.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace rollbook {

namespace {

bool isNumeric(int column)
{
    switch (static_cast<UserColumn>(column)) {
    case UserColumn::CreditBalance:
    case UserColumn::TotalSpent:
    case UserColumn::Progress:
        return true;
    default:
        return false;
    }
}

} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(QStringLiteral("directory-rows-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_query.sort = SortSpec{UserColumn::Registered, 0, true};
}

UserTableModel::~UserTableModel()
{
    m_thread.reset();
    m_reader.reset();
    m_db = QSqlDatabase();
    Database::close(m_connection);
}

Status UserTableModel::open(const QString &databasePath)
{
    OpenOptions options;
    options.integrityCheck = false;
    options.migrate = false;
    options.cacheKiB = 4 * 1024; // point lookups of visible rows only
    Result<QSqlDatabase> opened = Database::open(databasePath, m_connection, options);
    if (!opened)
        return opened.failure();
    auto fields = loadCustomFields(*opened);
    if (!fields)
        return fields.failure();
    beginResetModel();
    m_db = *opened;
    m_fields = *fields;
    m_currency = StoreSettings::value(m_db, StoreSettings::Currency);
    m_reader = std::make_unique<UserRowReader>(m_db);
    m_result.reset();
    m_blocks.clear();
    m_blockUse.clear();
    endResetModel();
    m_thread = std::make_unique<UserQueryThread>(
        databasePath, [this](std::uint64_t, std::shared_ptr<const UserQueryResult> result) { apply(result); },
        [this](std::uint64_t, const QString &message) {
            setLoading(false);
            Q_EMIT queryFailed(message);
        });
    request();
    return success();
}

void UserTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    request();
}

void UserTableModel::setStatusFilter(std::optional<UserStatus> status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    request();
}

void UserTableModel::setSortSpec(const SortSpec &sort)
{
    if (sort.sameOrder(m_query.sort) && sort.descending == m_query.sort.descending)
        return;
    m_query.sort = sort;
    request();
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    SortSpec spec;
    spec.descending = order == Qt::DescendingOrder;
    if (column >= 0 && column < UserColumnCount) {
        spec.column = static_cast<UserColumn>(column);
    } else if (column >= UserColumnCount && column < UserColumnCount + m_fields.size()) {
        spec.customFieldId = m_fields[column - UserColumnCount].id;
    } else {
        return;
    }
    setSortSpec(spec);
}

void UserTableModel::refresh()
{
    request(true);
}

void UserTableModel::reloadSettings()
{
    if (m_db.isValid())
        m_currency = StoreSettings::value(m_db, StoreSettings::Currency);
    refresh();
}

void UserTableModel::request(bool dataChanged)
{
    if (!m_thread)
        return;
    m_thread->request(m_query, dataChanged);
    setLoading(true);
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void UserTableModel::apply(const std::shared_ptr<const UserQueryResult> &result)
{
    const bool extendsFirstPage = m_result && !m_result->complete && result->complete
        && result->ids.size() >= m_result->ids.size()
        && std::equal(m_result->ids.begin(), m_result->ids.end(), result->ids.begin());
    if (extendsFirstPage) {
        // The whole result starts with the rows already shown: add the rest, keep the view's place.
        const int shown = rowCount();
        const int total = static_cast<int>(std::min<std::size_t>(result->ids.size(), INT_MAX));
        if (total > shown)
            beginInsertRows({}, shown, total - 1);
        m_result = result;
        // The block that held the last rows of the first page may have been cut short there.
        const int partialBlock = shown / BlockSize;
        m_blocks.erase(partialBlock);
        m_blockUse.remove(partialBlock);
        if (total > shown)
            endInsertRows();
    } else {
        beginResetModel();
        m_result = result;
        m_blocks.clear();
        m_blockUse.clear();
        endResetModel();
    }
    if (!result->complete) {
        Q_EMIT firstPageReady();
        return;
    }
    m_counts = result->statusCounts;
    m_allUsers = result->allUsers;
    setLoading(false);
    Q_EMIT resultReady();
}

std::int64_t UserTableModel::userId(int row) const
{
    if (!m_result || row < 0 || static_cast<std::size_t>(row) >= m_result->ids.size())
        return 0;
    return m_result->ids[static_cast<std::size_t>(row)];
}

std::optional<UserStatus> UserTableModel::statusAt(int row) const
{
    if (!m_result || row < 0 || static_cast<std::size_t>(row) >= m_result->statuses.size())
        return std::nullopt;
    return static_cast<UserStatus>(m_result->statuses[static_cast<std::size_t>(row)]);
}

Result<UserRow> UserTableModel::readUser(std::int64_t id) const
{
    if (!m_reader)
        return Error{tr("No database is open.")};
    const std::int64_t ids[] = {id};
    auto rows = m_reader->read(ids);
    if (!rows)
        return rows.failure();
    if (rows->empty())
        return Error{tr("This user no longer exists.")};
    return std::move(rows->front());
}

int UserTableModel::customFieldColumn(std::int64_t fieldId) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].id == fieldId)
            return UserColumnCount + i;
    }
    return -1;
}

QString UserTableModel::columnKeyAt(int column) const
{
    if (column >= 0 && column < UserColumnCount)
        return columnKey(static_cast<UserColumn>(column));
    if (column >= UserColumnCount && column < columnCount())
        return QStringLiteral("custom:") + m_fields[column - UserColumnCount].key;
    return {};
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    // A QTableView handles at most INT_MAX rows; the design size (1M) is far below it.
    return static_cast<int>(std::min<std::size_t>(m_result->ids.size(), INT_MAX));
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : UserColumnCount + static_cast<int>(m_fields.size());
}

UserTableModel::Block *UserTableModel::blockAt(int row) const
{
    const int block = row / BlockSize;
    auto found = m_blocks.find(block);
    if (found == m_blocks.end()) {
        const std::size_t start = static_cast<std::size_t>(block) * BlockSize;
        const std::size_t count = std::min<std::size_t>(BlockSize, m_result->ids.size() - start);
        auto rows = m_reader->read(std::span(m_result->ids).subspan(start, count));
        std::vector<UserRow> loaded = rows ? std::move(*rows) : std::vector<UserRow>{};
        // A user deleted since the query left a gap: keep positions aligned with the ids.
        if (loaded.size() != count) {
            std::vector<UserRow> aligned(count);
            std::size_t next = 0;
            for (std::size_t i = 0; i < count && next < loaded.size(); ++i) {
                if (loaded[next].id == m_result->ids[start + i])
                    aligned[i] = std::move(loaded[next++]);
            }
            loaded = std::move(aligned);
        }
        Block fresh;
        fresh.display.resize(loaded.size());
        fresh.rows = std::move(loaded);
        found = m_blocks.emplace(block, std::move(fresh)).first;
        m_blockUse.push_front(block);
        if (m_blockUse.size() > CachedBlocks) {
            m_blocks.erase(m_blockUse.back());
            m_blockUse.pop_back();
        }
    } else if (m_blockUse.front() != block) {
        m_blockUse.remove(block);
        m_blockUse.push_front(block);
    }
    return &found->second;
}

const UserRow *UserTableModel::rowAt(int row) const
{
    const Block *block = blockAt(row);
    const std::size_t offset = static_cast<std::size_t>(row % BlockSize);
    if (offset >= block->rows.size() || block->rows[offset].id == 0)
        return nullptr;
    return &block->rows[offset];
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    // Views ask for many roles per cell; answer the unused ones before touching any row.
    if (role != Qt::DisplayRole && role != RawValueRole && role != UserIdRole && role != Qt::TextAlignmentRole
        && role != Qt::ToolTipRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_result)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == UserIdRole)
        return QVariant::fromValue<qint64>(userId(index.row()));
    if (role == Qt::DisplayRole) {
        Block *block = blockAt(index.row());
        const std::size_t offset = static_cast<std::size_t>(index.row() % BlockSize);
        if (offset >= block->rows.size() || block->rows[offset].id == 0)
            return {};
        auto &cells = block->display[offset];
        if (cells.empty())
            cells.resize(static_cast<std::size_t>(columnCount()));
        auto &cell = cells[static_cast<std::size_t>(index.column())];
        if (!cell)
            cell = display(block->rows[offset], index.column());
        return *cell;
    }
    const UserRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == RawValueRole)
        return raw(*row, index.column());
    if (role == Qt::ToolTipRole) {
        if (index.column() == static_cast<int>(UserColumn::Status) && !row->statusReason.isEmpty())
            return row->statusReason;
        return {};
    }
    return {};
}

QVariant UserTableModel::raw(const UserRow &row, int column) const
{
    switch (static_cast<UserColumn>(column)) {
    case UserColumn::Name:
        return row.displayName();
    case UserColumn::Email:
        return row.email;
    case UserColumn::Phone:
        return row.phone;
    case UserColumn::Company:
        return row.company;
    case UserColumn::Status:
        return statusKey(row.status);
    case UserColumn::Registered:
        return QVariant::fromValue<qint64>(row.registeredAt);
    case UserColumn::LastActive:
        return row.lastActiveAt < 0 ? QVariant() : QVariant::fromValue<qint64>(row.lastActiveAt);
    case UserColumn::CreditBalance:
        return QVariant::fromValue<qint64>(row.creditBalance);
    case UserColumn::TotalSpent:
        return QVariant::fromValue<qint64>(row.totalSpent);
    case UserColumn::Progress:
        return row.progress;
    case UserColumn::Count:
        break;
    }
    const qsizetype field = column - UserColumnCount;
    if (field >= 0 && field < m_fields.size())
        return row.custom.value(m_fields[field].id);
    return {};
}

QVariant UserTableModel::display(const UserRow &row, int column) const
{
    const auto date = [this](std::int64_t ms) -> QVariant {
        if (ms < 0)
            return {};
        return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    };
    switch (static_cast<UserColumn>(column)) {
    case UserColumn::Name:
        return row.displayName();
    case UserColumn::Email:
        return row.email;
    case UserColumn::Phone:
        return formatPhone(row.phone);
    case UserColumn::Company:
        return row.company;
    case UserColumn::Status:
        return statusName(row.status);
    case UserColumn::Registered:
        return date(row.registeredAt);
    case UserColumn::LastActive:
        return date(row.lastActiveAt);
    case UserColumn::CreditBalance:
        return formatMoney(row.creditBalance, m_currency, m_locale);
    case UserColumn::TotalSpent:
        return formatMoney(row.totalSpent, m_currency, m_locale);
    case UserColumn::Progress:
        return QString(m_locale.toString(row.progress) + m_locale.percent());
    case UserColumn::Count:
        break;
    }
    const qsizetype index = column - UserColumnCount;
    if (index < 0 || index >= m_fields.size())
        return {};
    const CustomField &field = m_fields[index];
    const QString value = row.custom.value(field.id);
    if (value.isEmpty())
        return {};
    return displayCustomValue(field, value, m_locale);
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= 0 && section < UserColumnCount)
        return columnTitle(static_cast<UserColumn>(section));
    const qsizetype index = section - UserColumnCount;
    if (index >= 0 && index < m_fields.size())
        return m_fields[index].label;
    return {};
}

} // namespace rollbook
