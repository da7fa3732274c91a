// The words for money units and period columns that budgets print above or beside their figures.
// Plain scanners over a normalised label (swedish_text.hpp: normalize_label), no regex: their time
// is linear and their stack flat whatever the text.
#pragma once

#include <string_view>

namespace finsam {

// kr, tkr, mnkr, sek, tsek.
bool is_money_unit(std::string_view word);

// A heading that only states the unit: "tkr", "(kr)", "belopp (tkr)", "belopp kr".
bool is_unit_heading(std::string_view normalized);

// Words that head an amount column: a unit, a kind of period (budget, prognos, utfall, plan,
// bokslut, år, period, belopp), optionally followed by a year or years ("budget 2021",
// "plan 2022-2023"), or a year alone.
bool is_column_heading(std::string_view normalized);

}  // namespace finsam
