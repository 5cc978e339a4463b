#include "import/importtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace rollbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportTable", text);
}

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

/// The text and the name of the encoding it was read as.
std::pair<QString, QString> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return {decoder(bytes.mid(2)), QStringLiteral("UTF-16LE")};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        return {decoder(bytes.mid(2)), QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    return {fromWindows1252(bytes), QStringLiteral("Windows-1252")};
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

} // namespace

Result<ImportTable> parseCsv(const QByteArray &bytes)
{
    ImportTable table;
    const auto [text, encoding] = decode(bytes);
    table.encoding = encoding;
    table.delimiter = guessDelimiter(text);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++line;
            record.append(field);
            field.clear();
            fieldStarted = false;
            // A blank line is not a record.
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{tr("Line %1 opens a quoted field that never closes; the file looks cut short.").arg(quoteLine)};
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    if (records.isEmpty())
        return Error{tr("The file is empty: it needs a header line and a line per user.")};
    table.header = records.takeFirst();
    for (QString &title : table.header)
        title = title.trimmed();
    table.rows = std::move(records);
    return table;
}

Result<ImportTable> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return parseCsv(file.readAll());
}

Result<ImportTable> readTable(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? readXlsx(path) : readCsv(path);
}

} // namespace rollbook
