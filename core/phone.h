#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace rollbook {

/// Parses what a person typed ("07700 900123", "+1 (201) 555-0123") as a phone number of the
/// default region (ISO 3166 code such as "GB") and returns it in E.164 ("+447700900123").
Result<QString> phoneToE164(const QString &typed, const QString &defaultRegion);

/// An E.164 number in the international format people read: "+44 7700 900123".
/// Returns the input unchanged when it does not parse.
QString formatPhone(const QString &e164);

/// The regions (ISO 3166 codes) libphonenumber knows, sorted: what a default phone region may be.
QStringList phoneRegions();
/// Whether code ("FR") is one of phoneRegions().
bool isPhoneRegion(const QString &code);

} // namespace rollbook
