#include "money.h"

#include <cstdlib>

namespace rollbook {

int currencyDigits(QStringView currency)
{
    static const QStringView zero[] = {u"JPY", u"KRW", u"VND", u"CLP", u"ISK", u"XOF", u"XAF", u"UGX"};
    static const QStringView three[] = {u"KWD", u"BHD", u"OMR", u"JOD", u"TND", u"LYD", u"IQD"};
    for (QStringView code : zero) {
        if (code == currency)
            return 0;
    }
    for (QStringView code : three) {
        if (code == currency)
            return 3;
    }
    return 2;
}

namespace {

struct Split
{
    bool negative;
    std::uint64_t major;
    std::uint64_t minor;
    int digits;
};

Split split(std::int64_t minorUnits, QStringView currency)
{
    const int digits = currencyDigits(currency);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    const std::uint64_t magnitude
        = negative ? 0 - static_cast<std::uint64_t>(minorUnits) : static_cast<std::uint64_t>(minorUnits);
    return {negative, magnitude / scale, magnitude % scale, digits};
}

} // namespace

QString formatMoney(std::int64_t minorUnits, const QString &currency, const QLocale &locale)
{
    const Split s = split(minorUnits, currency);
    QString number = locale.toString(static_cast<qulonglong>(s.major));
    if (s.digits > 0)
        number += locale.decimalPoint() + QString::number(s.minor).rightJustified(s.digits, u'0');
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != currency)
        symbol = currency + u' ';
    // The locale's own currency pattern is not exposed; symbol-first reads correctly in most.
    const QString text = symbol + number;
    return s.negative ? locale.negativeSign() + text : text;
}

QString plainMoney(std::int64_t minorUnits, const QString &currency)
{
    const Split s = split(minorUnits, currency);
    QString text = QString::number(s.major);
    if (s.digits > 0)
        text += u'.' + QString::number(s.minor).rightJustified(s.digits, u'0');
    return s.negative ? u'-' + text : text;
}

} // namespace rollbook
