#include "import/importlimits.h"
#include "import/importtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ImportTable)
};

/// Windows-1252's characters for 0x80-0x9F (the rest is Latin-1); 0 where the code is unused.
constexpr char16_t cp1252High[32]
    = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0)
            text += QChar(cp1252High[byte - 0x80] ? cp1252High[byte - 0x80] : u'\uFFFD');
        else
            text += QChar(char16_t(byte));
    }
    return text;
}

/// Where the bytes stop being UTF-8 (overlong forms, surrogates and values past U+10FFFF
/// included), or -1 when they all are.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t value = 0;
        if ((b & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            value = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            value = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            value = b & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (data[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (data[i + k] & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

/// The delimiter that splits the first line into the most fields, outside quotes.
QChar guessDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

/// RFC 4180, fed the text piece by piece as it is decoded, building the table as it goes.
class CsvParser
{
public:
    explicit CsvParser(ImportTable &table)
        : m_table(table)
    { }

    Status feed(QStringView text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = text[i];
            if (m_pendingQuote) {
                // The piece ended on a quote inside a quoted field: "" or the closing quote.
                m_pendingQuote = false;
                if (c == u'"') {
                    append(c);
                    continue;
                }
                m_quoted = false;
            }
            if (m_pendingReturn) {
                m_pendingReturn = false;
                if (c == u'\n')
                    continue;
            }
            if (m_quoted) {
                if (c == u'"') {
                    if (i + 1 == n) {
                        m_pendingQuote = true;
                    } else if (text[i + 1] == u'"') {
                        append(c);
                        ++i;
                    } else {
                        m_quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && (i + 1 == n || text[i + 1] != u'\n')))
                        ++m_line;
                    append(c);
                }
                continue;
            }
            if (c == u'"' && !m_fieldStarted) {
                m_quoted = true;
                m_fieldStarted = true;
                m_quoteLine = m_line;
            } else if (c == m_table.delimiter) {
                if (const Status ended = endField(); !ended)
                    return ended;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r')
                    m_pendingReturn = true;
                if (const Status ended = endRecord(); !ended)
                    return ended;
                ++m_line;
                m_recordLine = m_line;
            } else {
                append(c);
                m_fieldStarted = true;
            }
        }
        return success();
    }

    Status finish()
    {
        if (m_quoted && !m_pendingQuote)
            return Error{
                Text::tr("Line %1 opens a quoted field that never closes; the file looks cut short.").arg(m_quoteLine)};
        m_pendingQuote = false;
        m_quoted = false;
        if (m_fieldStarted || m_fields > 0)
            return endRecord();
        return success();
    }

private:
    void append(QChar c)
    {
        if (m_field.size() < ImportLimits::CellCharacters)
            m_field += c;
        else
            m_overlong = true;
    }

    Status endField()
    {
        if (!m_inHeader && !m_rowOpen) {
            if (m_table.rows.size() >= ImportLimits::Rows)
                return Error{Text::tr("Line %1: the file has more than %2 lines under its header, the most Rollbook "
                                      "reads from one file.")
                                 .arg(m_recordLine)
                                 .arg(ImportLimits::shown(ImportLimits::Rows))};
            m_table.rows.startRow(m_recordLine);
            m_rowOpen = true;
        }
        const qsizetype column = m_fields++;
        if (column >= ImportLimits::Columns)
            return Error{Text::tr("Line %1 has more than %2 fields, the most a spreadsheet has.")
                             .arg(m_recordLine)
                             .arg(ImportLimits::shown(ImportLimits::Columns))};
        if (m_inHeader) {
            m_header.append(m_overlong ? QString() : m_field);
        } else if (m_overlong) {
            m_table.addProblem(column,
                               Text::tr("A value in column %1 has more than %2 characters; nothing was cut.")
                                   .arg(column + 1)
                                   .arg(ImportLimits::shown(ImportLimits::CellCharacters)));
        } else if (!m_field.isEmpty()) {
            if (column >= m_table.header.size()) {
                m_table.addProblem(
                    column,
                    Text::tr("Column %1 holds \"%2\", but the header has no title for it (the header has "
                             "%3 columns).")
                        .arg(column + 1)
                        .arg(m_field.left(40))
                        .arg(m_table.header.size()));
            } else {
                if (m_cells >= ImportLimits::Cells)
                    return Error{
                        Text::tr("Line %1: the file has more than %2 values, the most Rollbook reads from one file.")
                            .arg(m_recordLine)
                            .arg(ImportLimits::shown(ImportLimits::Cells))};
                ++m_cells;
                m_table.rows.addText(column, m_field);
            }
        }
        m_field.truncate(0); // keeps the buffer for the next field
        m_fieldStarted = false;
        m_overlong = false;
        return success();
    }

    Status endRecord()
    {
        // A blank line is not a record.
        if (m_fields == 0 && !m_fieldStarted)
            return success();
        const Status ended = endField();
        if (!ended)
            return ended;
        if (m_inHeader) {
            m_table.header = std::move(m_header);
            m_inHeader = false;
        }
        m_rowOpen = false;
        m_fields = 0;
        return success();
    }

private:
    ImportTable &m_table;
    QStringList m_header;
    QString m_field;
    bool m_inHeader = true;
    bool m_rowOpen = false;
    bool m_quoted = false;
    bool m_pendingQuote = false;
    bool m_pendingReturn = false;
    bool m_fieldStarted = false;
    bool m_overlong = false;
    qsizetype m_fields = 0;
    qint64 m_cells = 0;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
};

} // namespace

Result<ImportTable> parseCsv(const QByteArray &bytes)
{
    if (bytes.size() > ImportLimits::CsvBytes)
        return Error{Text::tr("The file has %1 MB; Rollbook reads CSV files of up to %2 MB (split it, or use XLSX).")
                         .arg(ImportLimits::shown(bytes.size() >> 20))
                         .arg(ImportLimits::shown(ImportLimits::CsvBytes >> 20))};
    ImportTable table;
    QByteArrayView body(bytes);
    std::optional<QStringDecoder> decoder;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
        table.encoding = QStringLiteral("UTF-8");
    } else if (body.startsWith("\xFF\xFE")) {
        body = body.sliced(2);
        decoder.emplace(QStringDecoder::Utf16LE);
        table.encoding = QStringLiteral("UTF-16LE");
    } else if (body.startsWith("\xFE\xFF")) {
        body = body.sliced(2);
        decoder.emplace(QStringDecoder::Utf16BE);
        table.encoding = QStringLiteral("UTF-16BE");
    } else if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        table.encoding = QStringLiteral("Windows-1252");
        const qsizetype line = body.first(bad).count('\n') + 1;
        table.warnings.append(
            Text::tr("The file is not UTF-8 (line %1 is the first that is not): it was read as "
                     "Windows-1252. Check accented letters in the preview, or save the file as UTF-8.")
                .arg(line));
    } else {
        table.encoding = QStringLiteral("UTF-8");
    }
    if (!decoder && table.encoding == u"UTF-8")
        decoder.emplace(QStringDecoder::Utf8);
    const auto decode
        = [&decoder](QByteArrayView piece) { return decoder ? QString((*decoder)(piece)) : fromWindows1252(piece); };

    constexpr qsizetype Piece = 1 << 20;
    CsvParser parser(table);
    for (qsizetype at = 0; at < body.size(); at += Piece) {
        const QString text = decode(body.sliced(at, std::min(Piece, body.size() - at)));
        if (at == 0)
            table.delimiter = guessDelimiter(text);
        if (const Status fed = parser.feed(text); !fed)
            return fed.failure();
    }
    if (decoder && decoder->hasError())
        return Error{Text::tr("The file says it is %1 but is not: it is damaged.").arg(table.encoding)};
    if (table.delimiter.isNull())
        table.delimiter = u',';
    if (const Status finished = parser.finish(); !finished)
        return finished.failure();
    if (table.header.isEmpty())
        return Error{Text::tr("The file is empty: it needs a header line and a line per user.")};
    for (QString &title : table.header)
        title = title.trimmed();
    return table;
}

Result<ImportTable> readCsv(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(name, file.errorString())};
    if (file.size() > ImportLimits::CsvBytes)
        return Error{Text::tr("%1 has %2 MB; Rollbook reads CSV files of up to %3 MB (split it, or use XLSX).")
                         .arg(name)
                         .arg(ImportLimits::shown(file.size() >> 20))
                         .arg(ImportLimits::shown(ImportLimits::CsvBytes >> 20))};
    return parseCsv(file.read(ImportLimits::CsvBytes + 1));
}

Result<ImportTable> readTable(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? readXlsx(path) : readCsv(path);
}

} // namespace rollbook
