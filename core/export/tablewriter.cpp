#include "export/tablewriter.h"

#include "money.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <charconv>
#include <string>
#include <vector>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::TableWriter)
};

constexpr std::int64_t DayMs = 86'400'000;
constexpr qsizetype ExcelCellLimit = 32'767;

/// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's civil_from_days).
void civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    days += 719'468;
    const std::int64_t era = (days >= 0 ? days : days - 146'096) / 146'097;
    const auto doe = static_cast<unsigned>(days - era * 146'097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0));
}

void appendDigits(std::string &out, std::int64_t value, int width = 0)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    for (auto length = static_cast<int>(end - digits); length < width; ++length)
        out += '0';
    out.append(digits, std::size_t(end - digits));
}

/// "2026-11-23T13:45:00Z", or the date alone.
void appendIsoTime(std::string &out, std::int64_t ms, bool dateOnly)
{
    std::int64_t days = ms / DayMs;
    std::int64_t rest = ms % DayMs;
    if (rest < 0) {
        rest += DayMs;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    if (dateOnly)
        return;
    const std::int64_t seconds = rest / 1000;
    out += 'T';
    appendDigits(out, seconds / 3600, 2);
    out += ':';
    appendDigits(out, seconds / 60 % 60, 2);
    out += ':';
    appendDigits(out, seconds % 60, 2);
    out += 'Z';
}

/// Days since 1899-12-30 (Excel's serial date) of an ISO date, or -1.
double excelSerialOfIsoDate(QByteArrayView text)
{
    int year = 0, month = 0, day = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-'
        || std::from_chars(text.data(), text.data() + 4, year).ec != std::errc()
        || std::from_chars(text.data() + 5, text.data() + 7, month).ec != std::errc()
        || std::from_chars(text.data() + 8, text.data() + 10, day).ec != std::errc() || month < 1 || month > 12
        || day < 1 || day > 31)
        return -1;
    // days_from_civil, the inverse of civilFromDays.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy
        = (153 * static_cast<unsigned>(month > 2 ? month - 3 : month + 9) + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return double(era * 146'097 + static_cast<int>(doe) - 719'468) + 25'569.0;
}

class CsvWriter final : public TableWriter
{
public:
    CsvWriter(const QString &path, const QList<ExportColumn> &columns, const ExportOptions &options)
        : TableWriter(path, columns, options)
        , m_file(partPath())
        , m_delimiter(char(options.delimiter.toLatin1()))
        , m_moneyDigits(currencyDigits(options.currency))
    {
        m_buffer.reserve(1 << 17);
    }

    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{Text::tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        if (m_options.byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_buffer += m_delimiter;
            const QByteArray title = m_columns[i].title.toUtf8();
            appendField(title);
        }
        m_buffer += "\r\n";
        return write();
    }

    Status addRow(std::span<const ExportCell> cells) override
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_buffer += m_delimiter;
            if (std::size_t(i) >= cells.size())
                continue;
            const ExportCell &cell = cells[std::size_t(i)];
            switch (cell.type) {
            case ExportCell::Type::Null:
                break;
            case ExportCell::Type::Text:
                if (m_options.excelSafe && m_columns[i].kind == ColumnKind::Text && !cell.text.isEmpty()
                    && QByteArrayView("=+-@\t\r").contains(cell.text.front())) {
                    ++m_summary.neutralisedCells;
                    m_scratch.assign(1, '\'');
                    m_scratch.append(cell.text.data(), std::size_t(cell.text.size()));
                    appendField(QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size())));
                } else {
                    appendField(cell.text);
                }
                break;
            case ExportCell::Type::Integer:
                appendInteger(m_columns[i].kind, cell.integer);
                break;
            case ExportCell::Type::Real: {
                char digits[32];
                const auto end = std::to_chars(digits, digits + sizeof digits, cell.real).ptr;
                m_buffer.append(digits, std::size_t(end - digits));
                break;
            }
            }
        }
        m_buffer += "\r\n";
        ++m_summary.rows;
        return m_buffer.size() > (1u << 16) ? write() : success();
    }

private:
    void appendInteger(ColumnKind kind, std::int64_t value)
    {
        switch (kind) {
        case ColumnKind::Money: {
            if (value < 0)
                m_buffer += '-';
            const std::uint64_t magnitude = value < 0 ? 0 - std::uint64_t(value) : std::uint64_t(value);
            std::uint64_t scale = 1;
            for (int d = 0; d < m_moneyDigits; ++d)
                scale *= 10;
            appendDigits(m_buffer, std::int64_t(magnitude / scale));
            if (m_moneyDigits > 0) {
                m_buffer += '.';
                appendDigits(m_buffer, std::int64_t(magnitude % scale), m_moneyDigits);
            }
            return;
        }
        case ColumnKind::DateTime:
        case ColumnKind::Date:
            appendIsoTime(m_buffer, value, kind == ColumnKind::Date);
            return;
        default:
            appendDigits(m_buffer, value);
        }
    }

    /// RFC 4180: quoted when it holds the delimiter, a quote, CR or LF; inner quotes doubled.
    void appendField(QByteArrayView value)
    {
        bool quote = false;
        for (char c : value) {
            if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_buffer.append(value.data(), std::size_t(value.size()));
            return;
        }
        m_buffer += '"';
        for (char c : value) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }

    Status write()
    {
        if (!m_buffer.empty() && m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            return Error{Text::tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        m_buffer.clear();
        return success();
    }

    Status close() override
    {
        if (const Status written = write(); !written)
            return written;
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            return Error{Text::tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString())};
        return success();
    }

    QFile m_file;
    char m_delimiter;
    int m_moneyDigits;
    std::string m_buffer;
    std::string m_scratch;
};

