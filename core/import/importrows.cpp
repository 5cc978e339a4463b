#include "import/importrows.h"

#include "import/importlimits.h"
#include "import/importtable.h"

#include <algorithm>

namespace rollbook {

namespace {

constexpr qsizetype FirstChunk = 16 * 1024;
constexpr qsizetype LargestChunk = 1024 * 1024;

} // namespace

QString ImportRows::text(const Cell &cell) const
{
    if (cell.chunk == Shared)
        return m_shared.value(cell.offset);
    return m_chunks[cell.chunk].mid(cell.offset, cell.length);
}

QString ImportRows::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= size() || column < 0 || column >= ImportLimits::Columns)
        return {};
    const auto begin = m_cells.begin() + m_rowStart[std::size_t(row)];
    const auto end = row + 1 < size() ? m_cells.begin() + m_rowStart[std::size_t(row) + 1] : m_cells.end();
    const auto found
        = std::lower_bound(begin, end, column, [](const Cell &c, qsizetype wanted) { return c.column < wanted; });
    return found != end && found->column == column ? text(*found) : QString();
}

QStringList ImportRows::cells(qsizetype row) const
{
    QStringList result;
    if (row < 0 || row >= size())
        return result;
    const std::size_t end = row + 1 < size() ? m_rowStart[std::size_t(row) + 1] : m_cells.size();
    for (std::size_t i = m_rowStart[std::size_t(row)]; i < end; ++i) {
        while (result.size() < m_cells[i].column)
            result.append(QString());
        result.append(text(m_cells[i]));
    }
    return result;
}

void ImportTable::addProblem(qsizetype column, const QString &message)
{
    if (problems.size() < ImportLimits::Problems)
        problems.append({rows.size() - 1, column, message});
}

void ImportRows::startRow(int line)
{
    m_rowStart.push_back(quint32(m_cells.size()));
    m_lines.push_back(line);
}

void ImportRows::dropLastRow()
{
    Q_ASSERT(!m_lines.empty() && m_rowStart.back() == m_cells.size());
    m_rowStart.pop_back();
    m_lines.pop_back();
}

qsizetype ImportRows::lastColumn() const
{
    if (m_lines.empty() || m_cells.size() == m_rowStart.back())
        return -1;
    return m_cells.back().column;
}

void ImportRows::addText(qsizetype column, QStringView text)
{
    Q_ASSERT(!m_lines.empty() && column > lastColumn() && column < ImportLimits::Columns);
    Q_ASSERT(text.size() <= ImportLimits::CellCharacters);
    if (text.isEmpty())
        return;
    if (m_chunks.empty() || m_chunks.back().size() + text.size() > m_chunks.back().capacity()) {
        const qsizetype grown = m_chunks.empty() ? FirstChunk : std::min(m_chunks.back().capacity() * 2, LargestChunk);
        QString chunk;
        chunk.reserve(std::max(grown, text.size()));
        m_chunks.push_back(std::move(chunk));
    }
    QString &chunk = m_chunks.back();
    m_cells.push_back({quint32(m_chunks.size() - 1), quint32(chunk.size()), quint16(text.size()), quint16(column)});
    chunk.append(text);
}

void ImportRows::addShared(qsizetype column, qsizetype index)
{
    Q_ASSERT(!m_lines.empty() && column > lastColumn() && column < ImportLimits::Columns);
    m_cells.push_back({Shared, quint32(index), 0, quint16(column)});
}

} // namespace rollbook
