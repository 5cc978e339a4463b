#pragma once

#include <cstdint>
#include <span>

namespace rollbook::demo {

/// splitmix64: small, fast and the same everywhere, so a seed gives the same school on every machine.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }
    DemoRandom(std::uint64_t seed, std::uint64_t stream)
        : m_state(seed * 0x9E3779B97F4A7C15ULL ^ (stream + 1) * 0xD1B54A32D192ED03ULL)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    /// True with the given chance in percent.
    bool chance(int percent) { return static_cast<int>(next() % 100) < percent; }
    template<typename T> const T &pick(std::span<const T> items) { return items[next() % items.size()]; }

private:
    std::uint64_t m_state;
};

} // namespace rollbook::demo
