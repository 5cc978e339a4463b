#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace rollbook {

/// Digits after the decimal point for an ISO 4217 code (JPY 0, KWD 3, most 2).
int currencyDigits(QStringView currency);

/// Formats integer minor units for people, in the locale, without floating point:
/// 123456 USD in en_US gives "$1,234.56".
QString formatMoney(std::int64_t minorUnits, const QString &currency, const QLocale &locale = QLocale());

/// The same amount as plain text for machines: "1234.56".
QString plainMoney(std::int64_t minorUnits, const QString &currency);

} // namespace rollbook
