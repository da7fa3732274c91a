// The words for money units and period columns that budgets print above or beside their figures.
// Plain scanners over a normalised label (labels.hpp: normalize_label), no regex: their time
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

// A text that is an amount as Swedish documents print one ("1 000", "-269 000", "12,50"): a label
// or heading never is. A year alone ("2021") is not counted: it names a period; nor is a list of
// years ("2020,2021").
bool is_number_text(std::string_view normalized);

// A cell showing an error instead of a figure: finsam-calc's own messages ("Fel i Nyckel: …",
// "Internt fel i finsam-calc") and Calc's error values (#VALUE!, Err:504, …).
bool is_error_text(std::string_view text);

// A whole year that can head a period column.
bool is_year(double v);

}  // namespace finsam
