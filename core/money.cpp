#include "money.h"

#include <QCoreApplication>

#include <algorithm>
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

Result<std::int64_t> parseMoney(const QString &typed, const QString &currency, const QLocale &locale)
{
    const auto invalid
        = [&] { return Error{QCoreApplication::translate("Money", "\"%1\" is not an amount.").arg(typed.trimmed())}; };
    QString text = typed.trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    const bool negative = text.startsWith(u'-');
    if (negative || text.startsWith(u'+'))
        text.remove(0, 1);
    if (text.isEmpty())
        return invalid();
    const QString point = locale.decimalPoint();
    qsizetype split = text.indexOf(point);
    if (split < 0)
        split = text.indexOf(u'.');
    const QString whole = split < 0 ? text : text.left(split);
    const QString fraction = split < 0 ? QString() : text.mid(split + 1);
    const int digits = currencyDigits(currency);
    if (fraction.size() > digits)
        return Error{QCoreApplication::translate("Money", "%1 has at most %2 decimals.").arg(currency).arg(digits)};
    const auto allDigits = [](const QString &part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction) || whole.size() > 15)
        return invalid();
    std::int64_t minor = 0;
    for (QChar c : whole)
        minor = minor * 10 + (c.unicode() - u'0');
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);
    return negative ? -minor : minor;
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
