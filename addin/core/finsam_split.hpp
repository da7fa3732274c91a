// FINSAM_SPLIT: the member contributions shared by the financing rule (financing_rule.hpp).
#pragma once

#include "money.hpp"
#include "problem.hpp"

#include <vector>

namespace finsam {

// The function's arguments, in the order users type them (problems name them by this position).
enum SplitArg : int { kSplitTotal, kSplitKey, kSplitStep, kSplitStateLines, kSplitBase };

struct SplitSpec {
    Money amount;                             // the total, or the state's allocation (see below)
    bool amount_is_state_allocation = false;  // then the total is 2 × amount
    Money step = Money::kronor(1);            // every part is a multiple of this
    int state_lines = 1;                      // 1: "Staten"; 2: FK and AF
    std::vector<double> key;                  // municipalities' weights: populations or shares
};

// Parts in this order: the state (one or two lines), the region, each municipality in key order.
// Every part is a whole number of steps and the parts add up to the total exactly.
//
// Rounding (largest remainder, Hamilton's method, done once over all parts): each part's exact
// quota is floored to whole steps; the steps left over go one each to the parts with the largest
// remainders; equal remainders go to the part listed first. With base = the state's allocation the
// state's line is exactly that allocation.
Outcome<std::vector<Money>> split_contributions(const SplitSpec& spec);

// Largest keys accepted: far beyond any population, and it keeps the exact arithmetic in 128 bits.
inline constexpr double kMaxKeyValue = 1e9;
inline constexpr std::size_t kMaxKeyCount = 10'000;

}  // namespace finsam
