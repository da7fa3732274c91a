// Figures and texts as Swedish messages print them.
#pragma once

#include "money.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace finsam {

// "18 639 480", "-269 000", "1 234,50": space as thousands separator, comma before öre, öre shown
// only when there are any.
std::string format_amount(Money m);

// "20 %", "12,5 %": a share in millionths, up to four decimals, no trailing zeros.
std::string format_share(std::int64_t ppm);

// A cell's or a paragraph's text quoted for a message, shortened to about max_bytes when long (never
// inside a UTF-8 sequence) and ended with "…".
std::string quote_text(std::string_view text, std::size_t max_bytes = 30);

}  // namespace finsam
