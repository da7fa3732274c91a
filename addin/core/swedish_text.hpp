// Swedish presentation of amounts and the normalisation of row labels typed by people.
#pragma once

#include "money.hpp"

#include <string>
#include <string_view>

namespace finsam {

// "18 639 480", "-269 000", "1 234,50": space as thousands separator, comma before öre, öre shown
// only when there are any.
std::string format_amount(Money m);

// Lower case (also Å Ä Ö É Ü), trimmed, runs of white space folded to one space, trailing ':'
// and '.' removed: "  Summa  Intäkter: " -> "summa intäkter".
std::string normalize_label(std::string_view label);

// A cell's text quoted for a message, shortened when long.
std::string quote_text(std::string_view text);

// 1-based position of a cell inside an argument range, as people count: "cell 3" for a single row
// or column, "rad 2, kolumn 3" otherwise.
std::string cell_position(std::size_t row, std::size_t col, std::size_t rows, std::size_t cols);

}  // namespace finsam
