#include "chartaxis.h"

#include <QValueAxis>

#include <algorithm>

namespace rollbook {

RoundAxis roundAxis(std::int64_t peak)
{
    peak = std::max<std::int64_t>(peak, 1);
    // About five steps of 1, 2 or 5 times a power of ten.
    std::int64_t magnitude = 1;
    while (magnitude * 10 <= peak / 5)
        magnitude *= 10;
    std::int64_t step = magnitude;
    for (std::int64_t factor : {1, 2, 5, 10}) {
        step = magnitude * factor;
        if (peak / step <= 5)
            break;
    }
    const std::int64_t top = (peak + step - 1) / step * step;
    return {top, step};
}

void applyRoundAxis(QValueAxis *axis, std::int64_t peak)
{
    const RoundAxis round = roundAxis(peak);
    axis->setRange(0, double(round.top));
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(round.top / round.step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace rollbook
