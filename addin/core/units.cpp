#include "units.hpp"

#include <algorithm>
#include <array>

namespace finsam {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2021", "2022-23", "2022-2023".
bool is_year_span(std::string_view s) {
    if (s.size() < 4 || !all_digits(s.substr(0, 4))) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-') return false;
    const std::string_view to = s.substr(5);
    return to.size() >= 2 && to.size() <= 4 && all_digits(to);
}

}  // namespace

bool is_money_unit(std::string_view w) {
    return w == "kr" || w == "tkr" || w == "mnkr" || w == "sek" || w == "tsek";
}

bool is_unit_heading(std::string_view t) {
    if (t.starts_with("belopp")) t.remove_prefix(6);
    if (t.starts_with(' ')) t.remove_prefix(1);
    if (t.starts_with('(')) t.remove_prefix(1);
    if (t.ends_with(')')) t.remove_suffix(1);
    return is_money_unit(t);
}

bool is_column_heading(std::string_view t) {
    if (t.size() == 4 && all_digits(t)) return true;
    static constexpr std::array<std::string_view, 13> kWords = {
        "kr", "tkr", "mnkr", "sek", "tsek", "belopp", "budget", "prognos", "utfall", "plan", "bokslut", "år", "period"};
    for (std::string_view w : kWords) {
        if (!t.starts_with(w)) continue;
        const std::string_view rest = t.substr(w.size());
        if (rest.empty() || (rest[0] == ' ' && is_year_span(rest.substr(1)))) return true;
    }
    return false;
}

}  // namespace finsam
