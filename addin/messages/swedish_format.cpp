#include "swedish_format.hpp"

#include "utf8.hpp"

namespace finsam {

std::string format_amount(Money m) {
    const std::int64_t ore = m.ore();
    // Magnitude as unsigned so that the most negative value needs no special case.
    const std::uint64_t mag = ore < 0 ? 0 - static_cast<std::uint64_t>(ore) : static_cast<std::uint64_t>(ore);
    const std::string digits = std::to_string(mag / 100);
    std::string out = ore < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    if (const std::uint64_t frac = mag % 100; frac != 0) {
        out += ',';
        out += static_cast<char>('0' + frac / 10);
        out += static_cast<char>('0' + frac % 10);
    }
    return out;
}

std::string format_share(std::int64_t ppm) {
    // Percent with up to four decimals, Swedish decimal comma, no trailing zeros.
    std::string whole = std::to_string(ppm / 10000);
    std::int64_t frac = ppm % 10000;
    std::string out = whole;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f = std::string(4 - f.size(), '0') + f;
        while (!f.empty() && f.back() == '0') f.pop_back();
        out += "," + f;
    }
    return out + " %";
}

std::string quote_text(std::string_view text, std::size_t max_bytes) {
    std::string t(utf8_prefix(text, max_bytes));
    if (t.size() < text.size()) t += "…";
    return "\"" + t + "\"";
}

}  // namespace finsam
