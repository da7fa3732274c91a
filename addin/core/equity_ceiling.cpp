#include "equity_ceiling.hpp"

#include "amount_reading.hpp"
#include "swedish_text.hpp"

namespace finsam {

Outcome<Ceiling> equity_ceiling(Money contributions, const std::vector<StaircaseStep>& staircase,
                                std::string_view contributions_name, std::string_view staircase_name) {
    if (contributions.is_negative())
        return argument_error(contributions_name, "medlemsbidragen kan inte vara negativa.");
    if (staircase.empty()) return argument_error(staircase_name, "trappan har inga steg.");
    const StaircaseStep* applies = nullptr;
    for (const StaircaseStep& s : staircase)
        if (s.threshold <= contributions) applies = &s;
    if (!applies)
        return argument_error(staircase_name, "inget steg gäller för medlemsbidrag på " +
                                                  format_amount(contributions) + "; trappans första gräns är " +
                                                  format_amount(staircase.front().threshold) + ".");
    const WideInt ore = static_cast<WideInt>(contributions.ore()) * applies->share_ppm / 1'000'000;
    return Ceiling{Money::from_ore(static_cast<std::int64_t>(ore)), applies->share_ppm};
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

}  // namespace finsam
