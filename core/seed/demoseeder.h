#pragma once

#include "result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>

namespace rollbook::demo {

struct SeedOptions
{
    std::int64_t users = 10'000;
    std::uint64_t seed = 1;
    /// The last day of demo activity. Fixed by default so that the same seed gives the same file.
    QDate today = QDate(2026, 11, 1);
    QString currency = QStringLiteral("USD");
};

/// Called as the seed advances; return false to cancel (the target file is then left untouched).
using SeedProgress = std::function<bool(const QString &stage, double fraction)>;

/// Writes a realistic demo school to path: users of many languages, with enrollments, payments,
/// credits, activity, tickets, messages and KYC documents. The file is built beside the target
/// and renamed into place at the end, so a failed or cancelled seed leaves nothing half-made.
/// An existing file at path is an error unless overwrite is set.
Status seedDemoSchool(const QString &path, const SeedOptions &options, const SeedProgress &progress = {},
                      bool overwrite = false);

} // namespace rollbook::demo