class XlsxWriter final : public TableWriter
{
public:
    XlsxWriter(const QString &path, const QList<ExportColumn> &columns, const ExportOptions &options)
        : TableWriter(path, columns, options)
    { }

    ~XlsxWriter() override
    {
        if (m_workbook)
            workbook_close(m_workbook); // abandoned: the part file is removed by ~TableWriter
    }

    Status open()
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        const QByteArray file = QFile::encodeName(partPath());
        m_workbook = workbook_new_opt(file.constData(), &options);
        if (!m_workbook)
            return Error{Text::tr("Cannot write %1.").arg(QFileInfo(m_path).fileName())};
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        m_dateTime = workbook_add_format(m_workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_money = workbook_add_format(m_workbook);
        const int digits = currencyDigits(m_options.currency);
        for (int i = 0; i < digits; ++i)
            m_moneyDivisor *= 10;
        const QByteArray moneyFormat
            = (QStringLiteral("#,##0") + (digits > 0 ? u'.' + QString(digits, u'0') : QString())
               + QStringLiteral(" \"%1\"").arg(m_options.currency))
                  .toUtf8();
        format_set_num_format(m_money, moneyFormat.constData());
        return addSheet();
    }

    Status addRow(std::span<const ExportCell> cells) override
    {
        if (m_rowInSheet >= m_options.rowsPerSheet) {
            finishSheet();
            if (const Status added = addSheet(); !added)
                return added;
        }
        const auto row = static_cast<lxw_row_t>(m_rowInSheet + 1);
        for (qsizetype i = 0; i < m_columns.size() && std::size_t(i) < cells.size(); ++i) {
            const ExportCell &cell = cells[std::size_t(i)];
            const auto column = static_cast<lxw_col_t>(i);
            const ColumnKind kind = m_columns[i].kind;
            lxw_error status = LXW_NO_ERROR;
            switch (cell.type) {
            case ExportCell::Type::Null:
                break;
            case ExportCell::Type::Integer:
                status = writeInteger(row, column, kind, cell.integer);
                break;
            case ExportCell::Type::Real:
                status = worksheet_write_number(m_sheet, row, column, cell.real, nullptr);
                break;
            case ExportCell::Type::Text:
                status = writeText(row, column, kind, cell.text);
                break;
            }
            if (status != LXW_NO_ERROR)
                return Error{Text::tr("Cannot write row %1: %2")
                                 .arg(m_summary.rows + 1)
                                 .arg(QString::fromUtf8(lxw_strerror(status)))};
        }
        ++m_rowInSheet;
        ++m_summary.rows;
        return success();
    }

private:
    lxw_error writeInteger(lxw_row_t row, lxw_col_t column, ColumnKind kind, std::int64_t value)
    {
        switch (kind) {
        case ColumnKind::Money:
            return worksheet_write_number(m_sheet, row, column, double(value) / double(m_moneyDivisor), m_money);
        case ColumnKind::DateTime:
        case ColumnKind::Date:
            // Excel counts days from 1899-12-30; 25569 of them reach 1970-01-01.
            return worksheet_write_number(m_sheet, row, column, double(value) / double(DayMs) + 25'569.0,
                                          kind == ColumnKind::Date ? m_date : m_dateTime);
        default:
            return worksheet_write_number(m_sheet, row, column, double(value), nullptr);
        }
    }

    lxw_error writeText(lxw_row_t row, lxw_col_t column, ColumnKind kind, QByteArrayView text)
    {
        // Numbers and dates that arrive as text (custom fields) become numbers and dates.
        if (kind == ColumnKind::Number) {
            double number = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
            if (error == std::errc() && end == text.data() + text.size())
                return worksheet_write_number(m_sheet, row, column, number, nullptr);
        } else if (kind == ColumnKind::Date) {
            if (const double serial = excelSerialOfIsoDate(text); serial >= 0)
                return worksheet_write_number(m_sheet, row, column, serial, m_date);
        }
        m_text.assign(text.data(), std::size_t(text.size()));
        // Excel's limit is in characters; only a long cell is worth counting them.
        if (text.size() > ExcelCellLimit) {
            QString characters = QString::fromUtf8(text);
            if (characters.size() > ExcelCellLimit) {
                characters.truncate(ExcelCellLimit);
                m_text = characters.toUtf8().toStdString();
                ++m_summary.truncatedCells;
            }
        }
        return worksheet_write_string(m_sheet, row, column, m_text.c_str(), nullptr);
    }

