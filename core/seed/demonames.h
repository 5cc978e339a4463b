#pragma once

#include <array>
#include <span>
#include <string_view>

namespace rollbook::demo {

/// One culture of demo people: their names, where their phones come from and their locale.
struct Culture
{
    std::string_view locale;
    std::string_view phoneRegion;
    std::span<const std::string_view> firstNames;
    std::span<const std::string_view> lastNames;
    /// Names in a script that cannot make an email address get a plain "user" local part.
    bool latinScript;
    int weight;
};

std::span<const Culture> cultures();
std::span<const std::string_view> companies();
std::span<const std::string_view> industries();
std::span<const std::string_view> emailDomains();
std::span<const std::string_view> departments();
std::span<const std::string_view> productTopics();

} // namespace rollbook::demo
