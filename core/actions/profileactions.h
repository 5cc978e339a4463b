#pragma once

#include "actions/actionsupport.h"

#include <cstdint>

namespace rollbook {

struct CustomField;

/// The user's details as the Overview edits them.
enum class UserDetail { FirstName, LastName, Company, Industry };

/// Edits of the user's details and custom fields, each checked, audited and in one transaction.
namespace ProfileActions {

/// First name 1-100 characters, last name up to 100, company up to 200, industry up to 100; an
/// empty company or industry removes it. A name change moves the user in the name sort.
Result<ActionOutcome> changeDetail(ActionContext &context, std::int64_t userId, UserDetail detail,
                                   const QString &typed);

/// The value as stored for the field's type, or what is wrong with it: a number, an ISO date,
/// yes/no (true/false, 1/0), one of the choices (any case), or text up to 500 characters. Empty
/// means no value, unless the field is required.
Result<QString> customValue(const CustomField &field, const QString &typed);

/// Stores a custom field's value as its type wants it: a number, an ISO date (yyyy-MM-dd),
/// true/false, one of the field's choices, or text up to 500 characters. Empty removes the value,
/// unless the field is required.
Result<ActionOutcome> setCustomValue(ActionContext &context, std::int64_t userId, std::int64_t fieldId,
                                     const QString &typed);

} // namespace ProfileActions

} // namespace rollbook
