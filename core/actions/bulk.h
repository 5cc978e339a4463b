#pragma once

#include "actions/actioncontext.h"
#include "actions/useractions.h"
#include "result.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace rollbook {

/// What a bulk action did to one user.
struct BulkRowResult
{
    enum class Outcome { Applied, Skipped, Failed };
    std::int64_t userId = 0;
    Outcome outcome = Outcome::Applied;
    QString message;
    QString name; ///< as the user was before the action (a deleted user keeps a name here)
    QString email;
};

struct BulkReport
{
    std::vector<BulkRowResult> rows; ///< one per user handled, in the order given
    bool cancelled = false; ///< stopped between two chunks; later users were not touched

    std::size_t count(BulkRowResult::Outcome outcome) const;
};

/// Applies one action to many users: chunks of chunkSize in one transaction each, every user in
/// a savepoint of its own, so one failure undoes that user only. progress(done, total) runs
/// after each chunk; returning false stops before the next.
using BulkAction = std::function<Result<ActionOutcome>(ActionContext &, std::int64_t userId)>;
using BulkProgress = std::function<bool(std::size_t done, std::size_t total)>;
Result<BulkReport> runBulk(ActionContext &context, std::span<const std::int64_t> userIds, const BulkAction &action,
                           const BulkProgress &progress = {}, std::size_t chunkSize = 500);

} // namespace rollbook
