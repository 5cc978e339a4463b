#pragma once

#include "import/importtable.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace rollbook::Xlsx {

/// The parts of a workbook, each read from an XML stream (the archive hands them over as they
/// inflate). Exposed for the fuzz targets; readXlsx is what the rest of Rollbook uses.

/// The text of every <si>, runs joined (phonetic guides left out). A string longer than a cell may
/// be is kept empty and its index noted in damaged; the cells that use it are problems.
struct SharedStrings
{
    QStringList text;
    QSet<qsizetype> damaged;
};
Result<SharedStrings> readSharedStrings(QXmlStreamReader &xml);

/// For each cell style (xf) index: does it show a date?
Result<QList<bool>> readDateStyles(QXmlStreamReader &xml);

/// The rows of a worksheet: the first becomes the header, the rest rows; a cell past XFD, a row
/// past Excel's last, or more cells than the limit stop the read with an Error naming the line.
Status readSheet(QXmlStreamReader &xml, const SharedStrings &shared, const QList<bool> &dateStyles, ImportTable &table);

/// The next token, refusing what an XLSX part never holds: a DTD (the door to entity bombs) and
/// entity references past the five XML predefines (the reader then has an error).
QXmlStreamReader::TokenType nextToken(QXmlStreamReader &xml);

/// An Error for XML an XLSX never holds (a DTD, an entity reference) or that does not parse.
Error xmlError(const QXmlStreamReader &xml, const QString &part);

} // namespace rollbook::Xlsx
