#include "import/xlsxparts.h"

#include "import/importlimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <cmath>

namespace rollbook::Xlsx {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ImportTable)
};

/// The text of the element just opened, up to its end; overlong when past a cell's limit (the
/// text is then cut, and the caller refuses it).
QString elementText(QXmlStreamReader &xml, bool &overlong)
{
    QString text;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Characters) {
            const QStringView piece = xml.text();
            const qsizetype room = ImportLimits::CellCharacters - text.size();
            if (piece.size() > room)
                overlong = true;
            text += piece.first(std::min(room, piece.size()));
        }
    }
    return text;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
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

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return name;
}

/// "C7" -> 2; -1 without letters; -2 past XFD (the letters are not read past four).
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        if (++letters > 3)
            return -2;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    if (letters == 0)
        return -1;
    return column > ImportLimits::Columns ? -2 : column - 1;
}

/// A number cell as text, or an empty optional when it is not a number.
std::optional<QString> numberText(const QString &value, bool date)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    if (date && number >= 0 && number < 2'958'466) { // up to 9999-12-31
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

QXmlStreamReader::TokenType nextToken(QXmlStreamReader &xml)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD)
        xml.raiseError(Text::tr("it declares a document type (DTD), which Excel never writes"));
    else if (token == QXmlStreamReader::EntityReference)
        xml.raiseError(Text::tr("it refers to an entity \"%1\" that XML does not define").arg(xml.name()));
    return xml.tokenType();
}

Error xmlError(const QXmlStreamReader &xml, const QString &part)
{
    return Error{
        Text::tr("%1 is damaged at line %2: %3").arg(part, QString::number(xml.lineNumber()), xml.errorString())};
}

Result<SharedStrings> readSharedStrings(QXmlStreamReader &xml)
{
    SharedStrings strings;
    QString current;
    bool overlong = false;
    bool inPhonetic = false;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                current.clear();
                overlong = false;
            } else if (xml.name() == u"rPh") {
                inPhonetic = true;
            } else if (xml.name() == u"t" && !inPhonetic) {
                current += elementText(xml, overlong);
                if (current.size() > ImportLimits::CellCharacters) {
                    overlong = true;
                    current.truncate(ImportLimits::CellCharacters);
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"si") {
                if (overlong)
                    strings.damaged.insert(strings.text.size());
                strings.text.append(overlong ? QString() : current);
            } else if (xml.name() == u"rPh") {
                inPhonetic = false;
            }
        }
    }
    if (xml.hasError())
        return xmlError(xml, QStringLiteral("sharedStrings.xml"));
    return strings;
}

Result<QList<bool>> readDateStyles(QXmlStreamReader &xml)
{
    QList<bool> styles;
    QHash<int, QString> formats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                               xml.attributes().value(QStringLiteral("formatCode")).left(256).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                styles.append(isDateFormat(id, formats.value(id)));
            }
            if (formats.size() > ImportLimits::Styles || styles.size() > ImportLimits::Styles)
                xml.raiseError(Text::tr("it has more than %1 cell styles or number formats, more than Excel makes")
                                   .arg(ImportLimits::shown(ImportLimits::Styles)));
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(xml, QStringLiteral("styles.xml"));
    return styles;
}