    Status addSheet()
    {
        ++m_summary.sheets;
        const QString base = m_options.sheetName.isEmpty() ? Text::tr("Users") : m_options.sheetName;
        const QString name
            = m_summary.sheets == 1 ? base : Text::tr("%1 (%2)").arg(base, QString::number(m_summary.sheets));
        const QByteArray utf8 = name.left(31).toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, utf8.constData());
        if (!m_sheet)
            return Error{Text::tr("Cannot add the sheet \"%1\".").arg(name)};
        m_rowInSheet = 0;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto column = static_cast<lxw_col_t>(i);
            const QByteArray title = m_columns[i].title.toUtf8();
            worksheet_write_string(m_sheet, 0, column, title.constData(), m_bold);
            worksheet_set_column(m_sheet, column, column, widthOf(m_columns[i]), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return success();
    }

    /// The autofilter spans the header and the rows written, known once the sheet is full or done
    /// (libxlsxwriter writes it at close, also in constant-memory mode).
    void finishSheet()
    {
        worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rowInSheet),
                             static_cast<lxw_col_t>(std::max<qsizetype>(0, m_columns.size() - 1)));
    }

    static double widthOf(const ExportColumn &column)
    {
        double width = 22;
        switch (column.kind) {
        case ColumnKind::Number:
            width = 10;
            break;
        case ColumnKind::Money:
            width = 16;
            break;
        case ColumnKind::Date:
            width = 12;
            break;
        case ColumnKind::DateTime:
        case ColumnKind::Phone:
            width = 18;
            break;
        case ColumnKind::Text:
            break;
        }
        return std::max(width, double(column.title.size()) + 4);
    }

    Status close() override
    {
        finishSheet();
        const lxw_error status = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (status != LXW_NO_ERROR)
            return Error{Text::tr("Cannot write %1: %2")
                             .arg(QFileInfo(m_path).fileName(), QString::fromUtf8(lxw_strerror(status)))};
        return success();
    }

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_money = nullptr;
    std::int64_t m_moneyDivisor = 1;
    qint64 m_rowInSheet = 0;
    std::string m_text;
};

} // namespace

TableWriter::TableWriter(const QString &path, const QList<ExportColumn> &columns, const ExportOptions &options)
    : m_path(path)
    , m_columns(columns)
    , m_options(options)
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

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString &path, const QList<ExportColumn> &columns,
                                                         const ExportOptions &options)
{
    if (options.format == ExportFormat::Xlsx && (options.rowsPerSheet < 1 || options.rowsPerSheet > 1'048'575))
        return Error{Text::tr("A sheet holds 1 to 1,048,575 rows.")};
    if (options.format != ExportFormat::Xlsx && options.delimiter != u',' && options.delimiter != u';'
        && options.delimiter != u'\t')
        return Error{Text::tr("The delimiter is a comma, a semicolon or a tab.")};
    const QString leftover = PartFile::removeLeftover(path);
    std::unique_ptr<TableWriter> writer;
    if (options.format == ExportFormat::Xlsx) {
        auto xlsx = std::make_unique<XlsxWriter>(path, columns, options);
        if (const Status opened = xlsx->open(); !opened)
            return opened.failure();
        writer = std::move(xlsx);
    } else {
        auto csv = std::make_unique<CsvWriter>(path, columns, options);
        if (const Status opened = csv->open(); !opened)
            return opened.failure();
        writer = std::move(csv);
    }
    writer->m_summary.leftover = leftover;
    return writer;
}

Status TableWriter::addRow(const QVariantList &cells)
{
    std::vector<QByteArray> texts(static_cast<std::size_t>(cells.size()));
    std::vector<ExportCell> converted(static_cast<std::size_t>(cells.size()));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QVariant &cell = cells[i];
        const auto at = static_cast<std::size_t>(i);
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            converted[at] = ExportCell::ofInteger(cell.toLongLong());
            break;
        case QMetaType::Double:
            converted[at] = ExportCell::ofReal(cell.toDouble());
            break;
        default:
            if (cell.isNull())
                break;
            texts[at] = cell.toString().toUtf8();
            converted[at] = ExportCell::ofText(texts[at]);
        }
    }
    return addRow(std::span<const ExportCell>(converted));
}

Status TableWriter::finish()
{
    // close() is virtual: call it here, from the complete object, never from the destructor.
    if (const Status closed = close(); !closed)
        return closed;
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error{Text::tr("Cannot replace %1.").arg(QFileInfo(m_path).fileName())};
    if (!QFile::rename(partPath(), m_path))
        return Error{Text::tr("Cannot move the export into place at %1.").arg(m_path)};
    m_finished = true;
    return success();
}

} // namespace rollbook
