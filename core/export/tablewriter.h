#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace rollbook {

enum class ExportFormat { Csv, Xlsx };

/// Writes rows to a CSV or XLSX file as they come (XLSX in libxlsxwriter's constant-memory mode),
/// into "<path>.part" first: the file appears under its name only when finish() succeeds, so a
/// failed or abandoned export leaves nothing behind.
class TableWriter
{
public:
    virtual ~TableWriter();
    /// Opens the part file and writes the header row.
    static Result<std::unique_ptr<TableWriter>> create(const QString &path, ExportFormat format,
                                                       const QStringList &headers, const QString &sheetName = {});
    /// The format a file name asks for (.xlsx, else CSV).
    static ExportFormat formatFor(const QString &path);

    /// Numbers (int, double) stay numbers in XLSX; everything else is written as text.
    virtual Status addRow(const QVariantList &cells) = 0;
    /// Completes the file and moves it into place, replacing an older one.
    Status finish();
    qint64 rowsWritten() const { return m_rows; }

protected:
    explicit TableWriter(const QString &path);
    virtual Status close() = 0;
    QString partPath() const { return m_path + QStringLiteral(".part"); }

    QString m_path;
    qint64 m_rows = 0;
    bool m_finished = false;
};

} // namespace rollbook