Status readSheet(QXmlStreamReader &xml, const SharedStrings &shared, const QList<bool> &dateStyles, ImportTable &table)
{
    ImportRows &rows = table.rows;
    rows.setSharedStrings(shared.text);
    bool inHeader = true;
    bool headerSeen = false;
    bool inRow = false;
    int line = 0;
    qsizetype cursor = -1;
    qsizetype problemsAtRowStart = 0;
    qint64 cells = 0;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            if (inRow)
                return Error{Text::tr("Line %1: a row opens inside another: the sheet is damaged.").arg(line)};
            inRow = true;
            bool ok = false;
            const qint64 r = xml.attributes().value(QStringLiteral("r")).toLongLong(&ok);
            line = ok && r > line ? int(std::min<qint64>(r, ImportLimits::Rows + 1)) : line + 1;
            if (line > ImportLimits::Rows)
                return Error{Text::tr("Line %1: the sheet goes past row %2, the last one Excel has.")
                                 .arg(r > 0 ? r : qint64(line))
                                 .arg(ImportLimits::shown(ImportLimits::Rows))};
            cursor = -1;
            if (!inHeader) {
                rows.startRow(line);
                problemsAtRowStart = table.problems.size();
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row" && inRow) {
            inRow = false;
            if (inHeader && headerSeen) {
                inHeader = false;
                for (QString &title : table.header)
                    title = title.trimmed();
            } else if (!inHeader && rows.lastColumn() < 0 && table.problems.size() == problemsAtRowStart) {
                rows.dropLastRow(); // a row without a value is not a user
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != u"c")
            continue;
        if (!inRow)
            return Error{Text::tr("After line %1: a cell outside any row: the sheet is damaged.").arg(line)};
        const auto attributes = xml.attributes();
        const QStringView reference = attributes.value(QStringLiteral("r"));
        qsizetype column = columnOf(reference);
        if (column == -1)
            column = cursor + 1;
        if (column < 0 || column >= ImportLimits::Columns)
            return Error{
                Text::tr("Line %1: cell %2 is past column XFD (%3), the last one Excel has.")
                    .arg(line)
                    .arg(reference.isEmpty() ? Text::tr("number %1").arg(column + 1) : reference.left(20).toString())
                    .arg(ImportLimits::shown(ImportLimits::Columns))};
        const QString type = attributes.value(QStringLiteral("t")).toString();
        const int style = attributes.value(QStringLiteral("s")).toInt();
        QString value;
        bool overlong = false;
        // The cell's children: <v> or <is><t>, maybe <f> (a formula: its cached <v> is the value).
        // Elements nested deeper (a cell inside a cell) are walked over, not taken for the sheet's.
        for (int depth = 1; !xml.atEnd();) {
            const auto child = nextToken(xml);
            if (child == QXmlStreamReader::EndElement && --depth == 0)
                break;
            if (child != QXmlStreamReader::StartElement)
                continue;
            // <v>, <t> and <f> are read to their end; any other element is walked into.
            if (xml.name() == u"v") {
                value = elementText(xml, overlong);
            } else if (xml.name() == u"t") {
                value += elementText(xml, overlong);
            } else if (xml.name() == u"f") {
                bool formulaOverlong = false;
                elementText(xml, formulaOverlong);
            } else {
                ++depth;
            }
            if (value.size() > ImportLimits::CellCharacters) {
                overlong = true;
                value.truncate(ImportLimits::CellCharacters);
            }
        }
        if (xml.hasError())
            break;
        const QString where = columnName(column) + QString::number(line);
        if (column <= cursor) {
            if (!inHeader)
                table.addProblem(column,
                                 Text::tr("Cell %1 comes twice, or out of order: the file is damaged.").arg(where));
            continue;
        }
        cursor = column;
        if (overlong) {
            if (!inHeader)
                table.addProblem(column,
                                 Text::tr("Cell %1 has more than %2 characters; nothing was cut.")
                                     .arg(where, ImportLimits::shown(ImportLimits::CellCharacters)));
            continue;
        }
        std::optional<qsizetype> sharedIndex;
        QString why;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= shared.text.size())
                why = Text::tr("Cell %1 refers to text number %2, which the file does not hold: the file is damaged.")
                          .arg(where, value.left(20));
            else if (shared.damaged.contains(index))
                why = Text::tr("Cell %1 has more than %2 characters; nothing was cut.")
                          .arg(where, ImportLimits::shown(ImportLimits::CellCharacters));
            else
                sharedIndex = index;
        } else if (type == u"b") {
            if (value == u"1" || value == u"0")
                value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else
                why = Text::tr("Cell %1 should be TRUE or FALSE but holds \"%2\".").arg(where, value.left(40));
        } else if (type == u"e") {
            why = Text::tr("Cell %1 holds the Excel error %2.").arg(where, value.left(20));
        } else if (type.isEmpty() || type == u"n") {
            if (!value.isEmpty()) {
                const auto text = numberText(value, style >= 0 && style < dateStyles.size() && dateStyles[style]);
                if (text)
                    value = *text;
                else
                    why = Text::tr("Cell %1 should hold a number but holds \"%2\".").arg(where, value.left(40));
            }
        } else if (type != u"inlineStr" && type != u"str" && type != u"d") {
            why = Text::tr("Cell %1 has a type Rollbook does not know (\"%2\").").arg(where, type.left(20));
        }
        if (inHeader) {
            while (table.header.size() < column)
                table.header.append(QString());
            table.header.append(sharedIndex ? shared.text[*sharedIndex] : why.isEmpty() ? value : QString());
            headerSeen = true;
            continue;
        }
        if (!why.isEmpty()) {
            table.addProblem(column, why);
            continue;
        }
        if (!sharedIndex && value.isEmpty())
            continue;
        if (column >= table.header.size()) {
            table.addProblem(column,
                             Text::tr("Cell %1 holds \"%2\", but the header has no title for its column.")
                                 .arg(where, (sharedIndex ? shared.text[*sharedIndex] : value).left(40)));
            continue;
        }
        if (++cells > ImportLimits::Cells)
            return Error{Text::tr("Line %1: the sheet has more than %2 values, the most Rollbook reads from one file.")
                             .arg(line)
                             .arg(ImportLimits::shown(ImportLimits::Cells))};
        if (sharedIndex)
            rows.addShared(column, *sharedIndex);
        else
            rows.addText(column, value);
    }
    if (xml.hasError())
        return xmlError(xml, Text::tr("the sheet"));
    return success();
}

} // namespace rollbook::Xlsx
