#include "import/importtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace rollbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportTable", text);
}

struct CloseZip
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};

/// One file of the archive, or an empty optional when it is not there.
std::optional<QByteArray> entry(zip_t *zip, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    if (zip_stat(zip, utf8.constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return std::nullopt;
    zip_file_t *file = zip_fopen(zip, utf8.constData(), 0);
    if (!file)
        return std::nullopt;
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return std::nullopt;
    return bytes;
}

/// The first sheet's part name, through workbook.xml and its relationships.
std::optional<QString> firstSheetPath(zip_t *zip)
{
    const auto workbook = entry(zip, QStringLiteral("xl/workbook.xml"));
    const auto rels = entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return std::nullopt;
    QString id;
    for (QXmlStreamReader xml(*workbook); !xml.atEnd() && id.isEmpty();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
        }
    }
    for (QXmlStreamReader xml(*rels); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
            && xml.attributes().value(QStringLiteral("Id")) == id) {
            const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return std::nullopt;
}

/// The text of every <si>, runs joined (phonetic guides left out).
QStringList sharedStrings(zip_t *zip)
{
    QStringList strings;
    const auto bytes = entry(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (!bytes)
        return strings;
    QString current;
    bool inPhonetic = false;
    for (QXmlStreamReader xml(*bytes); !xml.atEnd();) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                inPhonetic = true;
            else if (xml.name() == u"t" && !inPhonetic)
                current += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"si")
                strings.append(current);
            else if (xml.name() == u"rPh")
                inPhonetic = false;
        }
    }
    return strings;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    // Letters of a date or time, outside quoted text and [colour] or [$-locale] brackets.
    bool quoted = false;
    int bracket = 0;
    for (QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            ++bracket;
        else if (!quoted && c == u']')
            bracket = std::max(0, bracket - 1);
        else if (!quoted && bracket == 0 && QStringView(u"dmyhsDMYHS").contains(c))
            return true;
    }
    return false;
}

/// For each cell style (xf) index: does it show a date?
QList<bool> dateStyles(zip_t *zip)
{
    QList<bool> styles;
    const auto bytes = entry(zip, QStringLiteral("xl/styles.xml"));
    if (!bytes)
        return styles;
    QHash<int, QString> formats;
    bool inCellXfs = false;
    for (QXmlStreamReader xml(*bytes); !xml.atEnd();) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                               xml.attributes().value(QStringLiteral("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                styles.append(isDateFormat(id, formats.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

/// "C7" -> 2.
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

QString numberText(const QString &value, bool date)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (date) {
        // Excel's day 25569 is 1970-01-01.
        const auto ms = static_cast<qint64>(std::llround((number - 25'569.0) * 86'400'000.0));
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return std::floor(number) == number ? when.date().toString(Qt::ISODate)
                                            : when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    return value;
}

} // namespace

Result<ImportTable> readXlsx(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    int error = 0;
    const QByteArray file = QFile::encodeName(path);
    std::unique_ptr<zip_t, CloseZip> zip(zip_open(file.constData(), ZIP_RDONLY, &error));
    if (!zip)
        return Error{tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(name)};
    const auto sheetPath = firstSheetPath(zip.get());
    if (!sheetPath)
        return Error{tr("%1 has no worksheet Rollbook can read.").arg(name)};
    const auto sheet = entry(zip.get(), *sheetPath);
    if (!sheet)
        return Error{tr("%1 is damaged: its first sheet cannot be read.").arg(name)};
    const QStringList shared = sharedStrings(zip.get());
    const QList<bool> dates = dateStyles(zip.get());

    QList<QStringList> rows;
    QStringList row;
    QXmlStreamReader xml(*sheet);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            rows.append(row);
            row.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != u"c")
            continue;
        const auto attributes = xml.attributes();
        const int column = columnOf(attributes.value(QStringLiteral("r")));
        const QString type = attributes.value(QStringLiteral("t")).toString();
        const int style = attributes.value(QStringLiteral("s")).toInt();
        QString value;
        // The cell's children: <v> or <is><t>, maybe <f> (a formula: its cached <v> is the value).
        while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"c") && !xml.atEnd()) {
            if (xml.tokenType() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"t")
                value += xml.readElementText();
        }
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            value = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
        } else if (type == u"b") {
            value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == u"n") {
            value = numberText(value, style >= 0 && style < dates.size() && dates[style]);
        }
        const int at = column >= 0 ? column : int(row.size());
        while (row.size() <= at)
            row.append(QString());
        row[at] = value;
    }
    if (xml.hasError())
        return Error{tr("%1 is damaged: %2").arg(name, xml.errorString())};
    if (rows.isEmpty())
        return Error{tr("%1 is empty: it needs a header row and a row per user.").arg(name)};
    ImportTable table;
    table.header = rows.takeFirst();
    for (QString &title : table.header)
        title = title.trimmed();
    table.rows = std::move(rows);
    table.encoding = QStringLiteral("XLSX");
    return table;
}

} // namespace rollbook
