#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace rollbook {

/// Digits after the decimal point for an ISO 4217 code (JPY 0, KWD 3, most 2).
int currencyDigits(QStringView currency);

/// Formats integer minor units for people, in the locale, without floating point:
/// 123456 USD in en_US gives "$1,234.56".
QString formatMoney(std::int64_t minorUnits, const QString &currency, const QLocale &locale = QLocale());

/// Reads an amount typed by a person ("12.50", "12,50" in a comma locale, "-3", "1,234.5") as
/// integer minor units, without floating point. An Error says what is wrong.
Result<std::int64_t> parseMoney(const QString &typed, const QString &currency, const QLocale &locale = QLocale());

/// The same amount as plain text for machines: "1234.56".
QString plainMoney(std::int64_t minorUnits, const QString &currency);

} // namespace rollbook
