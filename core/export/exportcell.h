#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace rollbook {

/// One cell on its way to a file, without a QString or a QVariant: text is UTF-8 bytes owned by
/// the caller until addRow returns. The column's kind says what an integer means (minor units of
/// money, Unix milliseconds, a count).
struct ExportCell
{
    enum class Type : std::uint8_t { Null, Text, Integer, Real };
    Type type = Type::Null;
    QByteArrayView text;
    std::int64_t integer = 0;
    double real = 0;

    static ExportCell ofText(QByteArrayView utf8) { return {Type::Text, utf8, 0, 0}; }
    static ExportCell ofInteger(std::int64_t value) { return {Type::Integer, {}, value, 0}; }
    static ExportCell ofReal(double value) { return {Type::Real, {}, 0, value}; }
};

} // namespace rollbook
