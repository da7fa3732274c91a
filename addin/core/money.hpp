// Exact money: whole öre in an int64. Calc hands amounts over as doubles; they enter here once,
// are checked, and all sums are then integer arithmetic that refuses to overflow.
#pragma once

#include "problem.hpp"

#include <compare>
#include <cstdint>
#include <stdexcept>

namespace finsam {

// Thrown only by arithmetic on amounts far beyond any budget; the function layer turns it into a
// message. Inputs are bounded by Money::kMaxOre, so it takes ~10^4 maximal amounts to get here.
struct MoneyOverflow : std::overflow_error {
    MoneyOverflow() : std::overflow_error("money overflow") {}
};

// Exact products of amounts and weights (an amount in öre times a key or a share) need more than
// 64 bits; GCC's 128-bit integer gives them without rounding.
__extension__ typedef __int128 WideInt;

class Money {
public:
    // 10^13 kr: far above any public budget, and every öre below it is exact in a double.
    static constexpr std::int64_t kMaxOre = 1'000'000'000'000'000;

    constexpr Money() = default;
    static constexpr Money from_ore(std::int64_t ore) { return Money(ore); }
    static constexpr Money kronor(std::int64_t kr) { return Money(kr * 100); }

    // A double from a cell, in the sheet's unit (kr or tkr alike), to whole hundredths; else
    // CellNotFinite, CellTooLarge or CellFractionOfOre (the caller says which cell).
    static Outcome<Money> from_double(double amount);

    constexpr std::int64_t ore() const { return ore_; }
    double to_double() const { return static_cast<double>(ore_) / 100.0; }
    constexpr bool is_zero() const { return ore_ == 0; }
    constexpr bool is_negative() const { return ore_ < 0; }

    friend Money operator+(Money a, Money b);
    friend Money operator-(Money a, Money b);
    friend Money operator-(Money a);
    Money& operator+=(Money b) { return *this = *this + b; }
    Money& operator-=(Money b) { return *this = *this - b; }
    friend Money abs(Money a) { return a.is_negative() ? -a : a; }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t ore) : ore_(ore) {}
    std::int64_t ore_ = 0;
};

}  // namespace finsam
