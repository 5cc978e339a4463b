#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rollbook {

/// A spreadsheet as read: the header row and the rows under it, every cell as text (XLSX numbers
/// in their plain form, dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS).
struct ImportTable
{
    QStringList header;
    QList<QStringList> rows;
    QString encoding; ///< CSV: what the bytes were read as (UTF-8, UTF-16LE, Windows-1252...)
    QChar delimiter; ///< CSV: the delimiter found
};

/// Reads a CSV file: the encoding from a byte-order mark, else UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252; the delimiter (comma, semicolon or tab) from the header line; RFC 4180
/// quoting, fields across lines included. A malformed file (an unclosed quote) is an Error.
Result<ImportTable> readCsv(const QString &path);
Result<ImportTable> parseCsv(const QByteArray &bytes);

/// Reads the first sheet of an XLSX workbook with libzip and QXmlStreamReader: shared and inline
/// strings, numbers, booleans, and dates (numbers in a date format). A damaged file is an Error.
Result<ImportTable> readXlsx(const QString &path);

/// readXlsx for .xlsx, readCsv otherwise.
Result<ImportTable> readTable(const QString &path);

} // namespace rollbook
