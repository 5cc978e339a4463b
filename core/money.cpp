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

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Money)
};

/// The whole part in groups of three with the locale's separator. Locales whose four-digit
/// numbers stand ungrouped (Spanish, Polish...) group from five digits on, as the locale does.
QString groupDigits(const QString &digits, const QLocale &locale)
{
    if (locale.numberOptions() & QLocale::OmitGroupSeparator)
        return digits;
    const bool groupsFour = locale.toString(1000).size() > 4;
    if (digits.size() < 4 || (digits.size() == 4 && !groupsFour))
        return digits;
    const QString separator = locale.groupSeparator();
    QString text;
    const qsizetype head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    text += QStringView(digits).left(head);
    for (qsizetype i = head; i < digits.size(); i += 3)
        text += separator + QStringView(digits).mid(i, 3);
    return text;
}

/// Where the locale puts the currency: "¤7" or "7 ¤", from Qt's own currency format for a whole
/// number (no floating point). A minus sign goes in front: a balance reads "-$0.05", not the
/// accounting "($0.05)".
QString currencyPattern(const QLocale &locale, bool negative)
{
    const QString pattern = locale.toCurrencyString(qlonglong(7), QStringLiteral("\u00A4"));
    return negative ? locale.negativeSign() + pattern : pattern;
}

/// "1,250" -> {"1250", true}: digits of a whole part grouped as the locale groups (1-3, then 3s).
bool ungroup(QStringView whole, QStringView separator, QString *digits)
{
    digits->clear();
    if (separator.isEmpty() || !whole.contains(separator)) {
        *digits = whole.toString();
        return true;
    }
    const QList<QStringView> groups = whole.split(separator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups[i].size();
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return false;
        *digits += groups[i];
    }
    return true;
}

} // namespace

QString formatMoney(std::int64_t minorUnits, const QString &currency, const QLocale &locale)
{
    const Split s = split(minorUnits, currency);
    QString number = groupDigits(QString::number(s.major), locale);
    if (s.digits > 0)
        number += locale.decimalPoint() + QString::number(s.minor).rightJustified(s.digits, u'0');
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    QString pattern = currencyPattern(locale, s.negative);
    const qsizetype sign = pattern.indexOf(u'\u00A4');
    const qsizetype seven = pattern.indexOf(u'7');
    // A code written against the digits ("USD12.50") reads badly: a space keeps them apart.
    if (!own && sign >= 0 && seven >= 0 && std::abs(sign - seven) == 1)
        pattern.insert(std::max(sign, seven), u' ');
    pattern.replace(u'7', QStringLiteral("\u0001"));
    pattern.replace(u'\u00A4', symbol);
    pattern.replace(u'\u0001', number);
    return pattern;
}

Result<std::int64_t> parseMoney(const QString &typed, const QString &currency, const QLocale &locale)
{
    const QString shown = typed.trimmed();
    const auto invalid = [&] { return Error{Text::tr("\"%1\" is not an amount.").arg(shown)}; };
    QString text = shown;
    // The currency may be typed with the amount: "$12.50", "12,50 €", "USD 12.50".
    for (const QString &symbol :
         {currency, locale.currencySymbol(QLocale::CurrencySymbol), locale.currencySymbol(QLocale::CurrencyIsoCode)}) {
        if (symbol.isEmpty())
            continue;
        if (text.startsWith(symbol, Qt::CaseInsensitive))
            text.remove(0, symbol.size());
        else if (text.endsWith(symbol, Qt::CaseInsensitive))
            text.chop(symbol.size());
    }
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'\u2212') || text.startsWith(locale.negativeSign())) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(u'+')) {
        text.remove(0, 1);
    }
    text = text.trimmed();
    if (text.isEmpty())
        return invalid();

    // Spaces of any width group digits in French, Swedish, Czech...; one kind stands for all.
    QString group = locale.groupSeparator();
    if (group.size() == 1 && isSpace(group[0]))
        group = QStringLiteral(" ");
    for (QChar &c : text) {
        if (isSpace(c))
            c = u' ';
    }
    const QString point = locale.decimalPoint();
    for (QChar c : std::as_const(text)) {
        const bool known = (c >= u'0' && c <= u'9') || point.contains(c) || group.contains(c);
        if (!known && (c == u'.' || c == u','))
            return Error{Text::tr("\"%1\": this language marks decimals with \"%2\" and does not use \"%3\".")
                             .arg(shown, point, QString(c))};
        if (!known)
            return invalid();
    }
    if (text.count(point) > 1)
        return invalid();
    const qsizetype at = text.indexOf(point);
    const QString whole = at < 0 ? text : text.left(at);
    const QString fraction = at < 0 ? QString() : text.mid(at + point.size());
    if (!group.isEmpty() && fraction.contains(group))
        return invalid();
    QString digits;
    if (!ungroup(whole, group, &digits)) {
        // "12,50" where "," groups thousands: the person most likely meant a decimal; never guess.
        const qsizetype last = whole.lastIndexOf(group);
        const QString separatorName = group.trimmed().isEmpty() ? Text::tr("a space") : group;
        if (at >= 0)
            return Error{
                Text::tr("\"%1\": \"%2\" separates thousands, in groups of three digits.").arg(shown, separatorName)};
        const QString meant = whole.left(last).remove(group) + point + whole.mid(last + group.size());
        return Error{Text::tr("\"%1\" is ambiguous: here \"%2\" separates thousands and \"%3\" marks decimals. "
                              "Type %4 if you meant that.")
                         .arg(shown, separatorName, point, meant)};
    }
    const int places = currencyDigits(currency);
    if (fraction.size() > places)
        return Error{Text::tr("%1 has at most %2 decimals.").arg(currency).arg(places)};
    if ((digits.isEmpty() && fraction.isEmpty()) || digits.size() > 15)
        return invalid();
    std::int64_t minor = 0;
    for (QChar c : std::as_const(digits))
        minor = minor * 10 + (c.unicode() - u'0');
    for (int i = 0; i < places; ++i)
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
