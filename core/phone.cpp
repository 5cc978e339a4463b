#include "phone.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace rollbook {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<QString> phoneToE164(const QString &typed, const QString &defaultRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util->Parse(typed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error{QCoreApplication::translate("Phone", "\"%1\" is not a phone number.").arg(typed)};
    if (!util->IsValidNumber(number))
        return Error{QCoreApplication::translate("Phone", "\"%1\" is not a valid phone number.").arg(typed)};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString formatPhone(const QString &e164)
{
    if (e164.isEmpty())
        return e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string text;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    return QString::fromStdString(text);
}

QStringList phoneRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList codes;
    for (const std::string &region : regions)
        codes.append(QString::fromStdString(region));
    return codes;
}

bool isPhoneRegion(const QString &code)
{
    static const QStringList known = phoneRegions();
    return code.size() == 2 && known.contains(code);
}

} // namespace rollbook
