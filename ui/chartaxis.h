#pragma once

#include <cstdint>

class QValueAxis;

namespace rollbook {

/// A value axis from 0 to a round top with round steps: a peak of 571 gives 0-600 by 100, 59 gives
/// 0-60 by 10; never 571/1143 or 29/59/89.
struct RoundAxis
{
    std::int64_t top = 1;
    std::int64_t step = 1;
};
RoundAxis roundAxis(std::int64_t peak);
/// Sets axis to roundAxis(peak), labelled as whole numbers.
void applyRoundAxis(QValueAxis *axis, std::int64_t peak);

} // namespace rollbook
