#include "textfold.h"

namespace rollbook {

namespace {

// Letters that Unicode does not decompose into a base letter plus a mark.
QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'đ':
        return u"d";
    case u'ð':
        return u"d";
    case u'ł':
        return u"l";
    case u'ø':
        return u"o";
    case u'ı':
        return u"i";
    case u'ß':
        return u"ss";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'þ':
        return u"th";
    case u'ħ':
        return u"h";
    default:
        return {};
    }
}

bool isAsciiFolded(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80 || (c.unicode() >= u'A' && c.unicode() <= u'Z') || c == u'\'')
            return false;
    }
    return true;
}

} // namespace

QString foldText(QStringView text)
{
    if (isAsciiFolded(text))
        return text.toString();
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == u'\'' || c == u'\u2019')
            continue; // "O'Brien" and "OBrien" are the same search
        const QStringView spelled = spelledOut(c.unicode());
        if (spelled.isEmpty())
            out.append(c);
        else
            out.append(spelled);
    }
    // Some capitals only lose their case once their mark is gone: "İ" is "I" + a dot above.
    return out.toCaseFolded();
}

namespace {

bool isEastAsian(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

QString personName(const QString &first, const QString &last)
{
    if (last.isEmpty())
        return first;
    if (isEastAsian(first) && isEastAsian(last))
        return last + u' ' + first;
    return first + u' ' + last;
}

QString nameSortKey(const QString &first, const QString &last)
{
    return foldText(personName(first, last));
}

QString phoneDigits(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

bool looksLikePhone(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!(c == u' ' || c == u'+' || c == u'-' || c == u'.' || c == u'(' || c == u')'))
            return false;
    }
    return digits > 0;
}

QStringList searchTerms(QStringView typed)
{
    const QStringView trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (looksLikePhone(trimmed) && (trimmed.contains(u' ') || trimmed.startsWith(u'+') || trimmed.startsWith(u'0'))) {
        QString digits = phoneDigits(trimmed);
        if (!trimmed.startsWith(u'+')) {
            if (digits.startsWith(u"00"))
                digits.remove(0, 2);
            else if (digits.startsWith(u'0'))
                digits.remove(0, 1);
        }
        if (!digits.isEmpty())
            return {digits};
    }
    QStringList terms;
    const auto words = trimmed.split(u' ', Qt::SkipEmptyParts);
    for (QStringView word : words) {
        QString folded = foldText(word);
        if (!folded.isEmpty() && !terms.contains(folded))
            terms.append(folded);
    }
    return terms;
}

} // namespace rollbook
