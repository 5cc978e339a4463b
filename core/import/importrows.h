#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace rollbook {

/// The rows of an imported file, kept compactly: only the cells that hold a value, their text in
/// large shared blocks, an XLSX shared string once however many cells use it. A million-line file
/// costs 12 bytes a cell besides its text.
class ImportRows
{
public:
    qsizetype size() const { return qsizetype(m_lines.size()); }
    bool isEmpty() const { return m_lines.empty(); }
    /// The line of the file the row is on (CSV: where its record starts; XLSX: the sheet's row).
    int line(qsizetype row) const { return m_lines[std::size_t(row)]; }
    /// The text of a cell; empty where the row has no value in that column.
    QString cell(qsizetype row, qsizetype column) const;
    /// The row's cells up to the last one with a value.
    QStringList cells(qsizetype row) const;
    qsizetype cellCount() const { return qsizetype(m_cells.size()); }

    /// For the readers: rows are built one after the other, cells in increasing column order.
    void startRow(int line);
    void addText(qsizetype column, QStringView text);
    void addShared(qsizetype column, qsizetype index);
    /// Takes back the row just started, which must have no cells.
    void dropLastRow();
    /// The last cell's column in the current row, or -1.
    qsizetype lastColumn() const;
    void setSharedStrings(QStringList strings) { m_shared = std::move(strings); }

private:
    static constexpr quint32 Shared = 0xFFFFFFFFu;
    struct Cell
    {
        quint32 chunk; ///< Shared: offset is an index into m_shared
        quint32 offset;
        quint16 length;
        quint16 column;
    };
    QString text(const Cell &cell) const;

    std::vector<QString> m_chunks;
    std::vector<Cell> m_cells;
    std::vector<quint32> m_rowStart;
    std::vector<int> m_lines;
    QStringList m_shared;
};

} // namespace rollbook
