#pragma once

#include <QStringList>
#include <QTextStream>

namespace rollbook::cli {

/// A UTC time in ISO 8601 for scripts; empty for "never" (a negative time).
QString isoTime(qint64 ms);

/// Writes lines of values to stdout as CSV (RFC 4180), JSON (an array of objects keyed by the
/// header) or a table whose widths come from the header and the first block. Blocks are written
/// as they come, so a million lines never sit in memory.
class LinePrinter
{
public:
    /// format: "csv", "json" or "table".
    LinePrinter(const QString &format, QStringList header);
    static bool knowsFormat(const QString &format);
    void write(const QList<QStringList> &block);
    /// Closes the JSON array; a table gets footer as its last line.
    void finish(const QString &footer = {});
    qint64 written() const { return m_written; }

private:
    void tableLine(const QStringList &line);

    QString m_format;
    QStringList m_header;
    QTextStream m_out;
    QList<int> m_widths;
    qint64 m_written = 0;
};

} // namespace rollbook::cli
