#include "money.hpp"

#include <cmath>

namespace finsam {

Outcome<Money> Money::from_double(double amount) {
    if (!std::isfinite(amount)) return Problem{Fault::CellNotFinite};
    const double ore = amount * 100.0;
    if (std::fabs(ore) > static_cast<double>(kMaxOre)) return Problem{Fault::CellTooLarge};
    const double whole = std::nearbyint(ore);
    // Typed amounts such as 0.1 + 0.2 are off by ~1e-14 in binary; half an öre is not.
    if (std::fabs(ore - whole) > 1e-6) return Problem{Fault::CellFractionOfOre};
    return Money(static_cast<std::int64_t>(whole));
}

Money operator+(Money a, Money b) {
    std::int64_t r;
    if (__builtin_add_overflow(a.ore_, b.ore_, &r)) throw MoneyOverflow();
    return Money(r);
}

Money operator-(Money a, Money b) {
    std::int64_t r;
    if (__builtin_sub_overflow(a.ore_, b.ore_, &r)) throw MoneyOverflow();
    return Money(r);
}

Money operator-(Money a) { return Money() - a; }

}  // namespace finsam
