#pragma once

#include <QLocale>
#include <QString>

namespace rollbook::ImportLimits {

/// What a file may make the readers hold. Past one of these a read stops with an Error that names
/// the limit (and the line where it was reached), never with an allocation the file chose.

/// A CSV file, in bytes.
constexpr qint64 CsvBytes = qint64(256) << 20;
/// A part of an XLSX archive (a sheet, the shared strings...) as inflated, in bytes.
constexpr qint64 PartBytes = qint64(256) << 20;
/// How much more a part may inflate than it is stored, once it is past RatioFloor bytes: real
/// sheets stay under 30 to 1, a zip bomb goes far past 100 to 1.
constexpr qint64 PartRatio = 100;
constexpr qint64 RatioFloor = qint64(16) << 20;
/// Excel's own limits: columns A to XFD, rows per sheet, characters in a cell.
constexpr int Columns = 16'384;
constexpr int Rows = 1'048'576;
constexpr int CellCharacters = 32'767;
/// Cell styles and number formats in styles.xml (Excel allows about 64,000 styles, 250 formats).
constexpr int Styles = 65'536;
/// Cells with a value in the whole file (each costs 12 bytes besides its text).
constexpr qint64 Cells = 24'000'000;
/// Damaged cells noted before the file as a whole is called damaged.
constexpr int Problems = 100'000;

/// A limit (or a count past it) as the messages show it: in the user's locale ("16,384").
inline QString shown(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace rollbook::ImportLimits
