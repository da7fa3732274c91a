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

bool is_number_text(std::string_view t) {
    if (t.starts_with('-') || t.starts_with('+')) t.remove_prefix(1);
    else if (t.starts_with("\xE2\x88\x92")) t.remove_prefix(3);  // minus sign
    if (t.starts_with(' ')) t.remove_prefix(1);
    std::size_t run = 0;
    while (run < t.size() && t[run] >= '0' && t[run] <= '9') ++run;
    if (run == 0) return false;
    if (t.size() == 4 && run == 4) return false;  // a year
    std::size_t end = run;
    // Digits grouped by threes ("1 789 000"), as Swedish amounts are printed.
    if (run <= 3)
        while (end + 4 <= t.size() && t[end] == ' ' && all_digits(t.substr(end + 1, 3)) &&
               (end + 4 == t.size() || !(t[end + 4] >= '0' && t[end + 4] <= '9')))
            end += 4;
    if (end == t.size()) return true;
    // Öre: one or two decimals after a comma or a point ("12,50"); "2020,2021" is a list of years.
    const std::string_view decimals = t.substr(end + 1);
    return (t[end] == ',' || t[end] == '.') && decimals.size() <= 2 && all_digits(decimals);
}

bool is_error_text(std::string_view t) {
    if (t.starts_with("Fel i ") || t.starts_with("Fel: ") || t.starts_with("Internt fel i finsam-calc")) return true;
    static constexpr std::array<std::string_view, 7> kCalcErrors = {"#VALUE!", "#NAME?", "#REF!", "#DIV/0!",
                                                                   "#N/A",    "#NUM!",  "#NULL!"};
    for (std::string_view e : kCalcErrors)
        if (t == e) return true;
    return t.size() == 7 && t.starts_with("Err:") && all_digits(t.substr(4));
}

bool is_year(double v) { return v >= 1990 && v <= 2100 && v == static_cast<double>(static_cast<int>(v)); }

}  // namespace finsam
