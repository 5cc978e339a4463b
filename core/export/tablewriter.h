#pragma once

#include "partfile.h"

#include "export/exportcell.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <span>

namespace rollbook {

enum class ExportFormat { Csv, Xlsx };

/// What a column holds, which decides how its cells are written: dates as dates and money as
/// numbers in XLSX; phone numbers and numbers never neutralised in Excel-safe CSV.
enum class ColumnKind { Text, Phone, Number, Money, DateTime, Date };

struct ExportColumn
{
    QString title;
    ColumnKind kind = ColumnKind::Text;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QChar delimiter = u','; ///< CSV: comma, semicolon or tab
    bool byteOrderMark = true; ///< CSV: so that Excel reads UTF-8
    /// CSV: a text cell starting with = + - @ tab or CR gets a leading apostrophe, so that a
    /// spreadsheet shows it instead of running it as a formula. Off: raw, for machines.
    bool excelSafe = true;
    QString currency = QStringLiteral("USD"); ///< money cells' currency
    QString sheetName; ///< XLSX: the first sheet's name ("Users"); later ones get " (2)"...
    qint64 rowsPerSheet = 1'048'575; ///< XLSX: data rows per sheet (Excel's limit less the header)
};

/// What an export did, for the summary the user sees.
struct ExportSummary
{
    qint64 rows = 0;
    int sheets = 0; ///< XLSX
    qint64 truncatedCells = 0; ///< XLSX: cells cut to Excel's 32,767 characters
    qint64 neutralisedCells = 0; ///< Excel-safe CSV: cells given a leading apostrophe
    QString leftover; ///< what an interrupted run had left (its .part file), removed before writing
};

/// Writes rows to a CSV or XLSX file as they come (XLSX in libxlsxwriter's constant-memory mode),
/// into "<path>.part" first: the file appears under its name only when finish() succeeds, so a
/// failed, cancelled or abandoned export leaves nothing behind.
///
/// Cells by kind: Text and Phone take strings; Number an integer or a double; Money integer minor
/// units; DateTime and Date Unix milliseconds (UTC). A null cell stays empty.
class TableWriter
{
public:
    virtual ~TableWriter();
    /// Opens the part file and writes the header row.
    static Result<std::unique_ptr<TableWriter>> create(const QString &path, const QList<ExportColumn> &columns,
                                                       const ExportOptions &options);
    /// The format a file name asks for (.xlsx, else CSV).
    static ExportFormat formatFor(const QString &path);

    virtual Status addRow(std::span<const ExportCell> cells) = 0;
    /// The same from QVariants (strings, integers, doubles; null stays empty), for small lists.
    Status addRow(const QVariantList &cells);
    /// Completes the file and moves it into place, replacing an older one.
    Status finish();
    const ExportSummary &summary() const { return m_summary; }

protected:
    TableWriter(const QString &path, const QList<ExportColumn> &columns, const ExportOptions &options);
    virtual Status close() = 0;
    QString partPath() const { return PartFile::partPath(m_path); }

    QString m_path;
    QList<ExportColumn> m_columns;
    ExportOptions m_options;
    ExportSummary m_summary;
    bool m_finished = false;
};

} // namespace rollbook
