#include "export/tablewriter.h"

#include "csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace rollbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableWriter", text);
}

class CsvWriter final : public TableWriter
{
public:
    explicit CsvWriter(const QString &path)
        : TableWriter(path)
        , m_file(partPath())
    { }

    Status open(const QStringList &headers)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        // A byte-order mark so that Excel reads the file as UTF-8; CRLF as RFC 4180 asks.
        m_file.write("\xEF\xBB\xBF");
        QVariantList cells;
        for (const QString &header : headers)
            cells.append(header);
        const Status written = writeLine(cells);
        m_rows = 0;
        return written;
    }

    Status addRow(const QVariantList &cells) override { return writeLine(cells); }

private:
    Status writeLine(const QVariantList &cells)
    {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += csvField(cells[i].toString());
        }
        line += QStringLiteral("\r\n");
        if (m_file.write(line.toUtf8()) < 0)
            return Error{tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        ++m_rows;
        return success();
    }

    Status close() override
    {
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            return Error{tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        return success();
    }

    QFile m_file;
};

class XlsxWriter final : public TableWriter
{
public:
    explicit XlsxWriter(const QString &path)
        : TableWriter(path)
    { }

    ~XlsxWriter() override
    {
        if (m_workbook)
            workbook_close(m_workbook); // abandoned: the part file is removed by ~TableWriter
    }

    Status open(const QStringList &headers, const QString &sheetName)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        const QByteArray file = QFile::encodeName(partPath());
        m_workbook = workbook_new_opt(file.constData(), &options);
        if (!m_workbook)
            return Error{tr("Cannot write %1.").arg(QFileInfo(m_path).fileName())};
        const QByteArray name = (sheetName.isEmpty() ? tr("Sheet1") : sheetName.left(31)).toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, name.constData());
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        for (int column = 0; column < headers.size(); ++column) {
            const QByteArray text = headers[column].toUtf8();
            worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(column), text.constData(), m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return success();
    }

    Status addRow(const QVariantList &cells) override
    {
        const auto row = static_cast<lxw_row_t>(m_rows + 1);
        if (m_rows + 1 >= LXW_ROW_MAX)
            return Error{tr("An XLSX sheet holds at most %1 rows.").arg(LXW_ROW_MAX)};
        for (int column = 0; column < cells.size(); ++column) {
            const QVariant &cell = cells[column];
            const auto col = static_cast<lxw_col_t>(column);
            lxw_error status = LXW_NO_ERROR;
            switch (cell.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                status = worksheet_write_number(m_sheet, row, col, cell.toDouble(), nullptr);
                break;
            default:
                if (cell.isNull())
                    break;
                const QByteArray text = cell.toString().toUtf8();
                status = worksheet_write_string(m_sheet, row, col, text.constData(), nullptr);
            }
            if (status != LXW_NO_ERROR)
                return Error{
                    tr("Cannot write row %1: %2").arg(m_rows + 1).arg(QString::fromUtf8(lxw_strerror(status)))};
        }
        ++m_rows;
        return success();
    }

private:
    Status close() override
    {
        const lxw_error status = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (status != LXW_NO_ERROR)
            return Error{
                tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), QString::fromUtf8(lxw_strerror(status)))};
        return success();
    }

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
};

} // namespace

TableWriter::TableWriter(const QString &path)
    : m_path(path)
{ }

TableWriter::~TableWriter()
{
    if (!m_finished)
        QFile::remove(partPath());
}

ExportFormat TableWriter::formatFor(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString &path, ExportFormat format,
                                                         const QStringList &headers, const QString &sheetName)
{
    if (format == ExportFormat::Xlsx) {
        auto writer = std::make_unique<XlsxWriter>(path);
        if (const Status opened = writer->open(headers, sheetName); !opened)
            return Error{opened.error()};
        return std::unique_ptr<TableWriter>(std::move(writer));
    }
    auto writer = std::make_unique<CsvWriter>(path);
    if (const Status opened = writer->open(headers); !opened)
        return Error{opened.error()};
    return std::unique_ptr<TableWriter>(std::move(writer));
}

Status TableWriter::finish()
{
    // close() is virtual: call it here, from the complete object, never from the destructor.
    if (const Status closed = close(); !closed)
        return closed;
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error{tr("Cannot replace %1.").arg(QFileInfo(m_path).fileName())};
    if (!QFile::rename(partPath(), m_path))
        return Error{tr("Cannot move the export into place at %1.").arg(m_path)};
    m_finished = true;
    return success();
}

} // namespace rollbook
