#pragma once

#include "import/importrows.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rollbook {

/// A cell the reader could not take as it is (an over-long value, a damaged shared string, an
/// Excel error, a value past the last titled column). The line it is on does not import; a
/// problem in a column the import ignores does not count.
struct ImportProblem
{
    qsizetype row = 0; ///< in ImportTable::rows
    qsizetype column = 0;
    QString message;
};

/// A spreadsheet as read: the header row and the rows under it, every cell as text (XLSX numbers
/// in their plain form, dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS), what could not be read, and
/// what the reader had to guess.
struct ImportTable
{
    QStringList header;
    ImportRows rows;
    QList<ImportProblem> problems; ///< in row order
    QStringList warnings; ///< about the whole file: the dry run shows them
    QString encoding; ///< CSV: what the bytes were read as (UTF-8, UTF-16LE, Windows-1252...)
    QChar delimiter; ///< CSV: the delimiter found

    /// Notes a problem in the row being read (the last one), up to ImportLimits::Problems.
    void addProblem(qsizetype column, const QString &message);
};

/// Reads a CSV file of at most ImportLimits::CsvBytes: the encoding from a byte-order mark, else
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252 with a warning naming the first line
/// that is not UTF-8; the delimiter (comma, semicolon or tab) from the header line; RFC 4180
/// quoting, fields across lines included. A malformed file (an unclosed quote) or one past a limit
/// is an Error.
Result<ImportTable> readCsv(const QString &path);
Result<ImportTable> parseCsv(const QByteArray &bytes);

/// Reads the first sheet of an XLSX workbook with libzip and QXmlStreamReader, part by part as it
/// inflates (never more than ImportLimits::PartBytes, nor a zip bomb's ratio): shared and inline
/// strings, numbers, booleans, and dates (numbers in a date format). A damaged file, a DTD, or a
/// file past a limit is an Error.
Result<ImportTable> readXlsx(const QString &path);
/// The same from the bytes of a workbook (name is what errors call it).
Result<ImportTable> parseXlsx(const QByteArray &bytes, const QString &name);

/// readXlsx for .xlsx, readCsv otherwise.
Result<ImportTable> readTable(const QString &path);

} // namespace rollbook
